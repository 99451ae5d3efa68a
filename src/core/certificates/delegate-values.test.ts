import { describe, expect, it } from 'vitest'
import { seatLine } from './delegate-values'

describe("the card's seat line", () => {
  it('names a typed seat code and prints a hall plan label as it is', () => {
    expect(seatLine('A12')).toBe('Ghế: A12')
    expect(seatLine('Khu B, hàng 3, ghế 12')).toBe('Khu B, hàng 3, ghế 12')
    expect(seatLine('Đoàn Chủ tịch, ghế 2')).toBe('Đoàn Chủ tịch, ghế 2')
    expect(seatLine('  ')).toBe('')
  })
})
