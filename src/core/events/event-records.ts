import { z } from 'zod'
import { AppError } from '@shared/result'
import { featureParts, type DatabaseData, type FeaturePart } from '../schema/database-schema'

/** An event's records in every feature part: part → collection → records. */
export type EventRecords = Partial<Record<FeaturePart, Record<string, unknown[]>>>

export const EventRecordsSchema = z.record(z.string(), z.record(z.string(), z.array(z.unknown())))

type Row = Record<string, unknown>

const isRow = (value: unknown): value is Row =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** The array schema of a part's collection, looking through `.optional()` and `.default()`. */
function collectionSchema(part: FeaturePart, name: string): z.ZodArray | undefined {
  let schema = (featureParts[part].schema.shape as Record<string, z.ZodType>)[name]
  while (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) {
    schema = schema.unwrap() as z.ZodType
  }
  return schema instanceof z.ZodArray ? schema : undefined
}

const belongsTo = (record: unknown, eventId: string) => isRow(record) && record.eventId === eventId

/**
 * Collections whose records carry no `eventId` but belong to an event through another record:
 * a register entry through its decision. They travel with the event (export, import) and get
 * fresh ids like its own records, but stay when the event is deleted: a register number is
 * never reused, so its entry is never removed.
 */
export const linkedCollections: Partial<
  Record<FeaturePart, Record<string, { via: string; owner: [FeaturePart, string] }>>
> = {
  honours: { register: { via: 'decisionId', owner: ['honours', 'decisions'] } }
}

const linkOf = (part: FeaturePart, name: string) => linkedCollections[part]?.[name]

/**
 * Office catalogues an event's records point at (a decision's award form): the file carries the
 * ones used, and an import adds those the office does not have yet, under the same id.
 */
export const referencedCatalogues: Partial<
  Record<FeaturePart, Record<string, { field: string; from: [FeaturePart, string][] }>>
> = {
  honours: {
    awardForms: {
      field: 'awardFormId',
      from: [
        ['honours', 'decisions'],
        ['honours', 'register']
      ]
    }
  }
}

const catalogueOf = (part: FeaturePart, name: string) => referencedCatalogues[part]?.[name]

/**
 * Collections copied when an event is duplicated: the people, the plan and the event's settings
 * (invitation letter, quorum rules, certificate batch, programme), not what was decided, approved
 * or happened (decisions, register numbers, rosters, award rounds, check-ins and absences), nor
 * the check-in key and revoked cards, which make the copy's codes its own.
 */
export const copiedOnDuplicate: Partial<Record<FeaturePart, readonly string[]>> = {
  delegates: [
    'categories',
    'delegates',
    'columns',
    'numbering',
    'halls',
    'invitationSettings',
    'quorumSettings'
  ],
  honours: ['honorees'],
  certificates: ['batchSettings'],
  agenda: ['items', 'settings']
}

function collections(data: DatabaseData): [FeaturePart, string, unknown[]][] {
  const out: [FeaturePart, string, unknown[]][] = []
  for (const part of Object.keys(featureParts) as FeaturePart[]) {
    for (const [name, value] of Object.entries(data[part] as Record<string, unknown>)) {
      if (Array.isArray(value)) out.push([part, name, value])
    }
  }
  return out
}

/** Every record of the event, by part and collection (records without `eventId` are shared). */
export function collectEventRecords(data: DatabaseData, eventId: string): EventRecords {
  const out: EventRecords = {}
  for (const [part, name, records] of collections(data)) {
    if (linkOf(part, name) || catalogueOf(part, name)) continue
    const mine = records.filter((r) => belongsTo(r, eventId))
    if (mine.length === 0) continue
    ;(out[part] ??= {})[name] = mine
  }
  for (const [part, name, records] of collections(data)) {
    const link = linkOf(part, name)
    if (!link) continue
    const owners = new Set(
      (out[link.owner[0]]?.[link.owner[1]] ?? []).map((r) => (r as Row).id as string)
    )
    const mine = records.filter((r) => isRow(r) && owners.has(r[link.via] as string))
    if (mine.length > 0) (out[part] ??= {})[name] = mine
  }
  for (const [part, name, records] of collections(data)) {
    const catalogue = catalogueOf(part, name)
    if (!catalogue) continue
    const used = new Set(
      catalogue.from.flatMap(([p, n]) =>
        (out[p]?.[n] ?? []).map((r) => (r as Row)[catalogue.field])
      )
    )
    const mine = records.filter((r) => isRow(r) && used.has(r.id))
    if (mine.length > 0) (out[part] ??= {})[name] = mine
  }
  return out
}

