import { afterEach, describe, expect, it } from 'vitest'
import type { EmulationTitle, Movement, Proposal, Unit } from '@shared/movement/entities'
import type { RecordUses } from '@shared/movement/record-uses'
import type { AppService } from '../app-service'
import { residentialGroupTitleId } from '../schema/default-titles'
import { createGroups, createWardMovement, startMovementService } from './testing/movement-harness'

const open: AppService[] = []
async function start() {
  const s = await startMovementService()
  open.push(s.service)
  return s
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})

describe('the list of titles is the user’s', () => {
  it('adds, renames and deletes an unused title; undo brings it back', async () => {
    const { call, fail } = await start()
    const title = await call<EmulationTitle>('createEmulationTitle', {
      name: '  Khu dân cư  kiểu mẫu ',
      subject: 'residential-group',
      active: true
    })
    expect(title.name).toBe('Khu dân cư kiểu mẫu')
    const renamed = await call<EmulationTitle>('updateEmulationTitle', {
      id: title.id,
      patch: { name: 'Khu dân cư văn hóa kiểu mẫu' }
    })
    expect(renamed.name).toBe('Khu dân cư văn hóa kiểu mẫu')
    const same = await fail('createEmulationTitle', {
      name: 'KHU DÂN CƯ VĂN HOÁ KIỂU MẪU',
      subject: 'residential-group',
      active: true
    })
    expect(same).toMatchObject({
      code: 'INVALID_ARGUMENT',
      details: { issues: [{ path: ['name'] }] }
    })
    expect(await call('deleteEmulationTitle', { id: title.id })).toEqual({ deleted: 1 })
    let titles = await call<EmulationTitle[]>('listEmulationTitles', {})
    expect(titles.some((x) => x.id === title.id)).toBe(false)
    await call('undoLastChange', {})
    titles = await call<EmulationTitle[]>('listEmulationTitles', {})
    expect(titles.find((x) => x.id === title.id)?.name).toBe('Khu dân cư văn hóa kiểu mẫu')
  })

  it('refuses to delete a title in use, naming the years and targets; retiring keeps history', async () => {
    const { call, fail } = await start()
    await createWardMovement(call)
    const [group] = await createGroups(call, 1)
    for (const year of [2025, 2026])
      await call('saveRegistration', { year, unitId: group?.id, titleId: residentialGroupTitleId })
    const refused = await fail('deleteEmulationTitle', { id: residentialGroupTitleId })
    expect(refused.code).toBe('CONFLICT')
    expect(refused.message).toContain('2025, 2026')
    const uses = (refused.details as { uses: RecordUses }).uses
    expect(uses.registrations).toEqual([
      { year: 2025, count: 1 },
      { year: 2026, count: 1 }
    ])
    expect(uses.targets).toEqual([
      'Phong trào thi đua yêu nước giai đoạn 2025 - 2030 — Tổ dân phố đạt danh hiệu Tổ dân phố văn hóa'
    ])
    // Its subject cannot change under the registrations either.
    const moved = await fail('updateEmulationTitle', {
      id: residentialGroupTitleId,
      patch: { subject: 'collective' }
    })
    expect(moved.code).toBe('CONFLICT')
    const retired = await call<EmulationTitle>('updateEmulationTitle', {
      id: residentialGroupTitleId,
      patch: { active: false }
    })
    expect(retired.active).toBe(false)
    const regs = await call<unknown[]>('listRegistrations', { year: 2025 })
    expect(regs).toHaveLength(1)
  })
})

describe('deleting a unit of the ward', () => {
  it('deletes an unused unit; refuses one with records, naming years and proposals', async () => {
    const { call, fail } = await start()
    const [used, unused] = await createGroups(call, 2)
    await call('saveRegistration', {
      year: 2025,
      unitId: used?.id,
      titleId: residentialGroupTitleId
    })
    await call('saveHouseholdTally', { year: 2026, unitId: used?.id, households: 100, titled: 90 })
    await call<Proposal>('createProposal', {
      movementId: null,
      year: 2026,
      unitId: used?.id,
      number: '12/TTr-TDP',
      date: null,
      candidates: []
    })
    const refused = await fail('deleteUnits', { ids: [unused?.id, used?.id] })
    expect(refused).toMatchObject({ code: 'CONFLICT', details: { name: 'Tổ dân phố số 1' } })
    expect((refused.details as { uses: RecordUses }).uses).toEqual({
      registrations: [{ year: 2025, count: 1 }],
      tallies: [2026],
      targets: [],
      proposals: [{ year: 2026, number: '12/TTr-TDP' }]
    })
    // All or nothing: the unused one is still there.
    expect((await call<Unit[]>('listUnits', {})).map((u) => u.name)).toEqual([
      'Tổ dân phố số 1',
      'Tổ dân phố số 2'
    ])
    expect(await call('deleteUnits', { ids: [unused?.id] })).toEqual({ deleted: 1 })
    expect((await call<Unit[]>('listUnits', {})).map((u) => u.name)).toEqual(['Tổ dân phố số 1'])
  })
})

describe("a movement's targets are checked field by field", () => {
  it('refuses a milestone outside the period and a deadline before the start, naming the field', async () => {
    const { call, fail } = await start()
    const movement = await createWardMovement(call)
    const [first, ...rest] = movement.targets
    const late = await fail('updateMovement', {
      id: movement.id,
      patch: { targets: [{ ...first, milestones: [{ year: 2032, percent: 98 }] }, ...rest] }
    })
    expect(late).toMatchObject({
      code: 'INVALID_ARGUMENT',
      message: 'targets.0.milestones: the milestone year 2032 is outside 2025–2030',
      details: { issues: [{ path: ['targets', 0, 'milestones'], message: 'milestone-year' }] }
    })
    const early = await fail('updateMovement', {
      id: movement.id,
      patch: { targets: [first, { ...rest[0], deadlineYear: 2020 }, ...rest.slice(1)] }
    })
    expect(early.message).toBe(
      'targets.1.deadlineYear: the deadline 2020 is before the movement starts (2025)'
    )
    const kept = await call<Movement[]>('listMovements', {})
    expect(kept[0]?.targets.map((x) => [x.deadlineYear, x.milestones])).toEqual([
      [2030, []],
      [2030, []],
      [2030, []]
    ])
  })
})
