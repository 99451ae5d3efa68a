import type { attendanceMethodNames } from '@shared/attendance/method-names'
import { AppError } from '@shared/result'
import { normalizeText } from '@shared/text'
import { requireEvent } from '../delegates'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import { attendanceBoard } from './attendance-board'
import { attendanceFigures, attendanceState, deskDelegate, quorumRulesOf } from './attendance-state'
import { checkInHandlers } from './check-in-handlers'
import { demoCheckIn } from './demo-check-in'
import { renderCredentialsReport } from './credentials-report'

export function attendanceHandlers(deps: FeatureDeps): HandlerGroup<typeof attendanceMethodNames> {
  const { read, changes, ctx } = deps
  return {
    ...checkInHandlers(deps),

    getAttendance({ eventId }) {
      const data = read()
      requireEvent(data, eventId)
      return attendanceBoard(data, eventId)
    },

    getAttendanceFigures({ eventId }) {
      const data = read()
      requireEvent(data, eventId)
      return attendanceFigures(attendanceState(data, eventId))
    },

    async setAbsence({ eventId, delegateId, reason, note }) {
      const data = read()
      requireEvent(data, eventId)
      const delegate = attendanceState(data, eventId).byId.get(delegateId)
      if (!delegate)
        throw new AppError('NOT_FOUND', `No delegate with id "${delegateId}" in this event`)
      await changes.apply({ entity: 'checkIn', action: 'absence' }, (draft) => {
        const kept = (draft.delegates.absences ?? []).filter(
          (a) => !(a.eventId === eventId && a.delegateId === delegateId)
        )
        if (reason !== null)
          kept.push({
            id: ctx.newId(),
            eventId,
            delegateId,
            reason,
            note: normalizeText(note ?? ''),
            at: ctx.clock.now().toISOString()
          })
        draft.delegates.absences = kept
        return {
          value: null,
          entityId: delegateId,
          subject: delegate.fullName,
          changes: [{ field: 'absence', before: null, after: reason }]
        }
      })
      const after = read()
      return deskDelegate(attendanceState(after, eventId), delegate)
    },

    renderCredentialsReport({ eventId, chairName }) {
      const data = read()
      requireEvent(data, eventId)
      return renderCredentialsReport(data, ctx, eventId, {
        ...(chairName !== undefined ? { chairName: normalizeText(chairName) } : {})
      })
    },

    async demoCheckIn({ eventId }) {
      await demoCheckIn(deps, eventId)
      return attendanceFigures(attendanceState(read(), eventId))
    },

    async saveQuorumRules({ eventId, rules }) {
      const data = read()
      requireEvent(data, eventId)
      const ids = new Set(rules.map((r) => r.id))
      if (ids.size !== rules.length)
        throw new AppError('INVALID_ARGUMENT', 'rules: two rules have the same id')
      const before = quorumRulesOf(data, eventId)
      await changes.apply({ entity: 'event', action: 'quorum' }, (draft) => {
        const all = (draft.delegates.quorumSettings ??= [])
        const tidy = rules.map((r) => ({ ...r, name: normalizeText(r.name) }))
        const existing = all.find((s) => s.eventId === eventId)
        if (existing) existing.rules = tidy
        else all.push({ id: ctx.newId(), eventId, rules: tidy })
        const title = draft.events.find((e) => e.id === eventId)?.title ?? eventId
        return {
          value: null,
          entityId: eventId,
          subject: title,
          changes: [{ field: 'quorum', before, after: tidy }]
        }
      })
      return quorumRulesOf(read(), eventId)
    }
  }
}
