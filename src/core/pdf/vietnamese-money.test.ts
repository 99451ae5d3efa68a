import { describe, expect, it } from 'vitest'
import { formatVnd, numberInWords, vndInWords } from './vietnamese-money'

describe('Vietnamese money', () => {
  it('separates thousands with dots', () => {
    expect(formatVnd(0)).toBe('0')
    expect(formatVnd(710_000)).toBe('710.000')
    expect(formatVnd(33_210_000)).toBe('33.210.000')
    expect(formatVnd(1_234_567_890)).toBe('1.234.567.890')
  })

  it('reads numbers the way offices write them', () => {
    const cases: [number, string][] = [
      [5, 'năm'],
      [10, 'mười'],
      [15, 'mười lăm'],
      [21, 'hai mươi mốt'],
      [25, 'hai mươi lăm'],
      [105, 'một trăm linh năm'],
      [110, 'một trăm mười'],
      [1_005, 'một nghìn không trăm linh năm'],
      [710_000, 'bảy trăm mười nghìn'],
      [1_060_000, 'một triệu không trăm sáu mươi nghìn'],
      [33_210_000, 'ba mươi ba triệu hai trăm mười nghìn'],
      [2_000_000_000, 'hai tỷ'],
      [1_500_000_000_000, 'một nghìn năm trăm tỷ']
    ]
    for (const [n, words] of cases) expect(numberInWords(n), String(n)).toBe(words)
    expect(vndInWords(1_410_000)).toBe('Một triệu bốn trăm mười nghìn đồng')
  })
})
