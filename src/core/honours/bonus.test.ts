import { describe, expect, it } from 'vitest'
import type { AwardForm, Decision, Honoree } from '@shared/honours/entities'
import { bonusAmount, computeBonusTable } from './bonus'

describe('bonus amounts', () => {
  it('keeps the issue’s worked products exact and pays them rounded up to 10,000 VND', () => {
    // Individual: 0.3 × 2,340,000 = 702,000 → 710,000 paid.
    expect(bonusAmount(0.3, 2_340_000)).toEqual({ exact: 702_000, rounded: 710_000 })
    // Household: 1.5 × the individual's 702,000 = 1,053,000 → 1,060,000 (rounded once).
    expect(bonusAmount(1.5 * 0.3, 2_340_000)).toEqual({ exact: 1_053_000, rounded: 1_060_000 })
    // Collective: 2 × 702,000 = 1,404,000 → 1,410,000.
    expect(bonusAmount(0.6, 2_340_000)).toEqual({ exact: 1_404_000, rounded: 1_410_000 })
  })

  it('leaves exact multiples of 10,000 alone and never rounds down', () => {
    expect(bonusAmount(1, 2_340_000).rounded).toBe(2_340_000)
    expect(bonusAmount(0.1, 2_340_000)).toEqual({ exact: 234_000, rounded: 240_000 })
    expect(bonusAmount(0.3, 1_800_000).rounded).toBe(540_000)
    expect(bonusAmount(0.3, 1_800_001).rounded).toBe(550_000)
    expect(bonusAmount(0, 2_340_000).rounded).toBe(0)
  })

  it('refuses nonsense', () => {
    expect(() => bonusAmount(-1, 1)).toThrow()
    expect(() => bonusAmount(0.3, 1.5)).toThrow()
  })
})

const honoree = (id: string, kind: Honoree['kind'], extra: Partial<Honoree> = {}): Honoree => ({
  id,
  eventId: 'e1',
  kind,
  name: `Tên ${id}`,
  gender: kind === 'collective' ? null : 'male',
  posthumous: false,
  prefixOverride: null,
  positionLine: `Địa chỉ ${id}`,
  achievement: null,
  delegateId: null,
  official: false,
  notes: '',
  createdAt: '',
  updatedAt: '',
  ...extra
})

const awardForm: AwardForm = {
  id: 'gk',
  name: 'Giấy khen của Chủ tịch Ủy ban nhân dân phường',
  title: 'GIẤY KHEN',
  code: 'GK',
  rank: 20,
  multipliers: { collective: 0.6, individual: 0.3, household: 0.45 },
  registerFormat: '{n}',
  active: true
}

export const decisionFixture = (ids: Decision['honoreeIds']): Decision => ({
  id: 'd1',
  eventId: 'e1',
  number: '125',
  symbol: 'QĐ-UBND',
  date: '2025-09-05',
  signer: null,
  legalBases: [],
  proposingBody: '',
  subject: '',
  awardFormId: 'gk',
  baseSalary: 2_340_000,
  achievement: '',
  honoreeIds: ids,
  recipients: [],
  status: 'issued',
  issuedAt: null,
  issuedBy: null,
  createdAt: '',
  updatedAt: ''
})

describe('bonus table', () => {
  it('lists honorees in protocol order with totals per kind', () => {
    const hs = [
      honoree('c2', 'collective'),
      honoree('c1', 'collective'),
      honoree('i1', 'individual', { posthumous: true }),
      honoree('h1', 'household', { gender: 'female', name: 'Lê Thị Hoa' })
    ]
    const table = computeBonusTable({
      decision: decisionFixture({
        collective: ['c2', 'c1'],
        individual: ['i1'],
        household: ['h1']
      }),
      honorees: new Map(hs.map((h) => [h.id, h])),
      awardForm,
      registerNumbers: new Map([['c2', '7']])
    })
    expect(table.rows.map((r) => [r.honoreeId, r.amount, r.registerNumber])).toEqual([
      ['c2', 1_410_000, '7'],
      ['c1', 1_410_000, null],
      ['i1', 710_000, null],
      ['h1', 1_060_000, null]
    ])
    expect(table.rows[2]?.nameLine).toBe('Ông Tên i1 (truy tặng)')
    expect(table.rows[3]?.nameLine).toBe('Hộ gia đình bà Lê Thị Hoa')
    expect(table.totals).toEqual({
      collective: { count: 2, amount: 2_820_000 },
      individual: { count: 1, amount: 710_000 },
      household: { count: 1, amount: 1_060_000 }
    })
    expect(table.total).toBe(4_590_000)
  })

  it('pays nothing without an award form and names a missing honoree', () => {
    const h = honoree('i1', 'individual')
    const ids = { collective: [], individual: ['i1'], household: [] }
    const table = computeBonusTable({
      decision: decisionFixture(ids),
      honorees: new Map([[h.id, h]]),
      awardForm: null,
      registerNumbers: new Map()
    })
    expect(table.total).toBe(0)
    expect(() =>
      computeBonusTable({
        decision: decisionFixture({ ...ids, household: ['gone'] }),
        honorees: new Map([[h.id, h]]),
        awardForm,
        registerNumbers: new Map()
      })
    ).toThrow(/gone/)
  })
})