/** Removes every record of the event from every feature part. */
export function removeEventRecords(draft: DatabaseData, eventId: string): number {
  let removed = 0
  for (const [part, name, records] of collections(draft)) {
    if (!records.some((r) => belongsTo(r, eventId))) continue
    const kept = records.filter((r) => !belongsTo(r, eventId))
    removed += records.length - kept.length
    ;(draft[part] as Record<string, unknown>)[name] = kept
  }
  return removed
}

/** Replaces every string equal to a known id, anywhere in the value. */
function remap(value: unknown, ids: Map<string, string>): unknown {
  if (typeof value === 'string') return ids.get(value) ?? value
  if (Array.isArray(value)) return value.map((v) => remap(v, ids))
  if (isRow(value)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, remap(v, ids)]))
  }
  return value
}

/**
 * Adds another event's records under `eventId` with fresh ids; references between them (a
 * decision's honoree ids, a round's decision id…) follow. Records are checked against the
 * part's schema first, so a bad file is refused with the record named, not half-added.
 */
export function addEventRecords(
  draft: DatabaseData,
  records: EventRecords,
  eventId: string,
  newId: () => string,
  only?: Partial<Record<FeaturePart, readonly string[]>>
): number {
  const selected: [FeaturePart, string, Row[]][] = []
  for (const [part, byName] of Object.entries(records) as [
    FeaturePart,
    Record<string, unknown[]>
  ][]) {
    const partSchema = featureParts[part]?.schema
    if (!partSchema) throw invalidRecords(`unknown part "${part}"`)
    for (const [name, list] of Object.entries(byName)) {
      if (only && !(only[part] ?? []).includes(name)) continue
      if (!collectionSchema(part, name)) {
        throw invalidRecords(`unknown collection "${part}.${name}"`)
      }
      selected.push([part, name, list.filter(isRow)])
    }
  }
  const ids = new Map<string, string>()
  for (const [part, name, list] of selected) {
    const linked = linkOf(part, name) !== undefined
    for (const record of list) {
      if (typeof record.id === 'string' && (record.eventId !== undefined || linked))
        ids.set(record.id, newId())
      if (typeof record.eventId === 'string') ids.set(record.eventId, eventId)
    }
  }
  let added = 0
  for (const [part, name, list] of selected) {
    const element = (collectionSchema(part, name) as z.ZodArray).element as z.ZodType
    const collections = draft[part] as Record<string, unknown[] | undefined>
    const target = (collections[name] ??= [])
    const known = catalogueOf(part, name)
      ? new Set(target.filter(isRow).map((r) => r.id))
      : new Set<unknown>()
    list.forEach((record, index) => {
      if (known.has(record.id)) return
      const copy = remap(record, ids)
      const parsed = element.safeParse(copy)
      if (!parsed.success) {
        const issue = parsed.error.issues[0]
        throw invalidRecords(
          `${part}.${name}[${index}]${issue?.path.length ? `.${issue.path.join('.')}` : ''}: ${issue?.message ?? 'invalid'}`
        )
      }
      target.push(parsed.data)
      added++
    })
  }
  return added
}

const invalidRecords = (reason: string) =>
  new AppError('INVALID_ARGUMENT', `The event's records are invalid: ${reason}`, { reason })
