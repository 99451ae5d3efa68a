import { futurePersonDate } from '@shared/delegates/records'
import { AppError } from '@shared/result'
import { diffFields } from '../change-log'
import type { Handlers } from '../dispatch'
import type { FeatureDeps } from '../feature-deps'
import { normalizeInput } from '../input-text'
import { delegateIndex } from './member-snapshot'
import { memberNames, rosterChanges } from './roster-changes'

/** Refuses a birth or Party joining after today in what a member's fields set. */
function checkPersonDates(fields: Parameters<typeof futurePersonDate>[0], now: string): void {
  const future = futurePersonDate(fields, now)
  if (future)
    throw new AppError('INVALID_ARGUMENT', `${future.field}: ${future.message}`, {
      issues: [{ path: ['fields', future.field], message: future.message }]
    })
}

/** The members of a roster's open draft version. */
export function rosterMemberHandlers(
  deps: FeatureDeps
): Pick<
  Handlers,
  'addRosterMembers' | 'addRosterMember' | 'updateRosterMember' | 'removeRosterMembers'
> {
  const { ctx } = deps
  const { changeDraftMembers } = rosterChanges(deps)
  return {
    addRosterMembers: ({ rosterId, delegateIds }) =>
      changeDraftMembers(rosterId, 'addMembers', (version, roster, draft) => {
        const index = delegateIndex(draft, roster.eventId)
        const present = new Set(version.members.map((m) => m.delegateId))
        const added = []
        for (const delegateId of new Set(delegateIds)) {
          if (present.has(delegateId)) continue
          const delegate = index.delegate(delegateId)
          if (!delegate)
            throw new AppError('NOT_FOUND', `No delegate "${delegateId}" in this event`, {
              delegateId
            })
          added.push({ id: ctx.newId(), delegateId, fields: index.snapshot(delegate) })
        }
        version.members.push(...added)
        return [{ field: 'members.added', before: null, after: memberNames(added) }]
      }),

    addRosterMember: ({ rosterId, fields: raw }) => {
      const fields = normalizeInput(raw)
      if (fields.fullName === '')
        throw new AppError('INVALID_ARGUMENT', 'fullName: the name is required', {
          issues: [{ path: ['fields', 'fullName'], message: 'the name is required' }]
        })
      checkPersonDates(fields, ctx.clock.now().toISOString())
      return changeDraftMembers(rosterId, 'addMember', (version) => {
        version.members.push({ id: ctx.newId(), delegateId: null, fields })
        return [{ field: 'members.added', before: null, after: [fields.fullName] }]
      })
    },

    updateRosterMember: ({ rosterId, memberId, patch: raw }) => {
      const patch = normalizeInput(raw)
      checkPersonDates(patch, ctx.clock.now().toISOString())
      return changeDraftMembers(rosterId, 'updateMember', (version) => {
        const member = version.members.find((m) => m.id === memberId)
        if (!member) throw new AppError('NOT_FOUND', `No member "${memberId}" in this roster`)
        if (member.delegateId !== null)
          throw new AppError(
            'INVALID_ARGUMENT',
            'This member comes from the delegates list; edit the delegate instead.',
            { memberId, delegateId: member.delegateId }
          )
        const before = member.fields
        member.fields = { ...member.fields, ...patch }
        if (member.fields.fullName === '')
          throw new AppError('INVALID_ARGUMENT', 'fullName: the name is required')
        return diffFields(before, member.fields).map((c) => ({
          ...c,
          field: `${member.fields.fullName}.${c.field}`
        }))
      })
    },

    removeRosterMembers: ({ rosterId, memberIds }) =>
      changeDraftMembers(rosterId, 'removeMembers', (version) => {
        const ids = new Set(memberIds)
        const removed = version.members.filter((m) => ids.has(m.id))
        if (removed.length !== ids.size)
          throw new AppError('NOT_FOUND', 'Some members are not in this roster', { memberIds })
        version.members = version.members.filter((m) => !ids.has(m.id))
        return [{ field: 'members.removed', before: memberNames(removed), after: null }]
      })
  }
}
