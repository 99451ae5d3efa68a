const tones = ['', '\u0300', '\u0309', '\u0303', '\u0301', '\u0323']
const vowels = ['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y']
const consonants = 'bcdđghklmnpqrstvx'.split('')

const lower = [
  ...vowels.flatMap((v) => tones.map((t) => (v + t).normalize('NFC'))),
  ...consonants,
  'f',
  'j',
  'w',
  'z'
]

/** Every letter of Vietnamese, lower and upper case, precomposed (NFC): 2 × 93 letters. */
export const vietnameseLetters: readonly string[] = [
  ...lower,
  ...lower.map((l) => l.toLocaleUpperCase('vi').normalize('NFC'))
]

/** The letters of `text`'s alphabet a font lacks, in order, without repeats. */
export function missingCharacters(text: string, has: (codePoint: number) => boolean): string {
  const missing = new Set<string>()
  for (const ch of text) {
    const cp = ch.codePointAt(0)!
    if (cp < 0x20 || cp === 0x20 || cp === 0xa0) continue
    if (!has(cp)) missing.add(ch)
  }
  return [...missing].join('')
}
