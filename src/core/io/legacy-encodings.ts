/**
 * Vietnamese legacy 8-bit encodings as they appear inside spreadsheets: the text was typed with a
 * TCVN3 (.VnTime, .VnArial…) or VNI (VNI-Times, VNI-Helve…) font, so the stored characters are
 * the Windows-1252 reading of the legacy bytes ("Céng hßa" for "Cộng hòa"). Tables written from
 * the encodings' definitions: TCVN 5712:1993 (VN3, one byte per letter, lower case plus the seven
 * bare capitals) and VNI for Windows (a base letter followed by a mark byte).
 */

export type LegacyEncoding = 'tcvn3' | 'vni'

/** TCVN3 byte → Unicode letter (bytes read through Windows-1252, i.e. code point = byte). */
const tcvn3Bytes: Record<number, string> = {
  0xa1: 'Ă',
  0xa2: 'Â',
  0xa3: 'Ê',
  0xa4: 'Ô',
  0xa5: 'Ơ',
  0xa6: 'Ư',
  0xa7: 'Đ',
  0xa8: 'ă',
  0xa9: 'â',
  0xaa: 'ê',
  0xab: 'ô',
  0xac: 'ơ',
  0xad: 'ư',
  0xae: 'đ',
  0xb5: 'à',
  0xb6: 'ả',
  0xb7: 'ã',
  0xb8: 'á',
  0xb9: 'ạ',
  0xbb: 'ằ',
  0xbc: 'ẳ',
  0xbd: 'ẵ',
  0xbe: 'ắ',
  0xc6: 'ặ',
  0xc7: 'ầ',
  0xc8: 'ẩ',
  0xc9: 'ẫ',
  0xca: 'ấ',
  0xcb: 'ậ',
  0xcc: 'è',
  0xce: 'ẻ',
  0xcf: 'ẽ',
  0xd0: 'é',
  0xd1: 'ẹ',
  0xd2: 'ề',
  0xd3: 'ể',
  0xd4: 'ễ',
  0xd5: 'ế',
  0xd6: 'ệ',
  0xd7: 'ì',
  0xd8: 'ỉ',
  0xdc: 'ĩ',
  0xdd: 'í',
  0xde: 'ị',
  0xdf: 'ò',
  0xe1: 'ỏ',
  0xe2: 'õ',
  0xe3: 'ó',
  0xe4: 'ọ',
  0xe5: 'ồ',
  0xe6: 'ổ',
  0xe7: 'ỗ',
  0xe8: 'ố',
  0xe9: 'ộ',
  0xea: 'ờ',
  0xeb: 'ở',
  0xec: 'ỡ',
  0xed: 'ớ',
  0xee: 'ợ',
  0xef: 'ù',
  0xf1: 'ủ',
  0xf2: 'ũ',
  0xf3: 'ú',
  0xf4: 'ụ',
  0xf5: 'ừ',
  0xf6: 'ử',
  0xf7: 'ữ',
  0xf8: 'ứ',
  0xf9: 'ự',
  0xfa: 'ỳ',
  0xfb: 'ỷ',
  0xfc: 'ỹ',
  0xfd: 'ý',
  0xfe: 'ỵ'
}

/** VNI mark bytes (lower-case forms; the capital form is the byte − 0x20). */
const vniMark = {
  acute: 0xf9,
  grave: 0xf8,
  hook: 0xfb,
  tilde: 0xf5,
  dot: 0xef,
  circ: 0xe2,
  circAcute: 0xe1,
  circGrave: 0xe0,
  circHook: 0xe5,
  circTilde: 0xe3,
  circDot: 0xe4,
  breve: 0xea,
  breveAcute: 0xe9,
  breveGrave: 0xe8,
  breveHook: 0xfa,
  breveTilde: 0xfc,
  breveDot: 0xeb
} as const

/** VNI letters that are one byte of their own (lower case; capital = byte − 0x20). */
const vniSingles: Record<string, number> = {
  í: 0xed,
  ì: 0xec,
  ỉ: 0xe6,
  ĩ: 0xf3,
  ị: 0xf2,
  ơ: 0xf4,
  ư: 0xf6,
  ỵ: 0xee,
  đ: 0xf1
}

