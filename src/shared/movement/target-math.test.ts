import { describe, expect, it } from 'vitest'
import { formatShare, goalLabel, meetsTarget, neededCount } from './target-math'

describe('target arithmetic (the worked examples of the 2030 targets)', () => {
  it('57 of 60 groups is 95 % and does not meet "> 95 %"', () => {
    expect(meetsTarget({ count: 57, total: 60 }, '>', 95)).toBe(false)
    expect(formatShare({ count: 57, total: 60 }, 95)).toBe('95')
  })

  it('58 of 60 groups meets "> 95 %"', () => {
    expect(meetsTarget({ count: 58, total: 60 }, '>', 95)).toBe(true)
  })

  it('"= 100 %" with one unit missing is not met; with none missing it is', () => {
    expect(meetsTarget({ count: 59, total: 60 }, '=', 100)).toBe(false)
    expect(meetsTarget({ count: 60, total: 60 }, '=', 100)).toBe(true)
  })

  it('households at exactly 90.0 % do not meet "> 90 %"; one more household does', () => {
    expect(meetsTarget({ count: 10_800, total: 12_000 }, '>', 90)).toBe(false)
    expect(meetsTarget({ count: 10_801, total: 12_000 }, '>', 90)).toBe(true)
    expect(meetsTarget({ count: 10_800, total: 12_000 }, '>=', 90)).toBe(true)
  })

  it('is exact where floats are not (0.1 + 0.2 style shares)', () => {
    // 7 of 70 is exactly 10 %: floats give 10.000000000000002
    expect(meetsTarget({ count: 7, total: 70 }, '>', 10)).toBe(false)
    expect(meetsTarget({ count: 7, total: 70 }, '=', 10)).toBe(true)
    expect(meetsTarget({ count: 181, total: 200 }, '>', 90.5)).toBe(false)
    expect(meetsTarget({ count: 182, total: 200 }, '>', 90.5)).toBe(true)
  })

  it('nothing to count is neither met nor missed', () => {
    expect(meetsTarget({ count: 0, total: 0 }, '>', 95)).toBeNull()
    expect(formatShare({ count: 0, total: 0 })).toBe('–')
  })

  it('the count needed to meet a target', () => {
    expect(neededCount(60, '>', 95)).toBe(58)
    expect(neededCount(60, '>=', 95)).toBe(57)
    expect(neededCount(60, '=', 100)).toBe(60)
    expect(neededCount(12_000, '>', 90)).toBe(10_801)
    expect(neededCount(60, '>', 100)).toBeNull()
  })

  it('never shows a share rounded up into the target', () => {
    // 94.983 % must not read "95" against "> 95 %"
    expect(formatShare({ count: 5699, total: 6000 }, 95)).toBe('94,9')
    // 95.0167 % meets "> 95 %" and must not read as exactly 95
    expect(formatShare({ count: 5701, total: 6000 }, 95)).toBe('95,01')
    expect(formatShare({ count: 10_800, total: 12_000 }, 90)).toBe('90')
    expect(formatShare({ count: 2, total: 3 })).toBe('66,6')
  })

  it('labels goals the way the plan writes them', () => {
    expect(goalLabel('>', 95)).toBe('> 95 %')
    expect(goalLabel('=', 100)).toBe('= 100 %')
    expect(goalLabel('>=', 90.5)).toBe('≥ 90,5 %')
  })
})
