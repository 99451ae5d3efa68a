import type { AuditAction, AuditChange } from '@shared/entities'
import type { MemberFields, Roster, RosterVersion } from '@shared/rosters/entities'
import { AppError } from '@shared/result'
import type { FeatureDeps } from '../feature-deps'
import type { DatabaseData } from '../schema/database-schema'
import { editableVersion, findRoster, rosterView } from './roster-views'

export const memberNames = (members: { fields: MemberFields }[]) =>
  members.map((m) => m.fields.fullName)

/** The lookups and audited one-roster changes the rosters' handler groups share. */
export function rosterChanges({ read, changes, ctx }: FeatureDeps) {
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

  return { now, viewOf, requireEvent, changeRoster, changeDraftMembers }
}