const toneMarks = ['acute', 'grave', 'hook', 'tilde', 'dot'] as const
const toneCombining: Record<(typeof toneMarks)[number], string> = {
  acute: '\u0301',
  grave: '\u0300',
  hook: '\u0309',
  tilde: '\u0303',
  dot: '\u0323'
}

/** Every lower-case Vietnamese letter with a diacritic → its VNI byte sequence. */
function buildVniLower(): Map<string, number[]> {
  const table = new Map<string, number[]>()
  const add = (letter: string, codes: number[]) => table.set(letter.normalize('NFC'), codes)
  const a = 0x61,
    e = 0x65,
    o = 0x6f,
    u = 0x75,
    y = 0x79
  for (const [base, code] of [
    ['a', a],
    ['e', e],
    ['o', o],
    ['u', u],
    ['y', y]
  ] as const) {
    for (const tone of toneMarks) add(base + toneCombining[tone], [code, vniMark[tone]])
  }
  // i takes single bytes (see vniSingles); ỵ too.
  const circ = {
    '': vniMark.circ,
    acute: vniMark.circAcute,
    grave: vniMark.circGrave,
    hook: vniMark.circHook,
    tilde: vniMark.circTilde,
    dot: vniMark.circDot
  }
  const breve = {
    '': vniMark.breve,
    acute: vniMark.breveAcute,
    grave: vniMark.breveGrave,
    hook: vniMark.breveHook,
    tilde: vniMark.breveTilde,
    dot: vniMark.breveDot
  }
  for (const [tone, mark] of Object.entries(circ)) {
    const t = tone === '' ? '' : toneCombining[tone as keyof typeof toneCombining]
    add('a\u0302' + t, [a, mark])
    add('e\u0302' + t, [e, mark])
    add('o\u0302' + t, [o, mark])
  }
  for (const [tone, mark] of Object.entries(breve)) {
    const t = tone === '' ? '' : toneCombining[tone as keyof typeof toneCombining]
    add('a\u0306' + t, [a, mark])
  }
  for (const tone of toneMarks) {
    add('o\u031b' + toneCombining[tone], [vniSingles['ơ'] as number, vniMark[tone]])
    add('u\u031b' + toneCombining[tone], [vniSingles['ư'] as number, vniMark[tone]])
  }
  for (const [letter, code] of Object.entries(vniSingles)) {
    if (!table.has(letter)) add(letter, [code])
  }
  table.delete('y\u0323'.normalize('NFC'))
  add('ỵ', [vniSingles['ỵ'] as number])
  return table
}

const upperOf = (s: string) => s.toLocaleUpperCase('vi').normalize('NFC')
/** Capital of a VNI byte: ASCII letters and mark bytes alike sit 0x20 lower. */
const upperCode = (code: number) => code - 0x20

const vniEncodeTable: Map<string, string> = (() => {
  const out = new Map<string, string>()
  for (const [letter, codes] of buildVniLower()) {
    out.set(letter, String.fromCharCode(...codes))
    out.set(upperOf(letter), String.fromCharCode(...codes.map(upperCode)))
  }
  return out
})()

const vniDecodeTable: Map<string, string> = new Map(
  [...vniEncodeTable].map(([letter, seq]) => [seq, letter])
)

const tcvn3DecodeTable: Map<string, string> = new Map(
  Object.entries(tcvn3Bytes).map(([byte, letter]) => [String.fromCharCode(Number(byte)), letter])
)
const tcvn3EncodeTable: Map<string, string> = new Map(
  [...tcvn3DecodeTable].map(([seq, letter]) => [letter, seq])
)

/**
 * TCVN3 text to Unicode (NFC). `capitalsFont` = an "H" font (.VnTimeH, .VnArialH) whose glyphs
 * show capitals for the lower-case codes, so the result is upper-cased as the reader saw it.
 */
export function decodeTcvn3(text: string, capitalsFont = false): string {
  let out = ''
  for (const ch of text) out += tcvn3DecodeTable.get(ch) ?? ch
  return (capitalsFont ? out.toLocaleUpperCase('vi') : out).normalize('NFC')
}

