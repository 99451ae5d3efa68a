/**
 * Small models of the Telex and VNI input methods (as Unikey and EVKey apply them, one keystroke
 * at a time): enough to tell whether a scanner typing a code into a Vietnamese desktop gets the
 * code through unchanged. The whole input counts as one word, which combines more than the real
 * methods do (they start a new word at punctuation) — the stricter check.
 */
const vowels = 'aăâeêioôơuưy'
const baseOf = (ch: string) =>
  ch
    .normalize('NFD')
    .replace(/[\u0300\u0301\u0303\u0309\u0323]/g, '')
    .normalize('NFC')
    .toLowerCase()
const isVowel = (ch: string) => vowels.includes(baseOf(ch))
const tones: Record<string, string> = {
  s: '\u0301',
  f: '\u0300',
  r: '\u0309',
  x: '\u0303',
  j: '\u0323',
  '1': '\u0301',
  '2': '\u0300',
  '3': '\u0309',
  '4': '\u0303',
  '5': '\u0323'
}
const upperIf = (upper: boolean, s: string) => (upper ? s.toUpperCase() : s)

function lastVowelIndex(out: string[]): number {
  for (let i = out.length - 1; i >= 0; i--) if (isVowel(out[i]!)) return i
  return -1
}

/** Replaces the letter at i by `to` (lower case), keeping its case and tone. */
function reshape(out: string[], i: number, to: string): void {
  const ch = out[i]!
  const tone = ch.normalize('NFD').match(/[\u0300\u0301\u0303\u0309\u0323]/)?.[0] ?? ''
  const upper = ch !== ch.toLowerCase()
  out[i] = upperIf(upper, (to + tone).normalize('NFC'))
}

function setTone(out: string[], mark: string): boolean {
  const i = lastVowelIndex(out)
  if (i < 0) return false
  const ch = out[i]!
  const upper = ch !== ch.toLowerCase()
  out[i] = upperIf(upper, (baseOf(ch) + mark).normalize('NFC'))
  return true
}

const circumflex: Record<string, string> = { a: 'â', e: 'ê', o: 'ô' }
const breveHorn: Record<string, string> = { a: 'ă', o: 'ơ', u: 'ư' }

export function telex(keys: string): string {
  const out: string[] = []
  for (const key of keys) {
    const k = key.toLowerCase()
    const last = out[out.length - 1]
    const lastBase = last ? baseOf(last) : ''
    if (k === 'd' && lastBase === 'd') reshape(out, out.length - 1, 'đ')
    else if (circumflex[k] && lastBase === k) reshape(out, out.length - 1, circumflex[k]!)
    else if (k === 'w') {
      const i = lastVowelIndex(out)
      const b = i >= 0 ? baseOf(out[i]!) : ''
      if (breveHorn[b]) reshape(out, i, breveHorn[b]!)
      else out.push(upperIf(key !== k, 'ư'))
    } else if ('sfrxj'.includes(k) && setTone(out, tones[k]!)) continue
    else if (k === 'z' && setTone(out, '')) continue
    else if (key === '[') out.push('ơ')
    else if (key === ']') out.push('ư')
    else out.push(key)
  }
  return out.join('')
}

export function vni(keys: string): string {
  const out: string[] = []
  for (const key of keys) {
    const i = lastVowelIndex(out)
    const b = i >= 0 ? baseOf(out[i]!) : ''
    if (tones[key] && setTone(out, tones[key]!)) continue
    if (key === '0' && setTone(out, '')) continue
    if (key === '6' && circumflex[b]) reshape(out, i, circumflex[b]!)
    else if (key === '7' && (b === 'o' || b === 'u')) reshape(out, i, breveHorn[b]!)
    else if (key === '8' && b === 'a') reshape(out, i, 'ă')
    else if (key === '9' && out.some((c) => baseOf(c) === 'd')) {
      const d = out.map(baseOf).lastIndexOf('d')
      reshape(out, d, 'đ')
    } else out.push(key)
  }
  return out.join('')
}
