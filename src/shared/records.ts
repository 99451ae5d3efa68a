import type { EventFields, Organisation } from './entities'

/*
 * Plain helpers over the entity types, free of zod so the renderer can use them: zod probes
 * `Function('')` at start-up, which the CSP reports as a violation.
 */

/** How a signer signs for the head named in `onBehalfOf`: "KT." (deputy), "TL.", "TUQ.". */
export const signerDelegations = ['KT', 'TL', 'TUQ'] as const
export type SignerDelegation = (typeof signerDelegations)[number]

export const eventFieldNames = [
  'title',
  'kind',
  'periodFrom',
  'periodTo',
  'launchFrom',
  'launchTo',
  'date',
  'startTime',
  'venue',
  'organiser'
] as const satisfies readonly (keyof EventFields)[]

/** Fails to compile when EventFields gains a field this list lacks. */
export const everyEventFieldListed: Exclude<
  keyof EventFields,
  (typeof eventFieldNames)[number]
> extends never
  ? true
  : never = true

/** A new event's fields before the user types anything. */
export const emptyEventFields = (): EventFields => ({
  title: '',
  kind: 'congress',
  periodFrom: null,
  periodTo: null,
  launchFrom: null,
  launchTo: null,
  date: null,
  startTime: null,
  venue: '',
  organiser: ''
})

/** The user-editable fields of an event, without its id, flags and timestamps. */
export const eventFieldsOf = (event: EventFields): EventFields =>
  Object.fromEntries(eventFieldNames.map((name) => [name, event[name]])) as EventFields

export const emptyOrganisation = (): Organisation => ({
  authorityName: '',
  headerLines: [],
  placeName: '',
  documentSymbol: '',
  signers: [],
  logo: null
})
