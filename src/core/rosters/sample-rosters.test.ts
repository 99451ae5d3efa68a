import { describe, expect, it } from 'vitest'
import { loadSampleEvent } from '../events/sample-event'
import { emptyDatabase } from '../schema/database-schema'
import { testContext } from '../testing/test-context'
import { seedSampleRosters } from './sample-rosters'
import { checkQuota } from '@shared/rosters/quota'
import type { RosterSummary, RosterView } from '@shared/rosters/entities'
import { loadSampleDelegates } from '../delegates/sample-delegates'
import { makeDelegate, rosterHarness } from './testing/roster-harness'

describe('sample rosters', () => {
  it('gives the congress its official delegates and an approved delegation of 8', () => {
    const ctx = testContext()
    const sample = loadSampleEvent(ctx.resourcesDir)
    const draft = emptyDatabase()
    const eventId = 'event-1'
    draft.delegates.categories.push(
      { id: 'official', eventId, name: 'Đại biểu chính thức', counted: true, order: 1 },
      { id: 'guest', eventId, name: 'Khách mời', counted: false, order: 2 }
    )
    for (let i = 0; i < 120; i++) {
      draft.delegates.delegates.push(
        makeDelegate(eventId, {
          categoryId: i < 100 ? 'official' : 'guest',
          gender: i % 3 === 0 ? 'female' : 'male',
          birthYear: 1960 + (i % 40),
          ethnicity: i === 40 ? 'Tày' : 'Kinh',
          fullName: i === 7 ? 'Lê Minh Tuấn' : `Nguyễn Văn Sáu ${i}`
        })
      )
    }
    seedSampleRosters(draft, { eventId, sample, ctx, now: '2025-09-01T08:00:00.000Z' })

    const [congress, delegation] = draft.rosters.rosters
    expect(congress!.versions[0]!.members).toHaveLength(100)
    expect(congress!.versions[0]!.status).toBe('approved')
    const v1 = delegation!.versions[0]!
    expect(v1.members).toHaveLength(8)
    expect(v1.members[0]!.fields.fullName).toBe('Lê Minh Tuấn')
    expect(v1).toMatchObject({
      status: 'approved',
      approval: { basis: 'Đại hội biểu quyết thông qua', decidedOn: '2025-09-12' }
    })
    expect(v1.members.some((m) => m.fields.ethnicity === 'Tày')).toBe(true)
    expect(checkQuota(v1.members, delegation!.quota, '2025-09-12').ok).toBe(true)
    expect(delegation!.quota.total).toBe(8)
    expect(delegation!.quota.minimums.map((m) => m.criterion)).toEqual([
      'women',
      'under35',
      'ethnicMinority'
    ])
  })

  it('leaves both rosters as empty drafts when the event has no delegates', () => {
    const ctx = testContext()
    const draft = emptyDatabase()
    seedSampleRosters(draft, {
      eventId: 'e',
      sample: loadSampleEvent(ctx.resourcesDir),
      ctx,
      now: '2025-09-01T08:00:00.000Z'
    })
    expect(draft.rosters.rosters.map((r) => r.versions[0]!.status)).toEqual(['draft', 'draft'])
  })
})

describe('sample event', () => {
  it('opens with the congress roster of all official delegates and the approved delegation', async () => {
    const h = await rosterHarness()
    try {
      const event = await h.call<{ id: string }>('openSampleEvent', {})
      const rosters = await h.call<RosterSummary[]>('listRosters', { eventId: event.id })
      expect(rosters.map((r) => [r.kind, r.status])).toEqual([
        ['congress', 'approved'],
        ['upper-congress', 'approved']
      ])
      const official = h.db.data.delegates.delegates.filter((d) => {
        const category = h.db.data.delegates.categories.find((c) => c.id === d.categoryId)
        return d.eventId === event.id && category?.counted
      })
      expect(official.length).toBeGreaterThan(90)
      expect(rosters[0]!.memberCount).toBe(official.length)
      expect(rosters[1]).toMatchObject({ memberCount: 8, quotaOk: true })
      const delegation = await h.call<RosterView>('getRoster', { id: rosters[1]!.id })
      expect(delegation.versions[0]!.members.map((m) => m.fields.fullName)).toEqual(
        loadSampleDelegates(h.ctx.resourcesDir).provincialDelegation
      )
      expect(delegation.versions[0]!.approval?.basis).toBe('Đại hội biểu quyết thông qua')
    } finally {
      await h.close()
    }
  })
})
