import { describe, expect, it } from 'vitest'
import {
  decodeByFont,
  decodeTcvn3,
  decodeVni,
  encodeTcvn3,
  encodeVni,
  legacyEncodingOfFont
} from './legacy-encodings'

/** Every Vietnamese letter that carries a diacritic, lower case. */
const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']
const tones = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']
const lowerLetters = [
  ...vowels.flatMap((v) => tones.map((t) => (v + t).normalize('NFC'))),
  'đ'
].filter((l) => !/^[aeiouy]$/.test(l))
const upper = (s: string) => s.toLocaleUpperCase('vi').normalize('NFC')

describe('legacy encodings', () => {
  it('covers all 67 lower-case letters with diacritics', () => {
    expect(lowerLetters).toHaveLength(67)
  })

  it('decodes known TCVN3 and VNI strings (independent vectors)', () => {
    expect(decodeTcvn3('Céng hßa X· héi chñ nghÜa ViÖt Nam')).toBe(
      'Cộng hòa Xã hội chủ nghĩa Việt Nam'
    )
    expect(decodeTcvn3('§éc lËp - Tù do - H¹nh phóc')).toBe('Độc lập - Tự do - Hạnh phúc')
    expect(decodeTcvn3('céng hßa', true)).toBe('CỘNG HÒA')
    expect(decodeVni('Coäng hoøa Xaõ hoäi chuû nghóa Vieät Nam')).toBe(
      'Cộng hòa Xã hội chủ nghĩa Việt Nam'
    )
    expect(decodeVni('Ñoäc laäp - Töï do - Haïnh phuùc')).toBe('Độc lập - Tự do - Hạnh phúc')
    expect(decodeVni('NGUYEÃN THÒ MINH KHAI')).toBe('NGUYỄN THỊ MINH KHAI')
  })

  it.each(lowerLetters)('TCVN3 round trip of %s (both cases)', (letter) => {
    const code = encodeTcvn3(letter)
    expect(code).toHaveLength(1)
    // TCVN3 keeps ý at its Windows-1252 place.
    if (letter !== 'ý') expect(code).not.toBe(letter)
    expect(decodeTcvn3(code)).toBe(letter)
    // Toned capitals exist only through the H fonts.
    expect(decodeTcvn3(encodeTcvn3(upper(letter)), true)).toBe(upper(letter))
  })

  it('TCVN3 has its own codes for the bare capitals', () => {
    for (const capital of ['Ă', 'Â', 'Ê', 'Ô', 'Ơ', 'Ư', 'Đ']) {
      expect(decodeTcvn3(encodeTcvn3(capital))).toBe(capital)
    }
  })

  it.each(lowerLetters)('VNI round trip of %s (both cases)', (letter) => {
    for (const l of [letter, upper(letter)]) {
      const code = encodeVni(l)
      // VNI keeps í and ì at their Windows-1252 places.
      if (!/^[íìÍÌ]$/.test(l)) expect(code).not.toBe(l)
      expect(decodeVni(code)).toBe(l)
      expect(decodeVni(`x${code}x`)).toBe(`x${l}x`)
    }
  })

  it('decodes a whole name in every letter', () => {
    const text = lowerLetters.join(' ')
    expect(decodeVni(encodeVni(text))).toBe(text)
    expect(decodeVni(encodeVni(upper(text)))).toBe(upper(text))
    expect(decodeTcvn3(encodeTcvn3(text))).toBe(text)
  })

  it('tells the encoding from the font name', () => {
    expect(legacyEncodingOfFont('.VnTime')).toEqual({ encoding: 'tcvn3', capitals: false })
    expect(legacyEncodingOfFont('.VnTimeH')).toEqual({ encoding: 'tcvn3', capitals: true })
    expect(legacyEncodingOfFont('VNI-Times')).toEqual({ encoding: 'vni', capitals: false })
    expect(legacyEncodingOfFont('Times New Roman')).toBeNull()
    expect(legacyEncodingOfFont(undefined)).toBeNull()
  })

  it('leaves Unicode text in a legacy font alone', () => {
    expect(decodeByFont('Nguyễn Văn An', '.VnTime')).toEqual({
      text: 'Nguyễn Văn An',
      encoding: null
    })
    expect(decodeByFont('Lª V¨n B×nh', '.VnTime')).toEqual({
      text: 'Lê Văn Bình',
      encoding: 'tcvn3'
    })
    expect(decodeByFont('Leâ Vaên Bình', 'Arial').encoding).toBeNull()
  })
})
