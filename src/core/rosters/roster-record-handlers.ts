import type { Quota, Roster } from '@shared/rosters/entities'
import { AppError } from '@shared/result'
import { diffFields } from '../change-log'
import type { Handlers } from '../dispatch'
import type { FeatureDeps } from '../feature-deps'
import { normalizeInput } from '../input-text'
import { rosterChanges } from './roster-changes'
import { exportRoster } from './roster-export'
import { renderRosterPdf } from './roster-pdf'
import { findRoster, latestVersion, rosterSummary } from './roster-views'

const noQuota = (): Quota => ({ total: null, minimums: [] })

/** Rosters as records: listed, read, created, renamed, deleted, printed and exported. */
export function rosterRecordHandlers(
  deps: FeatureDeps
): Pick<
  Handlers,
  | 'listRosters'
  | 'getRoster'
  | 'createRoster'
  | 'updateRoster'
  | 'deleteRoster'
  | 'renderRosterPdf'
  | 'exportRoster'
> {
  const { read, changes, ctx } = deps
  const { now, viewOf, requireEvent, changeRoster } = rosterChanges(deps)
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

    renderRosterPdf: ({ rosterId, version, options }) =>
      renderRosterPdf(read(), ctx, { rosterId, version, options }),

    exportRoster: ({ rosterId, version, format }) =>
      exportRoster(read(), { rosterId, version, format })
  }
}