/** VNI text to Unicode (NFC): a letter and its mark byte become one letter. */
export function decodeVni(text: string): string {
  let out = ''
  for (let i = 0; i < text.length; i++) {
    const pair = vniDecodeTable.get(text.slice(i, i + 2))
    if (pair !== undefined) {
      out += pair
      i++
      continue
    }
    out += vniDecodeTable.get(text.charAt(i)) ?? text.charAt(i)
  }
  return out.normalize('NFC')
}

/**
 * Unicode to TCVN3 (tests and fixtures only). Capitals with a tone have no TCVN3 code: they
 * are written as their lower-case code, as offices did with the "H" fonts.
 */
export function encodeTcvn3(text: string): string {
  let out = ''
  for (const ch of text.normalize('NFC')) {
    out += tcvn3EncodeTable.get(ch) ?? tcvn3EncodeTable.get(ch.toLocaleLowerCase('vi')) ?? ch
  }
  return out
}

/** Unicode to VNI (tests and fixtures only). */
export function encodeVni(text: string): string {
  let out = ''
  for (const ch of text.normalize('NFC')) out += vniEncodeTable.get(ch) ?? ch
  return out
}

/** Which legacy encoding a cell's font name implies, if any. */
export function legacyEncodingOfFont(
  fontName: string | undefined
): { encoding: LegacyEncoding; capitals: boolean } | null {
  if (!fontName) return null
  const name = fontName.trim()
  if (/^\.vn/i.test(name)) {
    return { encoding: 'tcvn3', capitals: /h$/i.test(name) }
  }
  if (/^vni[-\s]/i.test(name)) return { encoding: 'vni', capitals: false }
  return null
}

/** Letters no Windows-1252 reading of TCVN3 or VNI bytes can produce. */
const unicodeVietnamese = /[ăđơưĂĐƠƯĩũĨŨ\u1ea0-\u1ef9\u0300-\u0323]/

/**
 * Character-frequency check before converting: text that already holds Unicode Vietnamese
 * letters (a Unicode paste into a cell that kept its old font) is left alone, and so is plain
 * ASCII.
 */
export function looksLegacyEncoded(text: string): boolean {
  if (unicodeVietnamese.test(text)) return false
  return /[\u00a0-\u00ff]/.test(text)
}

/** Converts `text` if its font says it is legacy-encoded and its characters agree. */
export function decodeByFont(
  text: string,
  fontName: string | undefined
): { text: string; encoding: LegacyEncoding | null } {
  const legacy = legacyEncodingOfFont(fontName)
  if (!legacy) return { text, encoding: null }
  if (legacy.encoding === 'tcvn3' && legacy.capitals && /^[\x20-\x7e]*$/.test(text)) {
    // An H font shows plain ASCII as capitals too.
    return text === text.toUpperCase()
      ? { text, encoding: null }
      : { text: text.toUpperCase(), encoding: 'tcvn3' }
  }
  if (!looksLegacyEncoded(text)) return { text, encoding: null }
  const decoded = legacy.encoding === 'tcvn3' ? decodeTcvn3(text, legacy.capitals) : decodeVni(text)
  return { text: decoded, encoding: legacy.encoding }
}

/**
 * TCVN3 has no codes for capitals with a tone mark, so names were typed "Hoµng ThÞ Ngäc ¸nh"
 * ("Ánh" written with a lower-case "á"). In a name whose other words are capitalised, a word
 * that starts in lower case gets its capital back.
 */
export function restoreTcvn3NameCapitals(name: string): string {
  const words = name.split(' ')
  const capitalised = words.filter(
    (w) => w !== '' && w.charAt(0) !== w.charAt(0).toLocaleLowerCase('vi')
  )
  if (words.length < 2 || capitalised.length < words.length - 1 - capitalised.length + 1)
    return name
  return words
    .map((w) => w.charAt(0).toLocaleUpperCase('vi') + w.slice(1))
    .join(' ')
    .normalize('NFC')
}
