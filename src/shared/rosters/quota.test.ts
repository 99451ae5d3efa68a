import { describe, expect, it } from 'vitest'
import type { MemberFields, Quota } from './entities'
import { ageAt } from './member-traits'
import { checkQuota } from './quota'
import { compositionReport } from './composition'
import { diffRosterVersions } from './diff'

const person = (fields: Partial<MemberFields> = {}): { fields: MemberFields } => ({
  fields: {
    fullName: 'Nguyễn Văn An',
    familyAndMiddleOverride: null,
    givenNameOverride: null,
    gender: 'male',
    birthYear: 1980,
    birthDate: null,
    ethnicity: 'Kinh',
    religion: 'Không',
    position: '',
    unit: 'Tổ dân phố số 1',
    professionalLevel: 'Đại học',
    politicalTheoryLevel: 'Trung cấp',
    partyMember: true,
    partyJoinDate: null,
    category: 'Đại biểu chính thức',
    directlyWorking: false,
    phone: '',
    notes: '',
    custom: {},
    ...fields
  }
})

const delegation: Quota = {
  total: 8,
  minimums: [
    { criterion: 'women', minCount: null, minPercent: 30 },
    { criterion: 'under35', minCount: 1, minPercent: null },
    { criterion: 'ethnicMinority', minCount: 1, minPercent: null },
    { criterion: 'directlyWorking', minCount: 1, minPercent: 10 }
  ]
}

describe('ageAt', () => {
  it('counts exact years from a birth date and plain years from a birth year', () => {
    expect(ageAt({ birthYear: null, birthDate: '1990-09-13' }, '2025-09-12')).toBe(34)
    expect(ageAt({ birthYear: null, birthDate: '1990-09-12' }, '2025-09-12')).toBe(35)
    expect(ageAt({ birthYear: 1990, birthDate: null }, '2025-09-12')).toBe(35)
    expect(ageAt({ birthYear: 1990, birthDate: null }, null)).toBeNull()
    expect(ageAt({ birthYear: null, birthDate: null }, '2025-09-12')).toBeNull()
  })
})

describe('checkQuota', () => {
  it('passes a delegation that meets the total and every minimum share', () => {
    const members = [
      person({ gender: 'female' }),
      person({ gender: 'female', ethnicity: 'Tày' }),
      person({ gender: 'female', birthDate: '1991-01-02' }),
      person({ directlyWorking: true }),
      person(),
      person(),
      person(),
      person()
    ]
    const check = checkQuota(members, delegation, '2025-09-12')
    expect(check.ok).toBe(true)
    expect(check.shares.map((s) => [s.criterion, s.count, s.required, s.ok])).toEqual([
      ['women', 3, 3, true],
      ['under35', 1, 1, true],
      ['ethnicMinority', 1, 1, true],
      ['directlyWorking', 1, 1, true]
    ])
    expect(check.shares[0]?.percent).toBe(37.5)
  })

  it('fails a short share and a wrong total, and says which', () => {
    const members = [person({ gender: 'female' }), person({ gender: 'female' }), person()]
    const check = checkQuota(members, delegation, '2025-09-12')
    expect(check.ok).toBe(false)
    expect(check.totalOk).toBe(false)
    expect(check.count).toBe(3)
    // 30 % of the 8 allotted is 2.4 → at least 3 women; there are 2.
    expect(check.shares.find((s) => s.criterion === 'women')).toMatchObject({
      count: 2,
      required: 3,
      ok: false
    })
  })

  it('rounds percent minimums up on the members when no total is set', () => {
    const quota: Quota = {
      total: null,
      minimums: [{ criterion: 'women', minCount: null, minPercent: 25 }]
    }
    const five = [person({ gender: 'female' }), person(), person(), person(), person()]
    expect(checkQuota(five, quota, null).shares[0]).toMatchObject({ required: 2, ok: false })
    const four = five.slice(0, 4)
    expect(checkQuota(four, quota, null)).toMatchObject({ ok: true, totalOk: true })
  })

  it('counts under 35 at the event date, not today', () => {
    const quota: Quota = {
      total: null,
      minimums: [{ criterion: 'under35', minCount: 1, minPercent: null }]
    }
    const young = [person({ birthDate: '1990-09-13', birthYear: null })]
    expect(checkQuota(young, quota, '2025-09-12').ok).toBe(true)
    expect(checkQuota(young, quota, '2025-09-13').ok).toBe(false)
  })

  it('treats Kinh (any case or accents) and blanks as not a minority', () => {
    const quota: Quota = {
      total: null,
      minimums: [{ criterion: 'ethnicMinority', minCount: 2, minPercent: null }]
    }
    const members = [
      person({ ethnicity: 'KINH' }),
      person({ ethnicity: '' }),
      person({ ethnicity: 'Mường' }),
      person({ ethnicity: 'Hoa' })
    ]
    expect(checkQuota(members, quota, null).shares[0]).toMatchObject({ count: 2, ok: true })
  })
})

