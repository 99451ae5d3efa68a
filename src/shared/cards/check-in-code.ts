/**
 * Check-in codes printed in a delegate card's QR code and typed by USB scanners, often into a
 * computer with a Vietnamese input method on. Telex and VNI only combine keys after a vowel
 * (tones, â ê ô ă ơ ư), after d (đ) or on w (ư): a code made of consonants other than D and W,
 * digits and "-" reaches the application exactly as printed.
 *
 * Shape: `<delegate number>-<10 signature characters>`, e.g. `42-KX7TBM9QRZ`.
 */
export const checkInAlphabet = 'BCFGHJKLMNPQRSTVXZ0123456789'
export const checkInSeparator = '-'
export const checkInSignatureLength = 10

export const checkInCodePattern = new RegExp(
  `^([0-9]{1,6})${checkInSeparator}([${checkInAlphabet}]{${checkInSignatureLength}})$`
)

/**
 * What a scanner typed, tidied: spaces dropped, upper-cased (a scanner typing with Caps Lock
 * on sends lower case). Null when it cannot be a check-in code at all.
 */
export function parseCheckInCode(typed: string): { number: number; signature: string } | null {
  const tidy = typed.normalize('NFC').replace(/\s+/g, '').toUpperCase()
  const m = checkInCodePattern.exec(tidy)
  if (!m) return null
  return { number: Number(m[1]), signature: m[2]! }
}
