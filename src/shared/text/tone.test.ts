import { describe, expect, it } from 'vitest'
import { canonicalTonePlacement, canonicalToneSyllable, decomposeSyllable } from './tone'

describe('decomposeSyllable', () => {
  it('separates the letters from the tone', () => {
    expect(decomposeSyllable('Hòa')).toEqual({ letters: 'Hoa', tone: 'huyen', toneIndex: 1 })
    expect(decomposeSyllable('hoà')).toEqual({ letters: 'hoa', tone: 'huyen', toneIndex: 2 })
    expect(decomposeSyllable('Nguyễn')).toEqual({ letters: 'Nguyên', tone: 'nga', toneIndex: 4 })
    expect(decomposeSyllable('người'.normalize('NFD'))).toEqual({
      letters: 'ngươi',
      tone: 'huyen',
      toneIndex: 3
    })
    expect(decomposeSyllable('an')).toEqual({ letters: 'an', tone: 'ngang', toneIndex: -1 })
  })

  it('reads every tone', () => {
    const tones = ['ma', 'mà', 'mả', 'mã', 'má', 'mạ'].map((s) => decomposeSyllable(s)?.tone)
    expect(tones).toEqual(['ngang', 'huyen', 'hoi', 'nga', 'sac', 'nang'])
  })

  it('rejects several tone marks', () => {
    expect(decomposeSyllable('hòá')).toBeNull()
    expect(decomposeSyllable('')).toBeNull()
  })
})

describe('canonicalToneSyllable', () => {
  it.each([
    ['hòa', 'hoà'],
    ['hoà', 'hoà'],
    ['Hóa', 'Hoá'],
    ['thủy', 'thuỷ'],
    ['khỏe', 'khoẻ'],
    ['óa', 'oá'],
    ['úy', 'uý'],
    ['qúy', 'quý'],
    ['quý', 'quý'],
    ['ngòai', 'ngoài'],
    ['khủyu', 'khuỷu'],
    ['hùynh', 'huỳnh'],
    ['hòan', 'hoàn'],
    ['cuả', 'của'],
    ['taì', 'tài'],
    ['mía', 'mía'],
    ['giữa', 'giữa'],
    ['gìn', 'gìn'],
    ['gì', 'gì'],
    ['người', 'người'],
    ['rượu', 'rượu'],
    ['thuở', 'thuở'],
    ['Nguyễn', 'Nguyễn'],
    ['tiếng', 'tiếng'],
    ['Đỗ', 'Đỗ'],
    ['HÒA', 'HOÀ'],
    ['Thủy'.normalize('NFD'), 'Thuỷ']
  ])('%s → %s', (input, expected) => {
    expect(canonicalToneSyllable(input)).toBe(expected)
  })

  it('returns non-syllables unchanged (NFC)', () => {
    expect(canonicalToneSyllable('ǹa')).toBe('ǹa') // tone on a consonant
    expect(canonicalToneSyllable('hòá')).toBe('hòá') // two tones
    expect(canonicalToneSyllable('bàoan')).toBe('bàoan') // two vowel groups
    expect(canonicalToneSyllable('123')).toBe('123')
    expect(canonicalToneSyllable('')).toBe('')
  })
})

describe('canonicalTonePlacement', () => {
  it('re-places the tone in every word', () => {
    expect(canonicalTonePlacement('Nguyễn Thị Thủy-Hòa')).toBe('Nguyễn Thị Thuỷ-Hoà')
    expect(canonicalTonePlacement('Ủy ban nhân dân')).toBe('Uỷ ban nhân dân')
  })
})
