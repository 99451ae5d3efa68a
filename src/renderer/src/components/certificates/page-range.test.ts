import { describe, expect, it } from 'vitest'
import { formatPositions, parsePositions } from './page-range'

describe('parsePositions', () => {
  it('reads single pages and ranges in any order, without duplicates', () => {
    expect(parsePositions('9, 3 7-9;5', 31)).toEqual({ ok: true, positions: [3, 5, 7, 8, 9] })
    expect(parsePositions('5', 31)).toEqual({ ok: true, positions: [5] })
    expect(parsePositions(' ', 31)).toEqual({ ok: true, positions: [] })
  })

  it('reads a range typed with spaces around its dash as one range', () => {
    expect(parsePositions('7 - 9, 12 – 13', 31)).toEqual({ ok: true, positions: [7, 8, 9, 12, 13] })
    expect(parsePositions('7 -', 31)).toEqual({ ok: false, bad: '7-' })
  })

  it('names the first part that is not a page of the batch', () => {
    expect(parsePositions('3, 0', 31)).toEqual({ ok: false, bad: '0' })
    expect(parsePositions('30-32', 31)).toEqual({ ok: false, bad: '30-32' })
    expect(parsePositions('9-7', 31)).toEqual({ ok: false, bad: '9-7' })
    expect(parsePositions('a', 31)).toEqual({ ok: false, bad: 'a' })
  })

  it('formats positions back as runs', () => {
    expect(formatPositions([9, 3, 7, 8, 5])).toBe('3, 5, 7-9')
    expect(formatPositions([])).toBe('')
  })
})
