import { describe, expect, it } from 'vitest'
import { attendanceLine, attendancePercent, quorumMet, quorumRequired } from './quorum'

const moreThanHalf = { numerator: 1, denominator: 2, strict: true }
const twoThirds = { numerator: 2, denominator: 3, strict: false }

describe('quorum arithmetic', () => {
  it('more than half of 120 summoned needs 61: 61 present meets it, 60 does not', () => {
    expect(quorumRequired(moreThanHalf, 120)).toBe(61)
    expect(quorumMet(moreThanHalf, 120, 61)).toBe(true)
    expect(quorumMet(moreThanHalf, 120, 60)).toBe(false)
  })
  it('more than half of an odd number: 121 needs 61, 1 needs 1', () => {
    expect(quorumRequired(moreThanHalf, 121)).toBe(61)
    expect(quorumRequired(moreThanHalf, 1)).toBe(1)
  })
  it('at least two thirds: 120 needs 80, 100 needs 67', () => {
    expect(quorumRequired(twoThirds, 120)).toBe(80)
    expect(quorumMet(twoThirds, 120, 79)).toBe(false)
    expect(quorumRequired(twoThirds, 100)).toBe(67)
  })
  it('no summoned delegates never makes a quorum', () => {
    expect(quorumMet(moreThanHalf, 0, 0)).toBe(false)
  })
  it('reads the attendance the way the MC announces it', () => {
    expect(attendancePercent(61, 120)).toBe(50.8)
    expect(attendanceLine(61, 120)).toBe('Có mặt 61/120 đại biểu, đạt 50,8%')
    expect(attendanceLine(120, 120)).toBe('Có mặt 120/120 đại biểu, đạt 100%')
  })
})
