import { afterEach, describe, expect, it } from 'vitest'
import type { AuditEntry } from '@shared/entities'
import type { RosterSummary, RosterView } from '@shared/rosters/entities'
import { approveRosterInDraft } from './approval'
import { errorCode, makeDelegate, rosterHarness } from './testing/roster-harness'

const harnesses: Awaited<ReturnType<typeof rosterHarness>>[] = []
async function setup() {
  const h = await rosterHarness()
  harnesses.push(h)
  return h
}
afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.close()))
})

const approval = {
  approvedBy: 'Đại hội Thi đua yêu nước phường Tiền Phong',
  basis: 'Đại hội biểu quyết thông qua',
  documentNumber: ''
}

async function approvedRoster() {
  const h = await setup()
  const delegates = [
    makeDelegate(h.event.id, { fullName: 'Lê Thị Hoa', gender: 'female' }),
    makeDelegate(h.event.id, { fullName: 'Trần Văn Bình' }),
    makeDelegate(h.event.id, { fullName: 'Phạm Minh Châu' })
  ]
  await h.addDelegates(delegates)
  const roster = await h.call<RosterView>('createRoster', {
    eventId: h.event.id,
    name: 'Đoàn đại biểu dự Đại hội cấp trên',
    kind: 'upper-congress'
  })
  await h.call('addRosterMembers', {
    rosterId: roster.id,
    delegateIds: delegates.slice(0, 2).map((d) => d.id)
  })
  await h.call('approveRosters', { rosterIds: [roster.id], ...approval })
  return { h, roster, delegates }
}

describe('rosters', () => {
  it('creates a roster, adds delegates and a direct member, and checks the quota live', async () => {
    const h = await setup()
    const delegates = [
      makeDelegate(h.event.id, { fullName: 'Lê Thị Hoa', gender: 'female' }),
      makeDelegate(h.event.id, { fullName: 'Trần Văn Bình', birthYear: 1995 })
    ]
    await h.addDelegates(delegates)
    const roster = await h.call<RosterView>('createRoster', {
      eventId: h.event.id,
      name: 'Đại biểu dự Đại hội',
      kind: 'congress',
      quota: { total: 3, minimums: [{ criterion: 'women', minCount: 2, minPercent: null }] }
    })
    let view = await h.call<RosterView>('addRosterMembers', {
      rosterId: roster.id,
      delegateIds: [delegates[0]!.id, delegates[1]!.id, delegates[0]!.id]
    })
    expect(view.versions[0]!.members.map((m) => m.fields.fullName)).toEqual([
      'Lê Thị Hoa',
      'Trần Văn Bình'
    ])
    expect(view.versions[0]!.quotaCheck).toMatchObject({ ok: false, count: 2, totalOk: false })

    view = await h.call<RosterView>('addRosterMember', {
      rosterId: roster.id,
      fields: {
        ...view.versions[0]!.members[0]!.fields,
        fullName: '  Hoàng Thị   Lan '.normalize('NFD')
      }
    })
    const direct = view.versions[0]!.members[2]!
    expect(direct).toMatchObject({ delegateId: null, fields: { fullName: 'Hoàng Thị Lan' } })
    expect(view.versions[0]!.quotaCheck.ok).toBe(true)

    const list = await h.call<RosterSummary[]>('listRosters', { eventId: h.event.id })
    expect(list).toEqual([
      expect.objectContaining({ memberCount: 3, status: 'draft', quotaOk: true, versionNumber: 1 })
    ])
  })

  it('refuses a direct member born after today (the clock says 2025-09-01), added or changed', async () => {
    const h = await setup()
    const roster = await h.call<RosterView>('createRoster', {
      eventId: h.event.id,
      name: 'Đại biểu dự Đại hội',
      kind: 'congress'
    })
    const delegate = makeDelegate(h.event.id, { fullName: 'Lê Thị Hoa' })
    await h.addDelegates([delegate])
    const withDelegate = await h.call<RosterView>('addRosterMembers', {
      rosterId: roster.id,
      delegateIds: [delegate.id]
    })
    const template = withDelegate.versions[0]!.members[0]!.fields
    const member = { ...template, fullName: 'Ngô Văn Sau', birthYear: 2030 }
    const refused = await h.dispatch('addRosterMember', { rosterId: roster.id, fields: member })
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'INVALID_ARGUMENT',
        message: 'birthYear: the birth year 2030 is after this year (2025)'
      }
    })
    const view = await h.call<RosterView>('addRosterMember', {
      rosterId: roster.id,
      fields: { ...member, birthYear: 1990 }
    })
    const memberId = view.versions[0]!.members[1]!.id
    const changed = await h.dispatch('updateRosterMember', {
      rosterId: roster.id,
      memberId,
      patch: { birthDate: '2025-12-24' }
    })
    expect(errorCode(changed)).toBe('INVALID_ARGUMENT')
    const after = await h.call<RosterView>('getRoster', { id: roster.id })
    expect(after.versions[0]!.members[1]!.fields).toMatchObject({
      birthYear: 1990,
      birthDate: null
    })
  })

  it('shows a draft with its delegates as they are now', async () => {
    const h = await setup()
    const d = makeDelegate(h.event.id, { fullName: 'Lê Thị Hoa' })
    await h.addDelegates([d])
    const roster = await h.call<RosterView>('createRoster', {
      eventId: h.event.id,
      name: 'Đại biểu',
      kind: 'congress'
    })
    await h.call('addRosterMembers', { rosterId: roster.id, delegateIds: [d.id] })
    await h.editDelegates((draft) => {
      draft.delegates.delegates[0]!.unit = 'Hội Phụ nữ'
    })
    const view = await h.call<RosterView>('getRoster', { id: roster.id })
    expect(view.versions[0]!.members[0]!.fields.unit).toBe('Hội Phụ nữ')
  })
})

