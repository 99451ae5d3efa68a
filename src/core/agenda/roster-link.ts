import type { RosterOption } from '@shared/agenda/contract'
import { approveRosterInDraft, rosterSummary, type RosterApprovalInput } from '../rosters'
import type { DatabaseData } from '../schema/database-schema'

/** The event's rosters a vote can approve, with the state of their newest version. */
/** The event's rosters a vote may approve, with their newest version and whether it meets its quota. */
export function rosterOptions(data: DatabaseData, eventId: string): RosterOption[] {
  return data.rosters.rosters
    .filter((r) => r.eventId === eventId)
    .map((r) => {
      const { id, name, versionNumber, status, quotaOk } = rosterSummary(data, r)
      return { id, name, versionNumber, status, quotaOk }
    })
}

/** Marks the roster's newest version approved by the congress's vote (the rosters feature). */
export function approveDelegationRoster(draft: DatabaseData, approval: RosterApprovalInput): void {
  approveRosterInDraft(draft, approval)
}
