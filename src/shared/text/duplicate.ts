import { normalizeText } from './normalize'
import { canonicalTonePlacement } from './tone'

/**
 * A key for duplicate detection: two names with the same key are probably the same person.
 * It sees through NFC/NFD, case, spacing, invisible characters, the wrong-code-page Ð/ð
 * (treated as Đ/đ) and old/new tone placement (hòa/hoà, thủy/thuỷ, khỏe/khoẻ, quý/qúy), but
 * keeps different tones and letters apart ("Hòa" ≠ "Hóa", "An" ≠ "Ân").
 */
export function duplicateKey(name: string): string {
  const lower = normalizeText(name)
    .toLocaleLowerCase('vi')
    .replace(/ð/g, 'đ')
    .replace(/\u0256/g, 'đ')
  return canonicalTonePlacement(lower)
}

/** True when two names have the same {@link duplicateKey}. */
export function isProbableDuplicate(a: string, b: string): boolean {
  return duplicateKey(a) === duplicateKey(b)
}
