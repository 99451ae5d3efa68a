/**
 * Vietnamese tone marks and tone placement.
 *
 * The same syllable may carry its tone mark on different vowels depending on the spelling
 * convention ("hòa" old style, "hoà" new style). Both are different strings even after NFC.
 * {@link canonicalToneSyllable} re-places the tone by one rule so keys can treat them as equal.
 */

/** The six tones: ngang (none), huyền, hỏi, ngã, sắc, nặng. */
export type VietnameseTone = 'ngang' | 'huyen' | 'hoi' | 'nga' | 'sac' | 'nang'

/** Combining tone marks (as found after NFD) and the tone each one writes. */
const TONE_BY_MARK: ReadonlyMap<string, VietnameseTone> = new Map([
  ['\u0300', 'huyen'],
  ['\u0309', 'hoi'],
  ['\u0303', 'nga'],
  ['\u0301', 'sac'],
  ['\u0323', 'nang']
])

/** Plain and modified vowels (lower case, NFC, without tone). */
const VOWELS = new Set(['a', 'ă', 'â', 'e', 'ê', 'i', 'o', 'ô', 'ơ', 'u', 'ư', 'y'])
/** Vowels carrying a breve, circumflex or horn: they take the tone first. */
const MODIFIED_VOWELS = new Set(['ă', 'â', 'ê', 'ô', 'ơ', 'ư'])
/** Consonant letters, including f j w z which appear in loan words and minority names. */
const CONSONANTS = new Set('bcdđfghjklmnpqrstvwxz'.split(''))
/** The vowel nuclei of Vietnamese syllables (after a "qu"/"gi" onset is taken off). */
const NUCLEI = new Set(
  [
    'a ă â e ê i o ô ơ u ư y',
    'ai ao au ay âu ây eo êu ia iê iu oa oă oe oi oo ôi ôô ơi ua uâ uê ui uô uơ uy ưa ưi ươ ưu yê',
    'iêu oai oao oay oeo uây uôi uya uyê uyu ươi ươu yêu'
  ]
    .join(' ')
    .split(' ')
)
/** Open two-vowel nuclei whose tone goes on the second vowel in the new style. */
const SECOND_VOWEL_NUCLEI = new Set(['oa', 'oe', 'uy'])

/** A letter of a syllable: the letter without tone (NFC, case kept) and its tone mark. */
interface Letter {
  letter: string
  lower: string
  tones: string[]
}

/** A syllable split into letters without tone, plus the one tone it carries. */
export interface DecomposedSyllable {
  /** The letters without tone mark, NFC, case kept (e.g. "Hoa" for "Hoà"). */
  letters: string
  /** The tone carried by the syllable. */
  tone: VietnameseTone
  /** Index of the letter (base letter plus any non-tone marks) that carried the tone, or -1. */
  toneIndex: number
}

function splitLetters(syllable: string): Letter[] | null {
  const result: Letter[] = []
  for (const ch of syllable.normalize('NFD')) {
    if (/\p{M}/u.test(ch)) {
      const current = result[result.length - 1]
      if (!current) return null
      if (TONE_BY_MARK.has(ch)) current.tones.push(ch)
      else current.letter += ch
    } else {
      result.push({ letter: ch, lower: '', tones: [] })
    }
  }
  for (const l of result) {
    l.letter = l.letter.normalize('NFC')
    l.lower = l.letter.toLowerCase()
  }
  return result
}

/**
 * Split one syllable into its letters without tone and its tone. Returns `null` for empty
 * text, text starting with a combining mark, or more than one tone mark.
 */
export function decomposeSyllable(syllable: string): DecomposedSyllable | null {
  const letters = splitLetters(syllable)
  if (!letters || letters.length === 0) return null
  let tone: VietnameseTone = 'ngang'
  let toneIndex = -1
  for (let i = 0; i < letters.length; i++) {
    const marks = letters[i]?.tones ?? []
    if (marks.length === 0) continue
    if (marks.length > 1 || toneIndex !== -1) return null
    tone = TONE_BY_MARK.get(marks[0] ?? '') ?? 'ngang'
    toneIndex = i
  }
  return { letters: letters.map((l) => l.letter).join(''), tone, toneIndex }
}

