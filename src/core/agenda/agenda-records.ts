import type { AuditAction } from '@shared/entities'
import type { AgendaItem, AgendaSettings, AwardRound } from '@shared/agenda/entities'
import { AppError } from '@shared/result'
import { diffFields, type ChangeLog } from '../change-log'
import type { DatabaseData } from '../schema/database-schema'
import { eventItems, eventSettings } from './agenda-lookups'
import { eventRounds } from './agenda-views'

/** A detached copy of draft data, safe to return after the change commits. */
export const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

export const invalid = (field: string, message: string, itemId?: string) =>
  new AppError('INVALID_ARGUMENT', `${field}: ${message}`, {
    issues: [{ path: [field], message }],
    ...(itemId ? { itemId } : {})
  })

export const findItem = (data: DatabaseData, id: string): AgendaItem => {
  const item = data.agenda.items.find((i) => i.id === id)
  if (!item) throw new AppError('NOT_FOUND', `No agenda item with id "${id}"`)
  return item
}

export const findRound = (data: DatabaseData, id: string): AwardRound => {
  const round = data.agenda.rounds.find((r) => r.id === id)
  if (!round) throw new AppError('NOT_FOUND', `No award round with id "${id}"`)
  return round
}

export function upsertSettings(
  draft: DatabaseData,
  eventId: string,
  patch: Partial<Omit<AgendaSettings, 'eventId'>>
): AgendaSettings {
  const existing = draft.agenda.settings.find((s) => s.eventId === eventId)
  if (existing) {
    Object.assign(existing, patch)
    return { ...existing }
  }
  const created = { ...eventSettings(draft, eventId), ...patch }
  draft.agenda.settings.push(created)
  return created
}

/** Renumbers the event's rounds 0..n-1 in the given order. */
export function reindexRounds(
  draft: DatabaseData,
  eventId: string,
  ordered: AwardRound[]
): AwardRound[] {
  const others = draft.agenda.rounds.filter((r) => r.eventId !== eventId)
  const next = ordered.map((r, index) => ({ ...r, index }))
  draft.agenda.rounds = [...others, ...next]
  return next
}

/** One audited change to an event's programme, recorded as its items before and after. */
export const itemsChanged = (
  changes: ChangeLog,
  eventId: string,
  subject: string,
  action: AuditAction,
  recipe: (draft: DatabaseData) => void
) =>
  changes.apply({ entity: 'agendaItem', action }, (draft) => {
    const before = eventItems(draft, eventId).map((i) => ({ ...i }))
    recipe(draft)
    const after = eventItems(draft, eventId)
    return {
      value: plain(after),
      entityId: eventId,
      subject,
      changes: [
        {
          field: 'items',
          before: before.map((i) => `${i.title} ${i.actualStart ?? ''}`.trim()),
          after: after.map((i) => `${i.title} ${i.actualStart ?? ''}`.trim())
        }
      ]
    }
  })

/** One audited change to an event's award rounds, recorded as their sizes before and after. */
export const roundsChanged = (
  changes: ChangeLog,
  eventId: string,
  subject: string,
  action: AuditAction,
  recipe: (draft: DatabaseData) => void
) =>
  changes.apply({ entity: 'awardRound', action }, (draft) => {
    const before = eventRounds(draft, eventId).map((r) => ({ ...r }))
    recipe(draft)
    const after = plain(eventRounds(draft, eventId))
    return {
      value: after,
      entityId: eventId,
      subject,
      changes: diffFields(
        Object.fromEntries(before.map((r) => [r.title || r.id, r.honoreeIds.length])),
        Object.fromEntries(after.map((r) => [r.title || r.id, r.honoreeIds.length]))
      )
    }
  })