describe('approval with frozen versions', () => {
  it('freezes the approved version: no member change, no re-approval, fields as approved', async () => {
    const { h, roster, delegates } = await approvedRoster()
    const view = await h.call<RosterView>('getRoster', { id: roster.id })
    expect(view.versions[0]).toMatchObject({
      status: 'approved',
      approval: { ...approval, decidedOn: null }
    })

    for (const [method, arg] of [
      ['addRosterMembers', { rosterId: roster.id, delegateIds: [delegates[2]!.id] }],
      [
        'removeRosterMembers',
        { rosterId: roster.id, memberIds: [view.versions[0]!.members[0]!.id] }
      ],
      ['submitRosterVersion', { rosterId: roster.id }],
      ['returnRosterToDraft', { rosterId: roster.id }],
      ['approveRosters', { rosterIds: [roster.id], ...approval }],
      ['deleteRoster', { id: roster.id }]
    ] as const) {
      expect(errorCode(await h.dispatch(method, arg)), method).toBe('FROZEN')
    }

    // A delegate edited after approval leaves the frozen snapshot as it was.
    await h.editDelegates((draft) => {
      draft.delegates.delegates[0]!.unit = 'Hội Phụ nữ'
    })
    const after = await h.call<RosterView>('getRoster', { id: roster.id })
    expect(after.versions[0]!.members).toEqual(view.versions[0]!.members)
    expect(after.versions[0]!.members[0]!.fields.unit).toBe('Tổ dân phố số 1')
  })

  it('opens a new version with a reason; its diff shows added, removed and changed fields', async () => {
    const { h, roster, delegates } = await approvedRoster()
    expect(
      errorCode(await h.dispatch('openRosterVersion', { rosterId: roster.id, reason: '' }))
    ).toBe('INVALID_ARGUMENT')
    let view = await h.call<RosterView>('openRosterVersion', {
      rosterId: roster.id,
      reason: 'Đồng chí Trần Văn Bình chuyển công tác'
    })
    expect(view.versions.map((v) => [v.number, v.status])).toEqual([
      [1, 'approved'],
      [2, 'draft']
    ])
    expect(
      errorCode(await h.dispatch('openRosterVersion', { rosterId: roster.id, reason: 'x' }))
    ).toBe('CONFLICT')
    const bình = view.versions[1]!.members.find((m) => m.delegateId === delegates[1]!.id)!
    await h.call('removeRosterMembers', { rosterId: roster.id, memberIds: [bình.id] })
    await h.call('addRosterMembers', { rosterId: roster.id, delegateIds: [delegates[2]!.id] })
    await h.editDelegates((draft) => {
      const hoa = draft.delegates.delegates.find((d) => d.id === delegates[0]!.id)!
      hoa.unit = 'Hội Phụ nữ phường'
      hoa.birthYear = 1981
    })
    view = await h.call<RosterView>('getRoster', { id: roster.id })
    const v2 = view.versions[1]!
    expect(v2.reason).toBe('Đồng chí Trần Văn Bình chuyển công tác')
    expect(v2.diff.fromVersion).toBe(1)
    expect(v2.diff.added.map((m) => m.fields.fullName)).toEqual(['Phạm Minh Châu'])
    expect(v2.diff.removed.map((m) => m.fields.fullName)).toEqual(['Trần Văn Bình'])
    expect(v2.diff.changed).toHaveLength(1)
    expect(v2.diff.changed[0]!.member.fields.fullName).toBe('Lê Thị Hoa')
    expect(v2.diff.changed[0]!.changes).toEqual([
      { field: 'birthYear', before: 1980, after: 1981 },
      { field: 'unit', before: 'Tổ dân phố số 1', after: 'Hội Phụ nữ phường' }
    ])
    // Version 1 is still there, unchanged, and diffs against nothing.
    expect(view.versions[0]!.diff.added).toHaveLength(2)
    expect(view.versions[0]!.members.map((m) => m.fields.fullName)).toEqual([
      'Lê Thị Hoa',
      'Trần Văn Bình'
    ])

    await h.call('submitRosterVersion', { rosterId: roster.id })
    await h.call('approveRosters', {
      rosterIds: [roster.id],
      ...approval,
      documentNumber: '15/NQ-ĐH',
      decidedOn: '2025-09-12'
    })
    view = await h.call<RosterView>('getRoster', { id: roster.id })
    expect(view.versions.map((v) => v.status)).toEqual(['approved', 'approved'])
    expect(view.versions[1]!.approval).toMatchObject({
      documentNumber: '15/NQ-ĐH',
      decidedOn: '2025-09-12'
    })
  })

  it('keeps a submitted version closed to edits until it is returned to draft', async () => {
    const h = await setup()
    const d = makeDelegate(h.event.id)
    await h.addDelegates([d])
    const roster = await h.call<RosterView>('createRoster', {
      eventId: h.event.id,
      name: 'Đại biểu',
      kind: 'congress'
    })
    expect(errorCode(await h.dispatch('submitRosterVersion', { rosterId: roster.id }))).toBe(
      'INCOMPLETE'
    )
    await h.call('addRosterMembers', { rosterId: roster.id, delegateIds: [d.id] })
    await h.call('submitRosterVersion', { rosterId: roster.id })
    expect(
      errorCode(await h.dispatch('removeRosterMembers', { rosterId: roster.id, memberIds: ['x'] }))
    ).toBe('CONFLICT')
    await h.call('returnRosterToDraft', { rosterId: roster.id })
    const view = await h.call<RosterView>('getRoster', { id: roster.id })
    expect(view.versions[0]!.status).toBe('draft')
  })

  it('approves 50 rosters in one change, or none when one of them cannot be approved', async () => {
    const h = await setup()
    const d = makeDelegate(h.event.id)
    await h.addDelegates([d])
    const ids: string[] = []
    for (let i = 1; i <= 50; i++) {
      const r = await h.call<RosterView>('createRoster', {
        eventId: h.event.id,
        name: `Danh sách ${i}`,
        kind: 'other'
      })
      if (i !== 37) await h.call('addRosterMembers', { rosterId: r.id, delegateIds: [d.id] })
      ids.push(r.id)
    }
    const auditBefore = (await h.call<AuditEntry[]>('listAudit', { limit: 1000 })).length
    const refused = await h.dispatch('approveRosters', { rosterIds: ids, ...approval })
    expect(refused.ok).toBe(false)
    expect(errorCode(refused)).toBe('INCOMPLETE')
    const statuses = async () =>
      (await h.call<RosterSummary[]>('listRosters', { eventId: h.event.id })).map((r) => r.status)
    expect(new Set(await statuses())).toEqual(new Set(['draft']))
    expect((await h.call<AuditEntry[]>('listAudit', { limit: 1000 })).length).toBe(auditBefore)

    // Also when the failure only shows inside the change (approveRosterInDraft throws there).
    const inDraft = h.db.mutate((draft) => {
      for (const id of ids) approveRosterInDraft(draft, { rosterId: id, ...approval, at: 'x' })
    })
    await expect(inDraft).rejects.toMatchObject({ code: 'INCOMPLETE' })
    expect(new Set(await statuses())).toEqual(new Set(['draft']))

    await h.call('addRosterMembers', { rosterId: ids[36], delegateIds: [d.id] })
    const done = await h.call<{ approved: unknown[] }>('approveRosters', {
      rosterIds: ids,
      ...approval
    })
    expect(done.approved).toHaveLength(50)
    expect(new Set(await statuses())).toEqual(new Set(['approved']))
    const audit = await h.call<AuditEntry[]>('listAudit', { limit: 1000 })
    expect(audit.length).toBe(auditBefore + 2)
    const entry = audit.find((e) => e.action === 'approve')!
    expect(entry.entity).toBe('roster')
    expect(entry.changes).toHaveLength(100)
  })

  it('audits every step under the roster entity', async () => {
    const { h, roster } = await approvedRoster()
    await h.call('openRosterVersion', { rosterId: roster.id, reason: 'Bổ sung' })
    const audit = await h.call<AuditEntry[]>('listAudit', { entityId: roster.id })
    expect(audit.map((e) => [e.entity, e.action])).toEqual(
      expect.arrayContaining([
        ['roster', 'create'],
        ['roster', 'addMembers'],
        ['roster', 'approve'],
        ['roster', 'openVersion']
      ])
    )
  })
})
