import { AppError } from '@shared/result'
import type { Handlers } from '../dispatch'
import type { FeatureDeps } from '../feature-deps'
import { normalizeInput } from '../input-text'
import { approveRosterInDraft, assertApprovable } from './approval'
import { delegateIndex } from './member-snapshot'
import { rosterChanges } from './roster-changes'
import { latestVersion, resolveMembers } from './roster-views'

/** A roster's versions: submitted, returned to draft, approved, reopened with a reason. */
export function rosterVersionHandlers(
  deps: FeatureDeps
): Pick<
  Handlers,
  'submitRosterVersion' | 'returnRosterToDraft' | 'approveRosters' | 'openRosterVersion'
> {
  const { read, changes } = deps
  const { now, changeRoster, changeDraftMembers } = rosterChanges(deps)
  return {
    submitRosterVersion: ({ rosterId }) =>
      changeDraftMembers(rosterId, 'submit', (version, roster, draft) => {
        if (version.members.length === 0)
          throw new AppError('INCOMPLETE', `"${roster.name}" has no members to submit.`, {
            missing: ['members']
          })
        version.members = resolveMembers(version, delegateIndex(draft, roster.eventId)).members
        version.status = 'submitted'
        version.submittedAt = now()
        return [{ field: `v${version.number}.status`, before: 'draft', after: 'submitted' }]
      }),

    returnRosterToDraft: ({ rosterId }) =>
      changeRoster(rosterId, 'returnToDraft', (roster) => {
        const version = latestVersion(roster)
        if (version.status !== 'submitted')
          throw new AppError(
            version.status === 'approved' ? 'FROZEN' : 'CONFLICT',
            `Version ${version.number} of "${roster.name}" is not submitted.`
          )
        version.status = 'draft'
        version.submittedAt = null
        return [{ field: `v${version.number}.status`, before: 'submitted', after: 'draft' }]
      }),

    approveRosters: (raw) => {
      const args = normalizeInput(raw)
      const ids = [...new Set(args.rosterIds)]
      const at = now()
      const inputs = ids.map((rosterId) => ({
        rosterId,
        approvedBy: args.approvedBy,
        basis: args.basis,
        documentNumber: args.documentNumber,
        decidedOn: args.decidedOn ?? null,
        at
      }))
      // Every roster is checked before any is touched, so one bad roster approves none.
      const data = read()
      for (const input of inputs) assertApprovable(data, input)
      return changes.apply({ entity: 'roster', action: 'approve' }, (draft) => {
        const approved = inputs.map((input) => approveRosterInDraft(draft, input))
        return {
          value: {
            approved: approved.map((a) => ({ rosterId: a.roster.id, version: a.version.number }))
          },
          entityId: ids.length === 1 ? (ids[0] as string) : (approved[0]?.roster.eventId ?? ''),
          subject: approved.map((a) => `${a.roster.name} (v${a.version.number})`).join('; '),
          changes: approved.flatMap((a) => a.changes)
        }
      })
    },

    openRosterVersion: ({ rosterId, reason: rawReason }) => {
      const reason = normalizeInput(rawReason)
      if (reason === '') throw new AppError('INVALID_ARGUMENT', 'reason: a reason is required')
      return changeRoster(rosterId, 'openVersion', (roster) => {
        const previous = latestVersion(roster)
        if (previous.status !== 'approved')
          throw new AppError(
            'CONFLICT',
            `Version ${previous.number} of "${roster.name}" is still open; change it instead.`,
            { rosterId, version: previous.number }
          )
        roster.versions.push({
          number: previous.number + 1,
          status: 'draft',
          reason,
          members: previous.members.map((m) => ({ ...m })),
          createdAt: now(),
          submittedAt: null,
          approval: null
        })
        return [{ field: 'version', before: previous.number, after: previous.number + 1 }]
      })
    }
  }
}
