import type { AuditAction, Event, EventFields } from '@shared/entities'
import { AppError } from '@shared/result'
import { isRealIsoDate } from '@shared/dates/calendar-date'
import { diffFields } from '../change-log'
import type { FeatureDeps } from '../feature-deps'
import type { DatabaseData } from '../schema/database-schema'

const invalid = (field: string, message: string) =>
  new AppError('INVALID_ARGUMENT', `${field}: ${message}`, {
    issues: [{ path: [field], message }]
  })

/** Rules that span fields, checked after the schema. */
export function checkEventFields(fields: EventFields): void {
  if (fields.title.trim() === '') throw invalid('title', 'the title is required')
  if (fields.date && !isRealIsoDate(fields.date))
    throw invalid('date', `${fields.date} is not a real date`)
  if (
    fields.periodFrom !== null &&
    fields.periodTo !== null &&
    fields.periodFrom > fields.periodTo
  ) {
    throw invalid('periodTo', 'the period must not end before it starts')
  }
  if (fields.launchFrom !== null && fields.launchTo !== null && fields.launchFrom > fields.launchTo)
    throw invalid('launchTo', 'the period must not end before it starts')
}

/** Finding events and adding one, shared by the events' handler groups. */
export function eventChanges({ changes, ctx }: FeatureDeps) {
  const find = (data: DatabaseData, id: string): Event => {
    const event = data.events.find((e) => e.id === id)
    if (!event) throw new AppError('NOT_FOUND', `No event with id "${id}"`)
    return event
  }
  const indexOf = (data: DatabaseData, id: string): number => {
    const index = data.events.findIndex((e) => e.id === id)
    if (index < 0) throw new AppError('NOT_FOUND', `No event with id "${id}"`)
    return index
  }

  const insert = (
    fields: EventFields,
    isSample: boolean,
    action: AuditAction,
    fill?: (draft: DatabaseData, eventId: string, now: string) => void
  ) => {
    const now = ctx.clock.now().toISOString()
    const event: Event = {
      ...fields,
      id: ctx.newId(),
      archived: false,
      isSample,
      createdAt: now,
      updatedAt: now
    }
    return changes.apply({ entity: 'event', action }, (draft) => {
      draft.events.push(event)
      fill?.(draft, event.id, now)
      return {
        value: event,
        entityId: event.id,
        subject: event.title,
        changes: diffFields(undefined, event)
      }
    })
  }

  return { find, indexOf, insert }
}
