import type { AgendaItem, AgendaItemFields } from '@shared/agenda/entities'
import { computeSchedule, firstConflict, formatClock } from '@shared/agenda/clock'
import type { DatabaseData } from '../schema/database-schema'
import { eventItems, findEvent } from './agenda-lookups'
import { invalid } from './agenda-records'

export const blankItemFields = (): AgendaItemFields => ({
  kind: 'other',
  title: '',
  session: '',
  presenter: '',
  presenterDelegateId: null,
  presenterFromRoster: false,
  durationMinutes: 5,
  fixedStart: null,
  publicNotes: '',
  internalNotes: '',
  mcText: '',
  vote: null
})

/** The planned schedule must hold together: no fixed start before the previous item ends. */

export function checkPlannedSchedule(data: DatabaseData, eventId: string): void {
  const event = findEvent(data, eventId)
  const items = eventItems(data, eventId)
  const schedule = computeSchedule({
    date: event.date,
    startTime: event.startTime,
    plannedEnd: null,
    items: items.map((i) => ({ ...i, actualStart: null, actualEnd: null }))
  })
  const clash = firstConflict(schedule)
  if (!clash?.fixedStartConflict) return
  const item = items.find((i) => i.id === clash.id) as AgendaItem
  throw invalid(
    'fixedStart',
    `"${item.title}" is fixed at ${formatClock(clash.fixedStartConflict.fixedStart)}, before the previous item ends at ${formatClock(clash.fixedStartConflict.previousEnd)}`,
    item.id
  )
}

/** A presenter chosen from the roster must be one of the event's delegates. */
export function checkPresenter(data: DatabaseData, item: AgendaItem): void {
  if (item.presenterDelegateId !== null) {
    const delegate = data.delegates.delegates.find(
      (d) => d.id === item.presenterDelegateId && d.eventId === item.eventId
    )
    if (!delegate) {
      throw invalid('presenterDelegateId', 'the presenter is not on this event’s roster', item.id)
    }
  } else if (item.presenterFromRoster) {
    throw invalid(
      'presenterDelegateId',
      'this item needs a presenter chosen from the delegates',
      item.id
    )
  }
}
