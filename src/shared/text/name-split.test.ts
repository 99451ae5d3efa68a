import { describe, expect, it } from 'vitest'
import { familyName, isNameSplitConsistent, splitVietnameseName } from './name-split'

describe('splitVietnameseName', () => {
  it('takes the last syllable as the given name', () => {
    expect(splitVietnameseName('Nguyễn Thị Minh Khai')).toEqual({
      familyAndMiddle: 'Nguyễn Thị Minh',
      given: 'Khai'
    })
    expect(splitVietnameseName('Trần An')).toEqual({ familyAndMiddle: 'Trần', given: 'An' })
  })

  it('treats a single word as the given name', () => {
    expect(splitVietnameseName('Khai')).toEqual({ familyAndMiddle: '', given: 'Khai' })
    expect(splitVietnameseName('  Khai  ')).toEqual({ familyAndMiddle: '', given: 'Khai' })
  })

  it('handles empty input', () => {
    expect(splitVietnameseName('')).toEqual({ familyAndMiddle: '', given: '' })
    expect(splitVietnameseName(' \u00A0 ')).toEqual({ familyAndMiddle: '', given: '' })
  })

  it('ignores extra, no-break and zero-width spaces and composes NFD', () => {
    expect(splitVietnameseName('  Nguyễn \t Văn\u00A0\u00A0 An\u200B ')).toEqual({
      familyAndMiddle: 'Nguyễn Văn',
      given: 'An'
    })
    expect(splitVietnameseName('Lê Thị Hoà'.normalize('NFD'))).toEqual({
      familyAndMiddle: 'Lê Thị',
      given: 'Hoà'
    })
  })

  it('uses a consistent override (ethnic-minority names)', () => {
    const override = { familyAndMiddle: 'Niê', given: 'H’ Hen' }
    expect(splitVietnameseName('Niê H’ Hen', override)).toEqual(override)
  })

  it('uses an override whose spacing or composition differs', () => {
    expect(
      splitVietnameseName('Tôn Thất Thuyết', { familyAndMiddle: ' Tôn  Thất ', given: 'Thuyết ' })
    ).toEqual({ familyAndMiddle: 'Tôn Thất', given: 'Thuyết' })
    expect(
      splitVietnameseName('Hoàng Thị Mai Anh', {
        familyAndMiddle: 'Hoàng Thị'.normalize('NFD'),
        given: 'Mai Anh'
      })
    ).toEqual({ familyAndMiddle: 'Hoàng Thị', given: 'Mai Anh' })
  })

  it('ignores an inconsistent override', () => {
    expect(
      splitVietnameseName('Nguyễn Văn An', { familyAndMiddle: 'Nguyễn', given: 'Văn Anh' })
    ).toEqual({ familyAndMiddle: 'Nguyễn Văn', given: 'An' })
    expect(
      splitVietnameseName('Nguyễn Văn An', { familyAndMiddle: 'Nguyễn Văn An', given: '' })
    ).toEqual({ familyAndMiddle: 'Nguyễn Văn', given: 'An' })
  })

  it('accepts an override that makes the whole name the given name', () => {
    expect(splitVietnameseName('Y Moan', { familyAndMiddle: '', given: 'Y Moan' })).toEqual({
      familyAndMiddle: '',
      given: 'Y Moan'
    })
  })
})

describe('isNameSplitConsistent', () => {
  it('checks that the override joins back to the full name', () => {
    expect(
      isNameSplitConsistent('Tôn Thất Thuyết', { familyAndMiddle: 'Tôn Thất', given: 'Thuyết' })
    ).toBe(true)
    expect(
      isNameSplitConsistent('Tôn Thất Thuyết', { familyAndMiddle: 'Tôn', given: 'Thuyết' })
    ).toBe(false)
    expect(isNameSplitConsistent('An', { familyAndMiddle: 'An', given: '' })).toBe(false)
  })
})

describe('familyName', () => {
  it('returns the first syllable of họ và đệm', () => {
    expect(familyName('Nguyễn Thị Minh Khai')).toBe('Nguyễn')
    expect(familyName('Trần An')).toBe('Trần')
    expect(familyName('Khai')).toBe('')
    expect(familyName('Y Moan', { familyAndMiddle: '', given: 'Y Moan' })).toBe('')
  })
})
