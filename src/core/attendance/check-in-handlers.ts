import type { attendanceMethodNames } from '../../shared/attendance/method-names'
import type {
  CheckInEntry,
  CheckInOutcome,
  PersonAtDesk,
  RefusalReason
} from '../../shared/attendance/entities'
import type { Delegate } from '../../shared/delegates/entities'
import { normalizeText } from '../../shared/text'
import { AppError } from '../../shared/result'
import { verifyCheckInCode } from '../cards'
import { addDelegatesToDraft, ensureDefaultCategories, requireEvent } from '../delegates'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import type { DatabaseData } from '../schema/database-schema'
import {
  attendanceFigures,
  attendanceState,
  deskDelegate,
  delegatesInNameOrder,
  isIn,
  type AttendanceState
} from './attendance-state'
import { searchDelegates } from './desk-search'

type DeskMethods = Exclude<
  (typeof attendanceMethodNames)[number],
  | 'getAttendance'
  | 'getAttendanceFigures'
  | 'saveQuorumRules'
  | 'setAbsence'
  | 'renderCredentialsReport'
  | 'demoCheckIn'
>

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

const personFields = (p: PersonAtDesk) => ({
  fullName: p.fullName,
  ...(p.position !== undefined ? { position: p.position } : {}),
  ...(p.unit !== undefined ? { unit: p.unit } : {}),
  ...(p.gender !== undefined ? { gender: p.gender } : {})
})

/** The check-in desk: every method a desk may call (search, check in, undo, …). */
export function checkInHandlers(deps: FeatureDeps): HandlerGroup<DeskMethods[]> {
  const { read, changes, ctx } = deps
  const now = () => ctx.clock.now().toISOString()

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

  /**
   * Records an arrival, once: the check is made on the state the change applies to, so two
   * scans of one card at the same moment write one entry.
   */
  const arrive = async (eventId: string, delegate: Delegate, desk: string) => {
    try {
      const written = await changes.apply(
        { entity: 'checkIn', action: 'check-in', durable: true },
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

  /** Adds a person at the desk and checks them in, in one change. */
  const addPerson = async (
    eventId: string,
    desk: string,
    person: PersonAtDesk,
    categoryOf: (draft: DatabaseData) => string | null,
    replacedId: string | null
  ) => {
    const s = stateOf(eventId)
    const replaced = replacedId === null ? null : delegateOf(s, replacedId)
    if (replaced && s.replacedBy.has(replaced.id))
      throw new AppError(
        'CONFLICT',
        `${replaced.fullName} already has a substitute; undo that one first.`
      )
    if (replaced && s.substituteOf.has(replaced.id))
      throw new AppError(
        'CONFLICT',
        `${replaced.fullName} is a substitute; choose whom they replace.`
      )
    const name = normalizeText(person.fullName)
    const { delegateId, entryId } = await changes.apply(
      { entity: 'delegate', action: replaced ? 'substitute' : 'guest', durable: true },
      (draft) => {
        const [added] = addDelegatesToDraft(
          draft,
          eventId,
          [{ ...personFields(person), categoryId: categoryOf(draft) }],
          ctx,
          now()
        )
        const e = entry(eventId, added!.id, 'in', desk)
        ;(draft.delegates.checkIns ??= []).push(e)
        if (replaced)
          (draft.delegates.substitutions ??= []).push({
            id: ctx.newId(),
            eventId,
            substituteId: added!.id,
            replacedId: replaced.id,
            at: e.at,
            desk: e.desk
          })
        return {
          value: { delegateId: added!.id, entryId: e.id },
          entityId: added!.id,
          subject: replaced ? `${name} (thay ${replaced.fullName})` : name,
          changes: []
        }
      }
    )
    return outcome(eventId, 'checkedIn', delegateId, entryId)
  }

  /** The event's guest category: the first one not counted, made if there is none. */
  const guestCategory = (eventId: string) => (draft: DatabaseData) => {
    const categories = ensureDefaultCategories(draft, eventId, ctx)
    const guest = categories.find((c) => !c.counted)
    if (guest) return guest.id
    const made = {
      id: ctx.newId(),
      eventId,
      name: 'Khách mời',
      counted: false,
      order: categories.length
    }
    draft.delegates.categories.push(made)
    return made.id
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
    },

    async undoCheckIn({ eventId, desk, entryId }) {
      const s = stateOf(eventId)
      const target = s.effective.find((e) => e.id === entryId)
      if (!target) throw new AppError('NOT_FOUND', `No check-in "${entryId}" to undo in this event`)
      const delegate = delegateOf(s, target.delegateId)
      await changes.apply({ entity: 'checkIn', action: 'undo', durable: true }, (draft) => {
        if (attendanceState(read(), eventId).current.get(delegate.id)?.id !== entryId)
          throw new AppError(
            'CONFLICT',
            `${delegate.fullName} has a later check-in or check-out; undo that one first.`
          )
        const e = entry(eventId, delegate.id, 'undo', desk, entryId)
        ;(draft.delegates.checkIns ??= []).push(e)
        return {
          value: e.id,
          entityId: delegate.id,
          subject: delegate.fullName,
          changes: [{ field: 'attendance', before: target.action, after: 'undone' }]
        }
      })
      return outcome(eventId, 'undone', delegate.id, null)
    },

    async checkOut({ eventId, desk, delegateId }) {
      const delegate = delegateOf(stateOf(eventId), delegateId)
      const written = await changes.apply(
        { entity: 'checkIn', action: 'check-out', durable: true },
        (draft) => {
          if (!isIn(attendanceState(read(), eventId), delegate.id))
            throw new AppError('CONFLICT', `${delegate.fullName} is not checked in.`)
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
    },

    addGuest: ({ eventId, desk, guest }) =>
      addPerson(eventId, desk, guest, guestCategory(eventId), null),

    addSubstitute({ eventId, desk, replacedId, substitute }) {
      const replaced = read().delegates.delegates.find((d) => d.id === replacedId)
      return addPerson(
        eventId,
        desk,
        { unit: replaced?.unit ?? '', ...substitute },
        () => replaced?.categoryId ?? null,
        replacedId
      )
    }
  }
}
