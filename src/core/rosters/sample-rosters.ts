import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import type { Delegate } from '@shared/delegates/entities'
import { Quota, type Roster, type RosterMember } from '@shared/rosters/entities'
import { meetsCriterion } from '@shared/rosters/member-traits'
import { checkQuota } from '@shared/rosters/quota'
import { duplicateKey } from '@shared/text'
import { loadSampleDelegates } from '../delegates'
import type { SampleSeeder } from '../events'
import type { DatabaseData } from '../schema/database-schema'
import { approveRosterInDraft } from './approval'
import { delegateIndex } from './member-snapshot'

const SampleApproval = z.strictObject({
  approvedBy: z.string(),
  basis: z.string(),
  documentNumber: z.string(),
  decidedOn: z.string().nullable().optional()
})

const SampleRosters = z.strictObject({
  congress: z.strictObject({ name: z.string(), quota: Quota, approval: SampleApproval }),
  delegation: z.strictObject({
    name: z.string(),
    size: z.number().int().min(1),
    quota: Quota,
    approval: SampleApproval
  })
})

export function loadSampleRosters(resourcesDir: string) {
  const file = join(resourcesDir, 'sample-event', 'rosters.json')
  return SampleRosters.parse(JSON.parse(readFileSync(file, 'utf8')))
}

/** The congress's official delegates (those of a counted category; all when none is set). */
function officialDelegates(draft: DatabaseData, eventId: string): Delegate[] {
  const counted = new Set(
    draft.delegates.categories.filter((c) => c.eventId === eventId && c.counted).map((c) => c.id)
  )
  const ofEvent = draft.delegates.delegates.filter((d) => d.eventId === eventId)
  const official =
    counted.size === 0 ? ofEvent : ofEvent.filter((d) => d.categoryId && counted.has(d.categoryId))
  return official.slice().sort((a, b) => a.number - b.number)
}

/**
 * The delegation: the names the sample's delegates name first, then whoever each quota share still lacks, then the
 * rest in delegate-number order.
 */
function chooseDelegation(
  candidates: Delegate[],
  size: number,
  quota: Quota,
  snapshot: (d: Delegate) => RosterMember['fields'],
  preferredNames: string[],
  eventDate: string | null
): Delegate[] {
  const chosen: Delegate[] = []
  const take = (d: Delegate | undefined) => {
    if (d && chosen.length < size && !chosen.includes(d)) chosen.push(d)
  }
  for (const name of preferredNames)
    take(candidates.find((d) => duplicateKey(d.fullName) === duplicateKey(name)))
  for (const minimum of quota.minimums) {
    const required = checkQuota([], { ...quota, minimums: [minimum] }, eventDate).shares[0]!
      .required
    const meets = (d: Delegate) => meetsCriterion(minimum.criterion, snapshot(d), eventDate)
    while (chosen.filter(meets).length < required) {
      const next = candidates.find((d) => !chosen.includes(d) && meets(d))
      if (!next || chosen.length >= size) break
      take(next)
    }
  }
  for (const d of candidates) take(d)
  return chosen
}

export const seedSampleRosters: SampleSeeder = (draft, { eventId, sample, ctx, now }) => {
  const config = loadSampleRosters(ctx.resourcesDir)
  const index = delegateIndex(draft, eventId)
  const eventDate = sample.event.date
  const official = officialDelegates(draft, eventId)
  const member = (d: Delegate): RosterMember => ({
    id: ctx.newId(),
    delegateId: d.id,
    fields: index.snapshot(d)
  })
  const newRoster = (name: string, kind: Roster['kind'], quota: Quota, members: RosterMember[]) => {
    // The sample asks only for the shares its delegates can give, so it opens without red marks.
    const met = checkQuota(members, quota, eventDate)
    const roster: Roster = {
      id: ctx.newId(),
      eventId,
      name,
      kind,
      quota: {
        total: quota.total === null || met.totalOk ? quota.total : null,
        minimums: quota.minimums.filter((_, i) => met.shares[i]!.ok)
      },
      versions: [
        {
          number: 1,
          status: 'draft',
          reason: '',
          members,
          createdAt: now,
          submittedAt: null,
          approval: null
        }
      ],
      createdAt: now,
      updatedAt: now
    }
    draft.rosters.rosters.push(roster)
    return roster
  }

  const congress = newRoster(
    config.congress.name,
    'congress',
    config.congress.quota,
    official.map(member)
  )
  const delegation = newRoster(
    config.delegation.name,
    'upper-congress',
    config.delegation.quota,
    chooseDelegation(
      official,
      config.delegation.size,
      config.delegation.quota,
      (d) => index.snapshot(d),
      loadSampleDelegates(ctx.resourcesDir).provincialDelegation,
      eventDate
    ).map(member)
  )
  for (const [roster, approval] of [
    [congress, config.congress.approval],
    [delegation, config.delegation.approval]
  ] as const) {
    if (roster.versions[0]!.members.length === 0) continue
    approveRosterInDraft(draft, {
      rosterId: roster.id,
      ...approval,
      decidedOn: approval.decidedOn ?? eventDate,
      at: now
    })
  }
}
