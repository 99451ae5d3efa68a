import type { CheckInEntry } from '@shared/attendance/entities'
import { AppError } from '@shared/result'
import { requireEvent } from '../delegates'
import type { FeatureDeps } from '../feature-deps'
import { attendanceState, delegatesInNameOrder, isCounted } from './attendance-state'

export const demoDesk = 'Điểm danh mẫu'

/**
 * The sample event's demo check-in (see the contract): refused for a real event, and once anyone
 * is checked in, so it never mixes with a real door. Arrivals are spread over the half hour
 * before now, in name order, as a door would see them.
 */
export async function demoCheckIn(deps: FeatureDeps, eventId: string): Promise<void> {
  const { read, changes, ctx } = deps
  const data = read()
  requireEvent(data, eventId)
  const event = data.events.find((e) => e.id === eventId)
  if (!event?.isSample)
    throw new AppError('FORBIDDEN', 'Only the sample event has a demo check-in.')
  const s = attendanceState(data, eventId)
  if (s.effective.length > 0)
    throw new AppError(
      'CONFLICT',
      'Delegates of this event are already checked in: the demo check-in is for an empty door.'
    )
  const people = delegatesInNameOrder(data, eventId)
  // Those with a part in the programme (presidium, secretariat, honorees, speakers) all come.
  const onStage = (d: (typeof people)[number]) => Object.values(d.flags).some(Boolean)
  const delegates = people.filter((d) => isCounted(s, d))
  const guests = people.filter((d) => !isCounted(s, d))
  const stays = (d: (typeof people)[number], i: number) => i % 4 === 3 && !onStage(d)
  const arriving = [
    ...delegates.filter((d, i) => !stays(d, i)),
    ...guests.filter((d, i) => i % 2 === 0 || onStage(d))
  ]
  const staying = delegates.filter(stays).slice(0, 2)
  const end = ctx.clock.now().getTime()
  const step = Math.floor((30 * 60_000) / Math.max(arriving.length, 1))
  await changes.apply({ entity: 'checkIn', action: 'check-in', durable: true }, (draft) => {
    const entries: CheckInEntry[] = arriving.map((d, i) => ({
      id: ctx.newId(),
      eventId,
      delegateId: d.id,
      action: 'in',
      at: new Date(end - (arriving.length - i) * step).toISOString(),
      desk: demoDesk
    }))
    ;(draft.delegates.checkIns ??= []).push(...entries)
    const at = new Date(end).toISOString()
    ;(draft.delegates.absences ??= []).push(
      ...staying.map((d, i) => ({
        id: ctx.newId(),
        eventId,
        delegateId: d.id,
        reason: i === 0 ? ('excused' as const) : ('unexcused' as const),
        note: i === 0 ? 'Đi công tác (điểm danh mẫu)' : '',
        at
      }))
    )
    return {
      value: null,
      entityId: eventId,
      subject: event.title,
      changes: [{ field: 'attendance', before: null, after: `${demoDesk}: ${entries.length}` }]
    }
  })
}
