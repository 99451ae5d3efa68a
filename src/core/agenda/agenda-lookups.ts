import type { AgendaItem, AgendaSettings, VoteAttendance } from '@shared/agenda/entities'
import { voteAttendanceWords } from '@shared/attendance/quorum'
import { defaultStageCapacity } from '@shared/agenda/records'
import type { Event } from '@shared/entities'
import { AppError } from '@shared/result'
import type { DatabaseData } from '../schema/database-schema'

/** Reads the agenda's handlers and documents share. */
export const findEvent = (data: DatabaseData, eventId: string): Event => {
  const event = data.events.find((e) => e.id === eventId)
  if (!event) throw new AppError('NOT_FOUND', `No event with id "${eventId}"`)
  return event
}

export const eventItems = (data: DatabaseData, eventId: string): AgendaItem[] =>
  data.agenda.items.filter((i) => i.eventId === eventId).sort((a, b) => a.order - b.order)

export const eventSettings = (data: DatabaseData, eventId: string): AgendaSettings =>
  data.agenda.settings.find((s) => s.eventId === eventId) ?? {
    eventId,
    plannedEnd: null,
    stageCapacity: defaultStageCapacity
  }

/** The vote result in the words of the minutes. */
export function voteWords(vote: {
  mode: string
  for: number
  against: number
  abstain: number
  attendance?: VoteAttendance | null
}): string {
  const result =
    vote.mode === 'cards-unanimous'
      ? 'biểu quyết bằng giơ thẻ, 100% nhất trí'
      : `${vote.for} tán thành, ${vote.against} không tán thành, ${vote.abstain} không biểu quyết`
  return vote.attendance ? `${result}; ${voteAttendanceWords(vote.attendance)}` : result
}
