import type { RefusalReason } from '@shared/attendance/entities'
import type { Delegate } from '@shared/delegates/entities'
import { verifyCheckInCode } from '../cards'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import type { DatabaseData } from '../schema/database-schema'
import { attendanceState, deskDelegate, delegatesInNameOrder, isIn } from './attendance-state'
import { checkInKit } from './check-in-kit'
import { searchDelegates } from './desk-search'

/** Thrown inside a change to leave it unwritten: the delegate was already in the hall. */
class AlreadyIn extends Error {}

/** Why a code is refused: another event's valid or revoked card is named as such. */
function refusalOf(
  data: DatabaseData,
  eventId: string,
  code: string,
  status: 'malformed' | 'forged' | 'revoked' | 'unknown'
): { reason: RefusalReason; otherEventTitle: string | null } {
  if (status === 'forged' || status === 'unknown') {
    for (const other of data.events) {
      if (other.id === eventId) continue
      const verdict = verifyCheckInCode(data, other.id, code)
      if (verdict.status === 'valid' || verdict.status === 'revoked')
        return { reason: 'otherEvent', otherEventTitle: other.title }
    }
  }
  return { reason: status, otherEventTitle: null }
}

/** Arrivals at the desk: finding a delegate by name, checking in by card code or by choice. */
export function checkInArrivalHandlers(
  deps: FeatureDeps
): HandlerGroup<('searchCheckIn' | 'checkIn')[]> {
  const { read, changes } = deps
  const { outcome, stateOf, delegateOf, entry } = checkInKit(deps)

  /**
   * Records an arrival, once: the check is made on the state the change applies to, so two
   * scans of one card at the same moment write one entry.
   */
  const arrive = async (eventId: string, delegate: Delegate, desk: string) => {
    try {
      const written = await changes.apply(
        { entity: 'checkIn', action: 'check-in', durable: true, door: true },
        (draft) => {
          if (isIn(attendanceState(read(), eventId), delegate.id)) throw new AlreadyIn()
          const e = entry(eventId, delegate.id, 'in', desk)
          ;(draft.delegates.checkIns ??= []).push(e)
          return {
            value: e.id,
            entityId: delegate.id,
            subject: delegate.fullName,
            changes: [{ field: 'attendance', before: null, after: `${e.desk} ${e.at}` }]
          }
        }
      )
      return outcome(eventId, 'checkedIn', delegate.id, written)
    } catch (error) {
      if (error instanceof AlreadyIn) return outcome(eventId, 'already', delegate.id, null)
      throw error
    }
  }

  return {
    searchCheckIn({ eventId, query, limit }) {
      const s = stateOf(eventId)
      return searchDelegates(delegatesInNameOrder(read(), eventId), query, limit ?? 8).map((d) =>
        deskDelegate(s, d)
      )
    },

    async checkIn({ eventId, desk, code, delegateId }) {
      const s = stateOf(eventId)
      if (code !== undefined) {
        const data = read()
        const verdict = verifyCheckInCode(data, eventId, code)
        if (verdict.status !== 'valid')
          return outcome(
            eventId,
            'refused',
            verdict.status === 'revoked' ? verdict.delegateId : null,
            null,
            refusalOf(data, eventId, code, verdict.status)
          )
        return arrive(eventId, delegateOf(s, verdict.delegateId!), desk)
      }
      return arrive(eventId, delegateOf(s, delegateId!), desk)
    }
  }
}