describe('compositionReport', () => {
  it('counts and percentages by section, blanks as unknown, most frequent first, units by name', () => {
    const members = [
      person({ gender: 'female', birthYear: 1999, unit: 'Đoàn Thanh niên' }),
      person({ gender: 'female', birthYear: 1970, partyMember: false }),
      person({ birthYear: 1960, religion: 'Phật giáo' }),
      person({ gender: null, birthYear: null })
    ]
    const report = compositionReport(members, { total: null, minimums: [] }, '2025-09-12')
    const section = (key: string) => report.sections.find((s) => s.key === key)?.rows ?? []
    expect(report.total).toBe(4)
    expect(section('gender').map((r) => [r.key, r.count, r.percent])).toEqual([
      ['male', 1, 25],
      ['female', 2, 50],
      ['unknown', 1, 25]
    ])
    expect(
      section('age')
        .filter((r) => r.count > 0)
        .map((r) => r.key)
    ).toEqual(['ageUnder30', 'age50to59', 'age60plus', 'unknown'])
    expect(section('religion').map((r) => r.label)).toEqual(['Không', 'Phật giáo'])
    expect(section('unit').map((r) => [r.label, r.count])).toEqual([
      ['Đoàn Thanh niên', 1],
      ['Tổ dân phố số 1', 3]
    ])
    expect(report.shares.find((s) => s.criterion === 'under35')?.count).toBe(1)
    expect(report.shares.find((s) => s.criterion === 'religious')?.count).toBe(1)
  })
})

describe('diffRosterVersions', () => {
  it('finds added, removed and changed members, by delegate or by member id', () => {
    const a = { id: 'm1', delegateId: 'd1', ...person({ fullName: 'Lê Thị Hoa' }) }
    const b = { id: 'm2', delegateId: null, ...person({ fullName: 'Trần Văn Bình' }) }
    const c = { id: 'm3', delegateId: 'd3', ...person({ fullName: 'Phạm Minh Châu' }) }
    const v1 = { number: 1, members: [a, b] }
    const aChanged = { ...a, id: 'other', ...person({ fullName: 'Lê Thị Hoa', unit: 'Tổ 7' }) }
    const v2 = { number: 2, members: [aChanged, c] }
    const diff = diffRosterVersions(v1, v2)
    expect(diff.fromVersion).toBe(1)
    expect(diff.added.map((m) => m.fields.fullName)).toEqual(['Phạm Minh Châu'])
    expect(diff.removed.map((m) => m.fields.fullName)).toEqual(['Trần Văn Bình'])
    expect(diff.changed).toEqual([
      { member: aChanged, changes: [{ field: 'unit', before: 'Tổ dân phố số 1', after: 'Tổ 7' }] }
    ])
    expect(diffRosterVersions(null, v1).added).toHaveLength(2)
  })
})
