import type { AuditChange } from '@shared/entities'
import type { Roster, RosterApproval, RosterVersion } from '@shared/rosters/entities'
import { AppError } from '@shared/result'
import type { DatabaseData } from '../schema/database-schema'
import { delegateIndex } from './member-snapshot'
import { findRoster, latestVersion, resolveMembers } from './roster-views'

export interface RosterApprovalInput {
  rosterId: string
  approvedBy: string
  /** e.g. "Đại hội biểu quyết thông qua" */
  basis: string
  documentNumber: string
  /** ISO time the approval is recorded. */
  at: string
  /** The day of the vote or document, if not the day of `at`. */
  decidedOn?: string | null
}

export interface RosterApproved {
  roster: Roster
  version: RosterVersion
  changes: AuditChange[]
}

/** Checks that a roster's newest version may be approved, without changing anything. */
export function assertApprovable(data: DatabaseData, input: RosterApprovalInput): void {
  const roster = findRoster(data, input.rosterId)
  const version = latestVersion(roster)
  if (version.status === 'approved')
    throw new AppError(
      'FROZEN',
      `Version ${version.number} of "${roster.name}" is already approved.`,
      { rosterId: roster.id, version: version.number }
    )
  if (version.members.length === 0)
    throw new AppError('INCOMPLETE', `"${roster.name}" has no members to approve.`, {
      rosterId: roster.id,
      missing: ['members']
    })
  if (input.approvedBy.trim() === '' || input.basis.trim() === '')
    throw new AppError('INCOMPLETE', 'An approval needs who approved it and on what basis.', {
      rosterId: roster.id,
      missing: [input.approvedBy.trim() === '' ? 'approvedBy' : 'basis']
    })
}

/**
 * Approves a roster's current draft or submitted version inside the caller's change (the agenda
 * calls it when the congress votes): the members' fields are frozen as they are now.
 * Throws AppError (NOT_FOUND, FROZEN, INCOMPLETE) and changes nothing when it cannot.
 */
export function approveRosterInDraft(
  draft: DatabaseData,
  input: RosterApprovalInput
): RosterApproved {
  assertApprovable(draft, input)
  const roster = findRoster(draft, input.rosterId)
  const version = latestVersion(roster)
  const before = version.status
  const { members } = resolveMembers(version, delegateIndex(draft, roster.eventId))
  const approval: RosterApproval = {
    approvedBy: input.approvedBy.trim(),
    basis: input.basis.trim(),
    documentNumber: input.documentNumber.trim(),
    decidedOn: input.decidedOn ?? null,
    at: input.at
  }
  version.members = members
  version.status = 'approved'
  version.approval = approval
  roster.updatedAt = input.at
  return {
    roster,
    version,
    changes: [
      { field: `${roster.name} v${version.number}.status`, before, after: 'approved' },
      { field: `${roster.name} v${version.number}.approval`, before: null, after: approval }
    ]
  }
}
