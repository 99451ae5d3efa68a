import type {
  Roster,
  RosterMember,
  RosterSummary,
  RosterVersion,
  RosterVersionView,
  RosterView
} from '@shared/rosters/entities'
import { diffRosterVersions } from '@shared/rosters/diff'
import { checkQuota } from '@shared/rosters/quota'
import { AppError } from '@shared/result'
import type { DatabaseData } from '../schema/database-schema'
import { delegateIndex, type DelegateIndex } from './member-snapshot'

export const latestVersion = (roster: Roster): RosterVersion =>
  roster.versions[roster.versions.length - 1] as RosterVersion

/**
 * A draft shows its linked members as their delegates are now; a submitted or approved version
 * shows the snapshot it was frozen with.
 */
export function resolveMembers(
  version: RosterVersion,
  index: DelegateIndex
): { members: RosterMember[]; missingDelegateIds: string[] } {
  if (version.status !== 'draft') return { members: version.members, missingDelegateIds: [] }
  const missingDelegateIds: string[] = []
  const members = version.members.map((m) => {
    if (m.delegateId === null) return m
    const delegate = index.delegate(m.delegateId)
    if (!delegate) {
      missingDelegateIds.push(m.delegateId)
      return m
    }
    return { ...m, fields: index.snapshot(delegate) }
  })
  return { members, missingDelegateIds }
}

export function eventDateOf(data: DatabaseData, eventId: string): string | null {
  return data.events.find((e) => e.id === eventId)?.date ?? null
}

export function rosterView(data: DatabaseData, roster: Roster): RosterView {
  const index = delegateIndex(data, roster.eventId)
  const eventDate = eventDateOf(data, roster.eventId)
  const versions: RosterVersionView[] = []
  let previous: { number: number; members: RosterMember[] } | null = null
  for (const version of roster.versions) {
    const { members, missingDelegateIds } = resolveMembers(version, index)
    const resolved = { ...version, members }
    versions.push({
      ...resolved,
      quotaCheck: checkQuota(members, roster.quota, eventDate),
      diff: diffRosterVersions(previous, resolved),
      missingDelegateIds
    })
    previous = resolved
  }
  return { ...roster, versions }
}

export function rosterSummary(data: DatabaseData, roster: Roster): RosterSummary {
  const version = latestVersion(roster)
  const { members } = resolveMembers(version, delegateIndex(data, roster.eventId))
  const approved = [...roster.versions].reverse().find((v) => v.status === 'approved')
  return {
    id: roster.id,
    eventId: roster.eventId,
    name: roster.name,
    kind: roster.kind,
    quota: roster.quota,
    versionNumber: version.number,
    status: version.status,
    memberCount: members.length,
    quotaOk: checkQuota(members, roster.quota, eventDateOf(data, roster.eventId)).ok,
    approvedVersion: approved?.number ?? null,
    updatedAt: roster.updatedAt
  }
}

export function findRoster(data: DatabaseData, id: string): Roster {
  const roster = data.rosters.rosters.find((r) => r.id === id)
  if (!roster) throw new AppError('NOT_FOUND', `No roster with id "${id}"`)
  return roster
}

/** A version to view or print: the given number, else the newest. */
export function versionOf(roster: Roster, number?: number): RosterVersion {
  if (number === undefined) return latestVersion(roster)
  const version = roster.versions.find((v) => v.number === number)
  if (!version) throw new AppError('NOT_FOUND', `Roster "${roster.name}" has no version ${number}`)
  return version
}

/** The newest version, if it may still be edited; approved ones are frozen. */
export function editableVersion(roster: Roster): RosterVersion {
  const version = latestVersion(roster)
  if (version.status === 'approved')
    throw new AppError(
      'FROZEN',
      `Version ${version.number} of "${roster.name}" is approved and frozen; open a new version to change it.`,
      { rosterId: roster.id, version: version.number }
    )
  if (version.status === 'submitted')
    throw new AppError(
      'CONFLICT',
      `Version ${version.number} of "${roster.name}" is submitted for approval; return it to draft to change it.`,
      { rosterId: roster.id, version: version.number }
    )
  return version
}
