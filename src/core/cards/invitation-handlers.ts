import type { InvitationLetter } from '@shared/cards/contract'
import type { InvitationSettingsRecord } from '@shared/cards/entities'
import type { cardsMethodNames } from '@shared/cards/method-names'
import type { Delegate } from '@shared/delegates/entities'
import { AppError } from '@shared/result'
import { normalizeText } from '@shared/text'
import { delegatesOf, requireEvent } from '../delegates'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import { createJobRegistry } from '../jobs/jobs'
import type { DatabaseData } from '../schema/database-schema'
import { labelSheets, renderAddressLabels } from './address-labels'
import { orderDelegates, type CardOrder } from './card-order'
import { renderInvitations, renderInvitationsZip } from './invitations'

type Names = Extract<
  (typeof cardsMethodNames)[number],
  | 'renderInvitations'
  | 'getInvitationSettings'
  | 'saveInvitationSettings'
  | 'listLabelSheets'
  | 'renderAddressLabels'
>

const letterFields = ['number', 'symbol', 'time', 'place', 'dress', 'contact'] as const

/** What an event's invitations say before the user has typed anything. */
const defaultLetter = (): InvitationLetter => ({
  number: '',
  symbol: 'GM-UBND',
  date: null,
  time: '',
  place: '',
  dress: '',
  contact: '',
  signerIndex: 0
})

export function settingsOf(data: DatabaseData, eventId: string): InvitationLetter {
  const saved = data.delegates.invitationSettings?.find((s) => s.eventId === eventId)
  if (!saved) return defaultLetter()
  return {
    number: saved.number,
    symbol: saved.symbol,
    date: saved.date,
    time: saved.time,
    place: saved.place,
    dress: saved.dress,
    contact: saved.contact,
    signerIndex: saved.signerIndex ?? 0
  }
}

function eventOf(data: DatabaseData, eventId: string) {
  requireEvent(data, eventId)
  return data.events.find((e) => e.id === eventId)!
}

/** The event's invitees in print order (a chosen few when ids are given). */
function inviteesOf(
  data: DatabaseData,
  eventId: string,
  order: CardOrder | undefined,
  ids: readonly string[] | undefined
): Delegate[] {
  let delegates = delegatesOf(data, eventId)
  if (ids) {
    const wanted = new Set(ids)
    delegates = delegates.filter((d) => wanted.has(d.id))
    if (delegates.length !== wanted.size)
      throw new AppError('NOT_FOUND', 'delegateIds: some delegates are not in this event.')
  }
  if (delegates.length === 0) throw new AppError('INCOMPLETE', 'Nobody to invite.')
  return orderDelegates(delegates, order ?? 'number')
}

export function invitationHandlers(deps: FeatureDeps): HandlerGroup<Names[]> {
  const { read, changes, ctx, emit } = deps
  const jobs = deps.jobs ?? createJobRegistry()
  const now = () => ctx.clock.now().toISOString()

  return {
    getInvitationSettings({ eventId }) {
      const data = read()
      requireEvent(data, eventId)
      return settingsOf(data, eventId)
    },
    async saveInvitationSettings({ eventId, letter }) {
      const data = read()
      const event = eventOf(data, eventId)
      const before = settingsOf(data, eventId)
      const tidy: InvitationLetter = { ...letter, signerIndex: letter.signerIndex ?? 0 }
      for (const f of letterFields) tidy[f] = normalizeText(letter[f])
      const existing = data.delegates.invitationSettings?.find((s) => s.eventId === eventId)
      const record: InvitationSettingsRecord = {
        id: existing?.id ?? ctx.newId(),
        eventId,
        ...tidy,
        signerIndex: tidy.signerIndex ?? 0,
        updatedAt: now()
      }
      await changes.apply({ entity: 'event', action: 'settings' }, (draft) => {
        draft.delegates.invitationSettings ??= []
        const list = draft.delegates.invitationSettings
        const i = list.findIndex((s) => s.eventId === eventId)
        if (i >= 0) list[i] = record
        else list.push(record)
        return {
          value: null,
          entityId: eventId,
          subject: event.title,
          changes: [...letterFields, 'date' as const, 'signerIndex' as const]
            .filter((f) => before[f] !== tidy[f])
            .map((f) => ({
              field: `invitation.${f}`,
              before: before[f] ?? null,
              after: tidy[f] ?? null
            }))
        }
      })
      return tidy
    },
    async renderInvitations({ jobId, eventId, letter, order, delegateIds, output }) {
      const data = read()
      const event = eventOf(data, eventId)
      const delegates = inviteesOf(data, eventId, order, delegateIds)
      const { signerIndex, ...rest } = letter ?? settingsOf(data, eventId)
      const signer = data.organisation.signers[signerIndex ?? 0] ?? null
      const options = {
        organisation: data.organisation,
        event,
        letter: {
          ...rest,
          signer: signer
            ? {
                name: signer.name,
                title: signer.title,
                ...(signer.onBehalfOf ? { onBehalfOf: signer.onBehalfOf } : {})
              }
            : null
        },
        delegates,
        resourcesDir: ctx.resourcesDir,
        creationDate: ctx.clock.now()
      }
      const zip = output === 'zip'
      const work = (signal?: AbortSignal) => {
        const job = {
          ...options,
          ...(signal ? { signal } : {}),
          ...(jobId
            ? {
                onProgress: (done: number, total: number) =>
                  emit({
                    type: 'progress',
                    payload: { jobId, label: 'Giấy mời', done, total }
                  })
              }
            : {})
        }
        return zip ? renderInvitationsZip(job) : renderInvitations(job)
      }
      const bytes = jobId ? await jobs.run(jobId, (job) => work(job.signal)) : await work()
      return {
        fileName: zip ? 'Giay moi.zip' : 'Giay moi.pdf',
        contentType: zip ? 'application/zip' : 'application/pdf',
        contentBase64: bytes.toString('base64')
      }
    },
    listLabelSheets: () => [...labelSheets],
    async renderAddressLabels({ eventId, sheet, order, delegateIds, skip }) {
      const data = read()
      const event = eventOf(data, eventId)
      const pdf = await renderAddressLabels({
        sheet,
        delegates: inviteesOf(data, eventId, order, delegateIds),
        skip: skip ?? 0,
        resourcesDir: ctx.resourcesDir,
        title: `Nhãn phong bì — ${event.title}`,
        creationDate: ctx.clock.now()
      })
      return {
        fileName: 'Nhan phong bi.pdf',
        contentType: 'application/pdf',
        contentBase64: pdf.toString('base64')
      }
    }
  }
}
