import { AppError } from '@shared/result'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import { attendanceState, isIn } from './attendance-state'
import { checkInKit } from './check-in-kit'

/** Taking back what a desk wrote, and a delegate leaving the hall (multi-day congresses). */
export function checkOutAndUndoHandlers(
  deps: FeatureDeps
): HandlerGroup<('undoCheckIn' | 'checkOut')[]> {
  const { read, changes } = deps
  const { outcome, stateOf, delegateOf, entry } = checkInKit(deps)
  return {
    async undoCheckIn({ eventId, desk, entryId }) {
      const s = stateOf(eventId)
      const target = s.effective.find((e) => e.id === entryId)
      if (!target) throw new AppError('NOT_FOUND', `No check-in "${entryId}" to undo in this event`)
      const delegate = delegateOf(s, target.delegateId)
      await changes.apply(
        { entity: 'checkIn', action: 'undo', durable: true, door: true },
        (draft) => {
          if (attendanceState(read(), eventId).current.get(delegate.id)?.id !== entryId)
            throw new AppError(
              'CONFLICT',
              `${delegate.fullName} has a later check-in or check-out; undo that one first.`,
              { reason: 'laterEntry', name: delegate.fullName }
            )
          const e = entry(eventId, delegate.id, 'undo', desk, entryId)
          ;(draft.delegates.checkIns ??= []).push(e)
          return {
            value: e.id,
            entityId: delegate.id,
            subject: delegate.fullName,
            changes: [{ field: 'attendance', before: target.action, after: 'undone' }]
          }
        }
      )
      return outcome(eventId, 'undone', delegate.id, null)
    },

    async checkOut({ eventId, desk, delegateId }) {
      const delegate = delegateOf(stateOf(eventId), delegateId)
      const written = await changes.apply(
        { entity: 'checkIn', action: 'check-out', durable: true, door: true },
        (draft) => {
          if (!isIn(attendanceState(read(), eventId), delegate.id))
            throw new AppError('CONFLICT', `${delegate.fullName} is not checked in.`, {
              reason: 'notIn',
              name: delegate.fullName
            })
          const e = entry(eventId, delegate.id, 'out', desk)
          ;(draft.delegates.checkIns ??= []).push(e)
          return {
            value: e.id,
            entityId: delegate.id,
            subject: delegate.fullName,
            changes: [{ field: 'attendance', before: 'in', after: 'out' }]
          }
        }
      )
      return outcome(eventId, 'checkedOut', delegate.id, written)
    }
  }
}
