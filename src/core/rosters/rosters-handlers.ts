import type { AuditAction, AuditChange } from '../../shared/entities'
import type { MemberFields, Quota, Roster, RosterVersion } from '../../shared/rosters/entities'
import type { rostersMethodNames } from '../../shared/rosters/method-names'
import { AppError } from '../../shared/result'
import { diffFields } from '../change-log'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import { normalizeInput } from '../input-text'
import type { DatabaseData } from '../schema/database-schema'
import { approveRosterInDraft, assertApprovable } from './approval'
import { delegateIndex } from './member-snapshot'
import { exportRoster } from './roster-export'
import { renderRosterPdf } from './roster-pdf'
import {
  editableVersion,
  findRoster,
  latestVersion,
  resolveMembers,
  rosterSummary,
  rosterView
} from './roster-views'

const noQuota = (): Quota => ({ total: null, minimums: [] })

const memberNames = (members: { fields: MemberFields }[]) => members.map((m) => m.fields.fullName)

export function rostersHandlers(deps: FeatureDeps): HandlerGroup<typeof rostersMethodNames> {
  const { read, changes, ctx } = deps
  const now = () => ctx.clock.now().toISOString()

  const viewOf = (id: string) => {
    const data = read()
    return rosterView(data, findRoster(data, id))
  }

  const requireEvent = (data: DatabaseData, eventId: string) => {
    const event = data.events.find((e) => e.id === eventId)
    if (!event) throw new AppError('NOT_FOUND', `No event with id "${eventId}"`)
    return event
  }

  /** One audited change to one roster; `edit` mutates the draft's roster and names the changes. */
  const changeRoster = (
    id: string,
    action: AuditAction,
    edit: (roster: Roster, draft: DatabaseData) => AuditChange[]
  ) =>
    changes
      .apply({ entity: 'roster', action }, (draft) => {
        const roster = findRoster(draft, id)
        const audit = edit(roster, draft)
        roster.updatedAt = now()
        return { value: undefined, entityId: roster.id, subject: roster.name, changes: audit }
      })
      // Built from the committed state: the draft's proxies are revoked once the change ends.
      .then(() => viewOf(id))

  const changeDraftMembers = (
    id: string,
    action: AuditAction,
    edit: (version: RosterVersion, roster: Roster, draft: DatabaseData) => AuditChange[]
  ) =>
    changeRoster(id, action, (roster, draft) => {
      const version = editableVersion(roster)
      return edit(version, roster, draft)
    })

  return {
    listRosters: ({ eventId }) => {
      const data = read()
      requireEvent(data, eventId)
      return data.rosters.rosters
        .filter((r) => r.eventId === eventId)
        .map((r) => rosterSummary(data, r))
    },

    getRoster: ({ id }) => viewOf(id),

    createRoster: (raw) => {
      const args = normalizeInput(raw)
      requireEvent(read(), args.eventId)
      const at = now()
      const roster: Roster = {
        id: ctx.newId(),
        eventId: args.eventId,
        name: args.name,
        kind: args.kind,
        quota: args.quota ?? noQuota(),
        versions: [
          {
            number: 1,
            status: 'draft',
            reason: '',
            members: [],
            createdAt: at,
            submittedAt: null,
            approval: null
          }
        ],
        createdAt: at,
        updatedAt: at
      }
      return changes
        .apply({ entity: 'roster', action: 'create' }, (draft) => {
          draft.rosters.rosters.push(roster)
          return {
            value: undefined,
            entityId: roster.id,
            subject: roster.name,
            changes: diffFields(undefined, {
              name: roster.name,
              kind: roster.kind,
              quota: roster.quota
            })
          }
        })
        .then(() => viewOf(roster.id))
    },

    updateRoster: ({ id, patch: raw }) => {
      const patch = normalizeInput(raw)
      return changeRoster(id, 'update', (roster) => {
        const before = { name: roster.name, kind: roster.kind, quota: roster.quota }
        Object.assign(roster, patch)
        return diffFields(before, { name: roster.name, kind: roster.kind, quota: roster.quota })
      })
    },

    deleteRoster: async ({ id }) => {
      const roster = findRoster(read(), id)
      if (roster.versions.some((v) => v.status === 'approved'))
        throw new AppError('FROZEN', `"${roster.name}" has an approved version and is kept.`, {
          rosterId: id
        })
      return changes.apply({ entity: 'roster', action: 'delete' }, (draft) => {
        draft.rosters.rosters = draft.rosters.rosters.filter((r) => r.id !== id)
        return {
          value: { deleted: true as const },
          entityId: id,
          subject: roster.name,
          changes: [{ field: 'members', before: latestVersion(roster).members.length, after: null }]
        }
      })
    },

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
      return changeDraftMembers(rosterId, 'addMember', (version) => {
        version.members.push({ id: ctx.newId(), delegateId: null, fields })
        return [{ field: 'members.added', before: null, after: [fields.fullName] }]
      })
    },

    updateRosterMember: ({ rosterId, memberId, patch: raw }) => {
      const patch = normalizeInput(raw)
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
      }),

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
    },

    renderRosterPdf: ({ rosterId, version, options }) =>
      renderRosterPdf(read(), ctx, { rosterId, version, options }),

    exportRoster: ({ rosterId, version, format }) =>
      exportRoster(read(), { rosterId, version, format })
  }
}
