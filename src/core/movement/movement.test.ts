import { afterEach, describe, expect, it } from 'vitest'
import type { Movement, Registration, Unit } from '@shared/movement/entities'
import type { MovementProgress } from '@shared/movement/progress'
import type { AppService } from '../app-service'
import { residentialGroupTitleId } from '../schema/default-titles'
import {
  createGroups,
  createWardMovement,
  startMovementService,
  type Call
} from './testing/movement-harness'

const open: AppService[] = []
async function start() {
  const s = await startMovementService()
  open.push(s.service)
  return s
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})

/** Every group registers "Tổ dân phố văn hóa"; the first `achieved` achieve it. */
async function assess(call: Call, groups: Unit[], year: number, achieved: number) {
  for (const [i, g] of groups.entries())
    await call<Registration>('saveRegistration', {
      year,
      unitId: g.id,
      titleId: residentialGroupTitleId,
      result: i < achieved ? 'achieved' : 'not-achieved',
      ...(i < achieved ? {} : { reason: 'Còn hộ vi phạm trật tự đô thị' })
    })
}

const target = (p: MovementProgress, measure: string) => {
  const t = p.targets.find((x) => x.target.measure === measure)
  if (!t) throw new Error(`no ${measure} target`)
  return t
}

describe('the movement, its targets and a year of results', () => {
  it('57 of 60 groups meeting the standard does not meet "> 95 %"; 58 does', async () => {
    const { call } = await start()
    const movement = await createWardMovement(call)
    const groups = await createGroups(call, 60)
    await assess(call, groups, 2025, 57)
    let p = await call<MovementProgress>('getProgress', { movementId: movement.id, year: 2025 })
    const groupsTarget = target(p, 'achieved')
    expect(groupsTarget.current).toMatchObject({ count: 57, total: 60, met: false })
    expect(groupsTarget.shortfall).toBe(1)
    expect(groupsTarget.lagging.map((l) => l.name)).toEqual([
      'Tổ dân phố số 58',
      'Tổ dân phố số 59',
      'Tổ dân phố số 60'
    ])
    expect(groupsTarget.lagging[0]).toMatchObject({
      status: 'not-achieved',
      reason: 'Còn hộ vi phạm trật tự đô thị'
    })
    // Every group registered: "= 100 %" met.
    expect(target(p, 'registered').current).toMatchObject({ count: 60, total: 60, met: true })

    await call('saveRegistration', {
      year: 2025,
      unitId: groups[57]?.id,
      titleId: residentialGroupTitleId,
      result: 'achieved'
    })
    p = await call<MovementProgress>('getProgress', { year: 2025 })
    expect(target(p, 'achieved').current).toMatchObject({ count: 58, met: true })
    expect(target(p, 'achieved').lagging).toHaveLength(2)
  })

  it('"100 %" registered with one unit missing is not met, and names that unit', async () => {
    const { call } = await start()
    await createWardMovement(call)
    const groups = await createGroups(call, 4)
    const school = await call<Unit>('createUnit', {
      kind: 'school',
      name: 'Trường Tiểu học Tiền Phong',
      head: 'Lê Thị Hoa',
      headPosition: 'Hiệu trưởng',
      households: null
    })
    await assess(call, groups, 2026, 4)
    const p = await call<MovementProgress>('getProgress', {})
    expect(p.year).toBe(2026)
    const registered = target(p, 'registered')
    expect(registered.current).toMatchObject({ count: 4, total: 5, met: false })
    expect(registered.lagging).toEqual([
      expect.objectContaining({ unitId: school.id, status: 'not-registered' })
    ])
  })

  it('households at exactly 90.0 % do not meet "> 90 %"; the lists sent count as tallies', async () => {
    const { call, fail } = await start()
    await createWardMovement(call)
    const groups = await createGroups(call, 3, 100)
    for (const g of groups)
      await call('saveHouseholdTally', { year: 2025, unitId: g.id, titled: 90 })
    let p = await call<MovementProgress>('getProgress', { year: 2025 })
    expect(target(p, 'households-titled').current).toMatchObject({
      count: 270,
      total: 300,
      met: false
    })
    expect(target(p, 'households-titled').shortfall).toBe(1)
    // One group sends its list of 91 households instead of a count.
    const names = Array.from({ length: 91 }, (_, i) => `Hộ ông Nguyễn Văn ${i + 1}`)
    await call('saveHouseholdTally', { year: 2025, unitId: groups[0]?.id, names })
    p = await call<MovementProgress>('getProgress', { year: 2025 })
    const households = target(p, 'households-titled')
    expect(households.current).toMatchObject({ count: 271, met: true })
    expect(households.lagging.map((l) => [l.name, l.missing])).toEqual([
      ['Tổ dân phố số 2', 1],
      ['Tổ dân phố số 3', 1]
    ])
    const error = await fail('saveHouseholdTally', {
      year: 2025,
      unitId: groups[1]?.id,
      titled: 101
    })
    expect(error.code).toBe('INVALID_ARGUMENT')
  })

  it('the yearly series, the line to the deadline and the projection at the current pace', async () => {
    const { call } = await start()
    const movement = await createWardMovement(call)
    const groups = await createGroups(call, 20)
    await assess(call, groups, 2025, 16) // 80 %
    await assess(call, groups, 2026, 18) // 90 %
    const p = await call<MovementProgress>('getProgress', { movementId: movement.id })
    const t = target(p, 'achieved')
    expect(t.series.map((s) => [s.year, s.percent])).toEqual([
      [2025, 80],
      [2026, 90]
    ])
    expect(t.line).toEqual([
      { year: 2025, percent: 80 },
      { year: 2030, percent: 95 }
    ])
    // +10 points a year, capped at 100 %.
    expect(t.projection).toEqual({ year: 2030, percent: 100, met: true })
  })

  it('refuses a target on "achieved" without a title, and deleting a unit with records', async () => {
    const { call, fail } = await start()
    const [group] = await createGroups(call, 1)
    const bad = await fail('createMovement', {
      title: 'X',
      fromYear: 2025,
      toYear: 2030,
      targets: [
        {
          label: 'Y',
          measure: 'achieved',
          unitKinds: ['residential-group'],
          titleId: null,
          comparison: '>',
          percent: 95,
          deadlineYear: 2030,
          milestones: []
        }
      ]
    })
    expect(bad.code).toBe('INVALID_ARGUMENT')
    await call('saveRegistration', {
      year: 2025,
      unitId: group?.id,
      titleId: residentialGroupTitleId
    })
    expect((await fail('deleteUnits', { ids: [group?.id] })).code).toBe('CONFLICT')
    const movements = await call<Movement[]>('listMovements', {})
    expect(movements).toEqual([])
  })
})

