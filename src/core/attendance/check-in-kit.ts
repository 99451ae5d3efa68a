import type { CheckInEntry, CheckInOutcome } from '@shared/attendance/entities'
import type { Delegate } from '@shared/delegates/entities'
import { normalizeText } from '@shared/text'
import { AppError } from '@shared/result'
import { requireEvent } from '../delegates'
import type { FeatureDeps } from '../feature-deps'
import {
  attendanceFigures,
  attendanceState,
  deskDelegate,
  type AttendanceState
} from './attendance-state'

/** What every desk method shares: the state it reads, the entry it writes, the answer it gives. */
export function checkInKit({ read, ctx }: FeatureDeps) {
  const now = () => ctx.clock.now().toISOString()

  /** The desk's answer, with the delegate and the figures as they are now. */
  const outcome = (
    eventId: string,
    result: CheckInOutcome['result'],
    delegateId: string | null,
    entryId: string | null,
    refusal: CheckInOutcome['refusal'] = null
  ): CheckInOutcome => {
    const s = attendanceState(read(), eventId)
    const d = delegateId === null ? undefined : s.byId.get(delegateId)
    return {
      result,
      refusal,
      entryId,
      delegate: d ? deskDelegate(s, d) : null,
      figures: attendanceFigures(s)
    }
  }

  const stateOf = (eventId: string): AttendanceState => {
    const data = read()
    requireEvent(data, eventId)
    return attendanceState(data, eventId)
  }

  const delegateOf = (s: AttendanceState, delegateId: string): Delegate => {
    const d = s.byId.get(delegateId)
    if (!d) throw new AppError('NOT_FOUND', `No delegate with id "${delegateId}" in this event`)
    return d
  }

  const entry = (
    eventId: string,
    delegateId: string,
    action: CheckInEntry['action'],
    desk: string,
    undoes?: string
  ): CheckInEntry => ({
    id: ctx.newId(),
    eventId,
    delegateId,
    action,
    at: now(),
    desk: normalizeText(desk),
    ...(undoes ? { undoes } : {})
  })

  return { now, outcome, stateOf, delegateOf, entry }
}
