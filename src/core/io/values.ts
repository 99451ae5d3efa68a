import { isRealDate } from '@shared/dates/calendar-date'
import { searchKey } from '@shared/text'

/** Parsing of one cell's text into the canonical value formats (see records.ts). */

export interface ParsedDate {
  iso: string
  /** Day and month both ≤ 12 and different: read as day/month but worth a look. */
  ambiguous: boolean
}

const pad2 = (n: number) => String(n).padStart(2, '0')

/** Parts of a text date: `d/m/yyyy` (also `-` and `.`) or ISO `yyyy-mm-dd`. */
export function dateParts(text: string): { a: number; b: number; y: number; iso: boolean } | null {
  const t = text.trim()
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t)
  if (m) return { y: Number(m[1]), a: Number(m[3]), b: Number(m[2]), iso: true }
  m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t)
  if (m) return { a: Number(m[1]), b: Number(m[2]), y: Number(m[3]), iso: false }
  return null
}

/**
 * A text date, day first as Vietnamese offices write it. `monthFirst` when the column shows
 * itself to be month/day (some value has a second part > 12 and none a first part > 12).
 */
export function parseTextDate(
  text: string,
  monthFirst = false,
  columnIsDayFirst = false
): ParsedDate | null {
  const parts = dateParts(text)
  if (!parts) return null
  const day = parts.iso || !monthFirst ? parts.a : parts.b
  const month = parts.iso || !monthFirst ? parts.b : parts.a
  if (!isRealDate(parts.y, month, day) || parts.y < 1850 || parts.y > 2200) return null
  const ambiguous =
    !parts.iso &&
    !columnIsDayFirst &&
    !monthFirst &&
    parts.a <= 12 &&
    parts.b <= 12 &&
    parts.a !== parts.b
  return { iso: `${parts.y}-${pad2(month)}-${pad2(day)}`, ambiguous }
}

export function parseYear(text: string): number | null {
  const t = text.trim()
  if (!/^\d{4}$/.test(t)) return null
  const year = Number(t)
  return year >= 1900 && year <= 2200 ? year : null
}

const maleWords = new Set(['nam', 'male', 'm', 'ong', 'trai'])
const femaleWords = new Set(['nu', 'female', 'f', 'ba', 'gai'])

/** "Nam"/"Nữ" and friends; `undefined` for something unreadable, '' for empty. */
export function parseGender(text: string): 'male' | 'female' | '' | undefined {
  const key = searchKey(text)
  if (key === '') return ''
  if (maleWords.has(key)) return 'male'
  if (femaleWords.has(key)) return 'female'
  return undefined
}

const yesWords = new Set([
  'x',
  'co',
  'c',
  '1',
  'true',
  'yes',
  'y',
  'v',
  'dang vien',
  'dv',
  'la dang vien',
  '✓',
  '✔',
  'ok'
])
const noWords = new Set(['', '0', 'khong', 'k', 'false', 'no', 'n', '-'])

export function parseBoolean(text: string): boolean | undefined {
  const key = searchKey(text)
  if (yesWords.has(key)) return true
  if (noWords.has(key)) return false
  return undefined
}

type HonoreeKindWord = 'collective' | 'individual' | 'household'

const kindWords: [RegExp, HonoreeKindWord][] = [
  [/^(tap the|collective)\b/, 'collective'],
  [/^(ca nhan|individual)\b/, 'individual'],
  [/^(ho gia dinh|gia dinh|household)\b/, 'household']
]

/** The last text asked about: every row under one section heading asks about the same one. */
let lastKind: { text: string; kind: HonoreeKindWord | undefined } | null = null

/** The honoree kind named by a cell or by a section heading ("II. CÁ NHÂN"). */
export function parseKind(text: string): HonoreeKindWord | undefined {
  if (lastKind?.text === text) return lastKind.kind
  const key = searchKey(text)
    .replace(/^(?:[ivx]+|[a-z]|\d+)\s*[.)/-]\s*/, '')
    .trim()
  let kind: HonoreeKindWord | undefined
  for (const [pattern, k] of kindWords)
    if (pattern.test(key)) {
      kind = k
      break
    }
  lastKind = { text, kind }
  return kind
}