/**
 * Where the tone goes in a syllable, by the new-style ("kiểu mới") rule, or -1 when the
 * letters do not form a Vietnamese syllable (onset consonants, a known vowel nucleus, coda
 * consonants).
 *
 * - "qu" and "gi" before another vowel belong to the onset (quý, giữa).
 * - A vowel with breve/circumflex/horn takes the tone; of two (ươ) the second one.
 * - Otherwise, with a final consonant: the last vowel (hoàn, huỳnh).
 * - Otherwise, three vowels: the middle one (ngoài, khuỷu).
 * - Otherwise, two vowels: the second for oa, oe, uy (hoà, khoẻ, thuỷ), else the first (tài, của).
 */
function tonePosition(lower: readonly string[]): number {
  let i = 0
  while (i < lower.length && CONSONANTS.has(lower[i] ?? '')) i++
  const first = lower[0]
  const second = lower[1]
  if (i === 1 && lower.length > 2 && VOWELS.has(lower[2] ?? '')) {
    // "qu" + vowel and "gi" + vowel: the u/i is part of the onset.
    if ((first === 'q' && second === 'u') || (first === 'g' && second === 'i')) i = 2
  }
  const start = i
  while (i < lower.length && VOWELS.has(lower[i] ?? '')) i++
  const end = i
  while (i < lower.length && CONSONANTS.has(lower[i] ?? '')) i++
  if (i !== lower.length) return -1 // something that is neither vowel nor consonant, or a second vowel group
  const nucleus = lower.slice(start, end)
  if (!NUCLEI.has(nucleus.join(''))) return -1
  const hasCoda = end < lower.length

  let modified = -1
  nucleus.forEach((v, k) => {
    if (MODIFIED_VOWELS.has(v)) modified = k
  })
  if (modified !== -1) return start + modified
  if (hasCoda) return end - 1
  if (nucleus.length === 3) return start + 1
  if (nucleus.length === 2) return SECOND_VOWEL_NUCLEI.has(nucleus.join('')) ? start + 1 : start
  return start
}

/**
 * Re-place the tone of one syllable by a single rule (new style: "hoà", "khoẻ", "thuỷ",
 * "quý"), so that old- and new-style spellings give the same string. Case is kept.
 * The result is NFC. Text that is not a recognisable syllable (no letters, several tone
 * marks, a tone on a consonant, unknown letters) is returned unchanged apart from NFC,
 * so different strings are never merged by accident.
 */
export function canonicalToneSyllable(syllable: string): string {
  let known = canonicalSyllables.get(syllable)
  if (known === undefined) {
    known = placeTone(syllable)
    // a language has a few thousand syllables; the bound only guards against odd input
    if (canonicalSyllables.size >= 20_000) canonicalSyllables.clear()
    canonicalSyllables.set(syllable, known)
  }
  return known
}

/** Names repeat their syllables thousands of times in a list: each is placed once. */
const canonicalSyllables = new Map<string, string>()

function placeTone(syllable: string): string {
  const nfc = syllable.normalize('NFC')
  const letters = splitLetters(nfc)
  if (!letters || letters.length === 0) return nfc
  const toneCarriers = letters.filter((l) => l.tones.length > 0)
  if (toneCarriers.length === 0) return nfc
  if (toneCarriers.length > 1 || (toneCarriers[0]?.tones.length ?? 0) > 1) return nfc
  const carrier = toneCarriers[0]
  if (!carrier || !VOWELS.has(carrier.lower)) return nfc
  const position = tonePosition(letters.map((l) => l.lower))
  if (position === -1) return nfc
  const mark = carrier.tones[0] ?? ''
  return letters
    .map((l, k) => (k === position ? l.letter + mark : l.letter))
    .join('')
    .normalize('NFC')
}

/**
 * Apply {@link canonicalToneSyllable} to every run of letters in `text` (words separated by
 * spaces, hyphens, apostrophes… are handled one by one). The result is NFC.
 */
export function canonicalTonePlacement(text: string): string {
  return text.normalize('NFC').replace(/[\p{L}\p{M}]+/gu, (run) => canonicalToneSyllable(run))
}
