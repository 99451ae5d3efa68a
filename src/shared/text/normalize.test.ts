import { describe, expect, it } from 'vitest'
import {
  applySuspectFixes,
  findSuspectCharacters,
  normalizeMultiline,
  normalizeText
} from './normalize'

const nfc = 'Nguyễn Văn Hoà'
const nfd = nfc.normalize('NFD')

describe('normalizeText', () => {
  it('makes NFC and NFD input equal', () => {
    expect(nfd).not.toBe(nfc)
    expect(normalizeText(nfd)).toBe(nfc)
    expect(normalizeText(nfc)).toBe(nfc)
  })

  it('turns no-break, narrow no-break and figure spaces into spaces', () => {
    expect(normalizeText('Nguyễn\u00A0Văn\u202FAn\u2007Bình')).toBe('Nguyễn Văn An Bình')
  })

  it('removes zero-width characters', () => {
    expect(normalizeText('\uFEFFNguy\u200Bễn\u200C V\u200Dăn\u2060 An')).toBe('Nguyễn Văn An')
  })

  it('composes an accent separated from its letter by a zero-width character', () => {
    expect(normalizeText('Ho\u200Ba\u0300')).toBe('Hoà')
  })

  it('collapses whitespace runs, tabs and line breaks, and trims', () => {
    expect(normalizeText('  Trần \t\t Thị\r\n  Bình \n')).toBe('Trần Thị Bình')
    expect(normalizeText(' \u00A0\u200B ')).toBe('')
    expect(normalizeText('')).toBe('')
  })

  it('does not replace Ð silently', () => {
    expect(normalizeText('Ðỗ Văn An')).toBe('Ðỗ Văn An')
  })
})

describe('normalizeMultiline', () => {
  it('keeps line breaks, normalising CRLF and CR', () => {
    expect(normalizeMultiline('Dòng một\r\nDòng hai\rDòng ba')).toBe('Dòng một\nDòng hai\nDòng ba')
  })

  it('collapses spaces within lines and trims each line', () => {
    expect(normalizeMultiline('  Kính  gửi:\t Ông\u00A0An  \n   Chủ tịch  ')).toBe(
      'Kính gửi: Ông An\nChủ tịch'
    )
  })

  it('keeps inner blank lines but drops leading and trailing ones', () => {
    expect(normalizeMultiline('\n\n Một \n\n Hai \n \n')).toBe('Một\n\nHai')
  })

  it('composes NFD and removes zero-width characters', () => {
    expect(normalizeMultiline(`${nfd}\u200B\n${nfd}`)).toBe(`${nfc}\n${nfc}`)
  })
})

describe('findSuspectCharacters', () => {
  it('flags Ð and ð (wrong code page) with Đ/đ suggested and their index', () => {
    const issues = findSuspectCharacters('Ðỗ Thị ðào')
    expect(issues).toEqual([
      {
        index: 0,
        char: '\u00D0',
        codePoint: 'U+00D0',
        suggestion: '\u0110',
        reason: 'WRONG_CODE_PAGE_ETH'
      },
      {
        index: 7,
        char: '\u00F0',
        codePoint: 'U+00F0',
        suggestion: '\u0111',
        reason: 'WRONG_CODE_PAGE_ETH'
      }
    ])
  })

  it('does not flag the real Đ/đ', () => {
    expect(findSuspectCharacters('Đỗ Thị Đào đẹp')).toEqual([])
  })

  it('flags lookalikes and the replacement character', () => {
    const issues = findSuspectCharacters('\u0189ào \uFFFD')
    expect(issues.map((i) => [i.index, i.suggestion, i.reason])).toEqual([
      [0, 'Đ', 'LOOKALIKE_D'],
      [4, null, 'REPLACEMENT_CHARACTER']
    ])
  })

  it('offers a fix that the caller applies explicitly', () => {
    const s = 'Ðỗ Thị ðào'
    expect(applySuspectFixes(s)).toBe('Đỗ Thị đào')
    const [first] = findSuspectCharacters(s)
    expect(applySuspectFixes(s, first ? [first] : [])).toBe('Đỗ Thị ðào')
    expect(applySuspectFixes('a\uFFFDb')).toBe('a\uFFFDb')
  })
})

describe('bidirectional controls', () => {
  it('are stripped, so a name or file name cannot display reversed', () => {
    const controls = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067']
    const more = ['\u2068', '\u2069', '\u200E', '\u200F', '\u061C']
    for (const c of [...controls, ...more]) {
      expect(normalizeText(`Nguy${c}ễn Văn An`)).toBe('Nguyễn Văn An')
      expect(normalizeMultiline(`a${c}\nb`)).toBe('a\nb')
    }
    expect(normalizeText('invoice\u202Efdp.exe')).toBe('invoicefdp.exe')
  })
})
