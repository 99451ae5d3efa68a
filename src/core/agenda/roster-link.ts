import { AppError } from '../../shared/result'
import type { DatabaseData } from '../schema/database-schema'

export interface DelegationApproval {
  rosterId: string
  approvedBy: string
  basis: string
  documentNumber: string
  at: string
}

/** The event's rosters a vote can approve. */
export function rosterOptions(data: DatabaseData, eventId: string): { id: string; name: string }[] {
  return (
    data.rosters.rosters as { id?: unknown; eventId?: unknown; name?: unknown; title?: unknown }[]
  )
    .filter((r) => r.eventId === eventId && typeof r.id === 'string')
    .map((r) => ({ id: r.id as string, name: String(r.name ?? r.title ?? r.id) }))
}

/** Marks the roster's current version approved by the congress's vote (the rosters feature). */
export function approveDelegationRoster(draft: DatabaseData, approval: DelegationApproval): void {
  void draft
  throw new AppError('INCOMPLETE', `Roster approval is not available yet (${approval.rosterId}).`)
}
