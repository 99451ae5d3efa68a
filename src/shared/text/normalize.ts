/**
 * Text normalisation: the one path every text input (form, paste, import) goes through.
 * Runtime-neutral: plain string APIs only.
 */

/**
 * Invisible characters that are removed outright: zero-width (U+200B–U+200D, U+2060, U+FEFF),
 * the soft hyphen, and every bidirectional control (U+200E/F marks, U+202A–U+202E embeddings and
 * overrides, U+2066–U+2069 isolates, U+061C): Vietnamese never needs them, and an override
 * (U+202E) makes a name or a file name display as something other than what it is.
 */
const ZERO_WIDTH = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\u061C\uFEFF\u00AD]/g

/** No-break and figure spaces that become ordinary spaces. */
const NO_BREAK_SPACES = /[\u00A0\u202F\u2007]/g

/** Strip invisible characters, turn no-break spaces into spaces, then compose (NFC). */
function cleanCharacters(input: string): string {
  // Zero-width characters go first: one sitting between a letter and its combining
  // accent would otherwise stop NFC from composing the pair.
  return input.replace(ZERO_WIDTH, '').replace(NO_BREAK_SPACES, ' ').normalize('NFC')
}

/**
 * Normalise a single-line text value: NFC, no-break spaces → space, zero-width characters
 * (U+200B–U+200D, U+2060, U+FEFF, soft hyphen U+00AD) removed, every whitespace run
 * (including tabs and line breaks) collapsed to one space, trimmed.
 *
 * Does NOT replace suspect characters such as Ð; use {@link findSuspectCharacters}.
 */
export function normalizeText(input: string): string {
  return cleanCharacters(input).replace(/\s+/g, ' ').trim()
}

/**
 * Normalise a multi-line text value: like {@link normalizeText} but line breaks are kept.
 * CRLF, CR, U+2028 and U+2029 become LF; spaces within each line are collapsed and each
 * line is trimmed; leading and trailing blank lines are removed (inner blank lines stay).
 */
export function normalizeMultiline(input: string): string {
  const lines = cleanCharacters(input)
    .replace(/\r\n?|[\u2028\u2029]/g, '\n')
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
  let start = 0
  let end = lines.length
  while (start < end && lines[start] === '') start++
  while (end > start && lines[end - 1] === '') end--
  return lines.slice(start, end).join('\n')
}

/** One suspicious character found in a string, with the fix the UI may offer. */
export interface SuspectCharacter {
  /** UTF-16 index of the character in the string that was inspected. */
  index: number
  /** The character as found. */
  char: string
  /** Its code point, e.g. `'U+00D0'`. */
  codePoint: string
  /** The suggested replacement, or `null` when none can be guessed. */
  suggestion: string | null
  /** Stable machine-readable reason (the renderer translates it). */
  reason: SuspectReason
}

export type SuspectReason = 'WRONG_CODE_PAGE_ETH' | 'LOOKALIKE_D' | 'REPLACEMENT_CHARACTER'

const SUSPECTS: ReadonlyMap<string, { suggestion: string | null; reason: SuspectReason }> = new Map(
  [
    // Icelandic eth from a wrong code page (Windows-1252 vs Windows-1258) instead of Đ/đ.
    ['\u00D0', { suggestion: '\u0110', reason: 'WRONG_CODE_PAGE_ETH' }],
    ['\u00F0', { suggestion: '\u0111', reason: 'WRONG_CODE_PAGE_ETH' }],
    // African D, a visual lookalike of Đ/đ.
    ['\u0189', { suggestion: '\u0110', reason: 'LOOKALIKE_D' }],
    ['\u0256', { suggestion: '\u0111', reason: 'LOOKALIKE_D' }],
    // A decoder already lost the original character.
    ['\uFFFD', { suggestion: null, reason: 'REPLACEMENT_CHARACTER' }]
  ]
)

const ANY_SUSPECT = new RegExp(`[${[...SUSPECTS.keys()].join('')}]`)

function formatCodePoint(char: string): string {
  const cp = char.codePointAt(0) ?? 0
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`
}

/**
 * List the suspicious characters in `s` (Ð/ð from a wrong code page, lookalikes of Đ/đ,
 * U+FFFD) so the UI can offer a fix. Nothing is replaced here; indices refer to `s` as
 * given, so run it on the value you will show (normally the normalised one).
 */
export function findSuspectCharacters(s: string): SuspectCharacter[] {
  // one native scan for the usual value with none (an import checks every cell)
  if (!ANY_SUSPECT.test(s)) return []
  const found: SuspectCharacter[] = []
  for (let index = 0; index < s.length; index++) {
    const char = s.charAt(index)
    const suspect = SUSPECTS.get(char)
    if (suspect) {
      found.push({ index, char, codePoint: formatCodePoint(char), ...suspect })
    }
  }
  return found
}

/**
 * Apply the suggested replacements for suspects the user accepted (all of them when
 * `accepted` is omitted). Suspects without a suggestion are left as they are.
 */
export function applySuspectFixes(s: string, accepted?: readonly SuspectCharacter[]): string {
  const fixes = accepted ?? findSuspectCharacters(s)
  const chars = s.split('')
  for (const fix of fixes) {
    if (fix.suggestion !== null && chars[fix.index] === fix.char) {
      chars[fix.index] = fix.suggestion
    }
  }
  return chars.join('')
}