describe("a period's records in one answer", () => {
  it('lists the registrations and tallies of the years asked for, and no others', async () => {
    const { call } = await start()
    const groups = await createGroups(call, 2)
    for (const year of [2024, 2025, 2030, 2031]) {
      await assess(call, groups, year, 1)
      await call('saveHouseholdTally', { year, unitId: groups[0]!.id, households: 100, titled: 91 })
    }
    const records = await call<{ registrations: Registration[]; tallies: { year: number }[] }>(
      'listMovementRecords',
      { fromYear: 2025, toYear: 2030 }
    )
    expect(records.registrations.map((r) => r.year)).toEqual([2025, 2025, 2030, 2030])
    expect(records.tallies.map((t) => t.year)).toEqual([2025, 2030])
  })
})

describe('several titles per unit in a year, and individuals', () => {
  it("keeps a unit's titles and its people's titles apart, and renames a person by id", async () => {
    const { call, fail } = await start()
    const [agency] = await createGroups(call, 1)
    const unitId = agency!.id
    const base = { year: 2026, unitId }
    await call('saveRegistration', { ...base, titleId: residentialGroupTitleId })
    await call('saveRegistration', { ...base, titleId: 'title-tt-ldtt', result: 'achieved' })
    const an = await call<Registration>('saveRegistration', {
      ...base,
      titleId: 'title-ldtt',
      personName: 'Nguyễn Văn An'
    })
    await call('saveRegistration', { ...base, titleId: 'title-ldtt', personName: 'Trần Thị Bình' })
    expect(
      (await fail('saveRegistration', { ...base, titleId: 'title-cstdcs', personName: ' ' })).code
    ).toBe('INVALID_ARGUMENT')

    const renamed = await call<Registration>('saveRegistration', {
      ...base,
      id: an.id,
      titleId: 'title-ldtt',
      personName: 'Nguyễn Văn Ân'
    })
    expect(renamed).toMatchObject({ id: an.id, personName: 'Nguyễn Văn Ân' })
    const taken = await fail('saveRegistration', {
      ...base,
      id: an.id,
      titleId: 'title-ldtt',
      personName: 'Trần Thị Bình'
    })
    expect(taken.code).toBe('CONFLICT')

    const regs = await call<Registration[]>('listRegistrations', { year: 2026 })
    expect(regs.map((r) => [r.titleId, r.personName, r.result]).sort()).toEqual(
      [
        [residentialGroupTitleId, '', 'pending'],
        ['title-tt-ldtt', '', 'achieved'],
        ['title-ldtt', 'Nguyễn Văn Ân', 'pending'],
        ['title-ldtt', 'Trần Thị Bình', 'pending']
      ].sort()
    )
  })
})
