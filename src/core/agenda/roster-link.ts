import { approveRosterInDraft, type RosterApprovalInput } from '../rosters'
import type { DatabaseData } from '../schema/database-schema'

/** The event's rosters a vote can approve, with the state of their newest version. */
export function rosterOptions(data: DatabaseData, eventId: string): { id: string; name: string }[] {
  return data.rosters.rosters
    .filter((r) => r.eventId === eventId)
    .map((r) => {
      const latest = r.versions[r.versions.length - 1]
      return { id: r.id, name: latest ? `${r.name} (v${latest.number}, ${latest.status})` : r.name }
    })
}

/** Marks the roster's newest version approved by the congress's vote (the rosters feature). */
export function approveDelegationRoster(draft: DatabaseData, approval: RosterApprovalInput): void {
  approveRosterInDraft(draft, approval)
}
