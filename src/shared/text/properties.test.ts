import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareVietnamese, compareVietnameseNames } from './collation'
import { duplicateKey } from './duplicate'
import { normalizeMultiline, normalizeText } from './normalize'
import { searchKey } from './search'
import { canonicalTonePlacement } from './tone'

/** Pieces of Vietnamese text, including decomposed accents and invisible characters. */
const pieces = [
  ...'aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂĐEÊOÔƠUƯ'.split(''),
  ...'àảãáạằẳẵắặầẩẫấậèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ'.split(''),
  ...['Nguyễn', 'Hòa', 'Hoà', 'thủy', 'thuỷ', 'quý', 'qúy', 'Ð', 'ð', 'gì', 'giữa'],
  '\u0300',
  '\u0301',
  '\u0303',
  '\u0309',
  '\u0323',
  '\u0302',
  '\u0306',
  '\u031B',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '\u00A0',
  '\u202F',
  '\u2007',
  '\u200B',
  '\u200D',
  '\u2060',
  '\uFEFF',
  '-',
  "'"
]
const vietnameseText = fc.string({ unit: fc.constantFrom(...pieces), maxLength: 30 })
const anyText = fc.oneof(vietnameseText, fc.string({ unit: 'binary', maxLength: 30 }))

/** Sign of a comparison, without the -0 that `Math.sign` may give. */
const sign = (n: number): number => (n > 0 ? 1 : n < 0 ? -1 : 0)

describe('properties', () => {
  it('normalizeText is idempotent and leaves no stray whitespace', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalizeText(s)
        expect(normalizeText(once)).toBe(once)
        expect(once).toBe(once.normalize('NFC'))
        expect(once).not.toMatch(/^\s|\s$|\s\s|[\u200B-\u200D\u2060\uFEFF\u00A0]/)
      })
    )
  })

  it('normalizeMultiline is idempotent', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const once = normalizeMultiline(s)
        expect(normalizeMultiline(once)).toBe(once)
        expect(once).not.toContain('\r')
      })
    )
  })

  it('searchKey ignores NFC/NFD and has no diacritics', () => {
    fc.assert(
      fc.property(anyText, (s) => {
        const key = searchKey(s.normalize('NFC'))
        expect(searchKey(s.normalize('NFD'))).toBe(key)
        expect(key.normalize('NFD')).not.toMatch(/\p{M}/u)
      })
    )
  })

  it('duplicateKey ignores NFC/NFD and is stable', () => {
    fc.assert(
      fc.property(vietnameseText, (s) => {
        const key = duplicateKey(s.normalize('NFC'))
        expect(duplicateKey(s.normalize('NFD'))).toBe(key)
        expect(duplicateKey(key)).toBe(key)
      })
    )
  })

  it('tone canonicalisation keeps the search key', () => {
    fc.assert(
      fc.property(vietnameseText, (s) => {
        expect(searchKey(canonicalTonePlacement(s))).toBe(searchKey(s))
      })
    )
  })

  it('comparators are antisymmetric', () => {
    fc.assert(
      fc.property(vietnameseText, vietnameseText, (a, b) => {
        expect(sign(compareVietnamese(a, b)) + sign(compareVietnamese(b, a))).toBe(0)
        expect(sign(compareVietnameseNames(a, b)) + sign(compareVietnameseNames(b, a))).toBe(0)
      })
    )
  })
})
