import { describe, expect, it } from 'vitest'
import type { MemberFields, RosterMember } from '@shared/rosters/entities'
import { compositionTables, formatPercent } from './roster-layout'
import { titleLines } from './roster-pdf'

const person = (n: number, over: Partial<MemberFields>): RosterMember =>
  ({
    id: `m${n}`,
    delegateId: null,
    fields: {
      fullName: `Người ${n}`,
      familyAndMiddleOverride: null,
      givenNameOverride: null,
      gender: 'male',
      birthYear: 1980,
      birthDate: null,
      ethnicity: 'Kinh',
      religion: 'Không',
      position: '',
      unit: '',
      professionalLevel: '',
      politicalTheoryLevel: '',
      partyMember: false,
      partyJoinDate: null,
      category: 'Đại biểu chính thức',
      directlyWorking: false,
      phone: '',
      notes: '',
      ...over
    }
  }) as unknown as RosterMember

/** Members with these values, `count` of each. */
const members = (spec: [Partial<MemberFields>, number][]) => {
  let n = 0
  return spec.flatMap(([over, count]) => Array.from({ length: count }, () => person(++n, over)))
}

const section = (tables: ReturnType<typeof compositionTables>, heading: string) => {
  const rows = tables.sections.rows
  const start = rows.findIndex((r) => 'group' in r && r.group.endsWith(heading.toUpperCase()))
  expect(start, heading).toBeGreaterThanOrEqual(0)
  const out: string[][] = []
  for (const r of rows.slice(start + 1)) {
    if ('group' in r) break
    out.push(r.cells.slice(1))
  }
  return out
}

const noQuota = { total: null, minimums: [] }

describe('the composition report', () => {
  it('names what it reports on once', () => {
    expect(titleLines('composition', 'Đại biểu dự Đại hội')).toEqual([
      'BÁO CÁO',
      'CƠ CẤU ĐẠI BIỂU DỰ ĐẠI HỘI'
    ])
    expect(titleLines('composition', 'Hội nghị tổng kết')).toEqual([
      'BÁO CÁO',
      'CƠ CẤU ĐẠI BIỂU HỘI NGHỊ TỔNG KẾT'
    ])
  })

  it('orders degrees by rank, not by count, and keeps school grades apart', () => {
    const t = compositionTables(
      members([
        [{ professionalLevel: 'Trung cấp' }, 14],
        [{ professionalLevel: 'Đại học' }, 39],
        [{ professionalLevel: '12/12' }, 29],
        [{ professionalLevel: 'Thạc sĩ' }, 12],
        [{ professionalLevel: '9/12' }, 1],
        [{ professionalLevel: 'Cao đẳng' }, 25],
        [{ professionalLevel: 'Tiến sĩ' }, 1]
      ]),
      noQuota,
      '2025-09-12'
    )
    expect(section(t, 'Trình độ chuyên môn').map((r) => r[0])).toEqual([
      'Tiến sĩ',
      'Thạc sĩ',
      'Đại học',
      'Cao đẳng',
      'Trung cấp',
      'Chưa qua đào tạo'
    ])
    // a college degree or above means 12/12; "Trung cấp" admits from 9/12, so it stays unknown
    expect(section(t, 'Trình độ học vấn')).toEqual([
      ['12/12', '106', '87,6'],
      ['9/12', '1', '0,8'],
      ['Chưa rõ', '14', '11,6']
    ])
  })

  it('orders political theory by rank and writes every share with one decimal', () => {
    const t = compositionTables(
      members([
        [{ politicalTheoryLevel: 'Sơ cấp' }, 37],
        [{ politicalTheoryLevel: 'Không' }, 38],
        [{ politicalTheoryLevel: 'Cao cấp' }, 8],
        [{ politicalTheoryLevel: 'Trung cấp' }, 24]
      ]),
      noQuota,
      '2025-09-12'
    )
    expect(section(t, 'Lý luận chính trị').map((r) => r[0])).toEqual([
      'Cao cấp',
      'Trung cấp',
      'Sơ cấp',
      'Không'
    ])
    const percents = t.sections.rows.flatMap((r) => ('cells' in r ? [r.cells[3]!] : []))
    for (const p of percents) expect(p).toMatch(/^\d{1,3},\d$/)
    expect(formatPercent(7)).toBe('7,0')
    expect(formatPercent(100)).toBe('100,0')
    expect(formatPercent(6.06)).toBe('6,1')
  })

  it('sorts numbers inside unit names as numbers', () => {
    const t = compositionTables(
      members([
        [{ unit: 'Tổ dân phố số 10' }, 6],
        [{ unit: 'Tổ dân phố số 5' }, 6],
        [{ unit: 'Tổ dân phố số 2' }, 1],
        [{ unit: 'Ủy ban nhân dân phường' }, 8]
      ]),
      noQuota,
      '2025-09-12'
    )
    expect(section(t, 'Đơn vị, lĩnh vực').map((r) => r[0])).toEqual([
      'Tổ dân phố số 2',
      'Tổ dân phố số 5',
      'Tổ dân phố số 10',
      'Ủy ban nhân dân phường'
    ])
  })
})
