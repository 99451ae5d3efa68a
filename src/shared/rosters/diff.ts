import type { MemberChange, RosterDiff, RosterMember } from './entities'
import { memberFieldKeys } from './records'

/** A member is the same person across versions by its delegate, else by its member id. */
export const memberKey = (m: Pick<RosterMember, 'id' | 'delegateId'>) =>
  m.delegateId === null ? `member:${m.id}` : `delegate:${m.delegateId}`

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b)

/** The fields that differ between two snapshots of one member, in display order. */
export function memberChanges(before: RosterMember, after: RosterMember): MemberChange[] {
  const changes: MemberChange[] = []
  for (const field of memberFieldKeys) {
    if (field === 'custom') {
      const keys = [
        ...new Set([...Object.keys(before.fields.custom), ...Object.keys(after.fields.custom)])
      ].sort()
      for (const key of keys) {
        const b = before.fields.custom[key] ?? ''
        const a = after.fields.custom[key] ?? ''
        if (a !== b) changes.push({ field: `custom.${key}`, before: b, after: a })
      }
      continue
    }
    if (!same(before.fields[field], after.fields[field]))
      changes.push({ field, before: before.fields[field], after: after.fields[field] })
  }
  return changes
}

/** Added, removed and changed members of `to` against `from` (null: everyone is added). */
export function diffRosterVersions(
  from: { number: number; members: readonly RosterMember[] } | null,
  to: { number: number; members: readonly RosterMember[] }
): RosterDiff {
  const previous = new Map((from?.members ?? []).map((m) => [memberKey(m), m]))
  const current = new Set(to.members.map(memberKey))
  const diff: RosterDiff = {
    fromVersion: from?.number ?? null,
    toVersion: to.number,
    added: [],
    removed: [],
    changed: []
  }
  for (const member of to.members) {
    const before = previous.get(memberKey(member))
    if (!before) diff.added.push(member)
    else {
      const changes = memberChanges(before, member)
      if (changes.length > 0) diff.changed.push({ member, changes })
    }
  }
  for (const member of from?.members ?? []) {
    if (!current.has(memberKey(member))) diff.removed.push(member)
  }
  return diff
}
