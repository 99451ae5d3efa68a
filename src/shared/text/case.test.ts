import { describe, expect, it } from 'vitest'
import { toUpperVietnamese } from './case'

describe('toUpperVietnamese', () => {
  it('upper-cases Vietnamese letters and tones', () => {
    expect(toUpperVietnamese('nguyễn thị đào')).toBe('NGUYỄN THỊ ĐÀO')
    expect(toUpperVietnamese('trương ưng ơn ấn ặc')).toBe('TRƯƠNG ƯNG ƠN ẤN ẶC')
  })

  it('returns NFC even for NFD input', () => {
    const result = toUpperVietnamese('hoà bình'.normalize('NFD'))
    expect(result).toBe('HOÀ BÌNH')
    expect(result).toBe(result.normalize('NFC'))
  })
})
