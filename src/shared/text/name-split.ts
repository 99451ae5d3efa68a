import { normalizeText } from './normalize'

/** A full name split into "họ và đệm" (family + middle names) and "tên" (given name). */
export interface NameSplit {
  /** Họ và đệm: everything before the given name ('' for a single-word name). */
  familyAndMiddle: string
  /** Tên: the given name, by default the last syllable. */
  given: string
}

/** A manual split (compound family names, ethnic-minority names). */
export type NameSplitOverride = NameSplit

function joinSplit(split: NameSplit): string {
  return normalizeText(`${split.familyAndMiddle} ${split.given}`)
}

/**
 * True when `override` splits `fullName` without changing it: its parts, normalised and
 * joined with one space, give the normalised full name, and the given name is not empty.
 */
export function isNameSplitConsistent(fullName: string, override: NameSplitOverride): boolean {
  const given = normalizeText(override.given)
  if (given === '') return false
  return joinSplit(override) === normalizeText(fullName)
}

/**
 * Split a Vietnamese full name: the given name is the last syllable, the rest is họ và đệm.
 * "Nguyễn Thị Minh Khai" → { familyAndMiddle: "Nguyễn Thị Minh", given: "Khai" }.
 * A single word is the given name. Input is normalised (NFC, spaces collapsed) first.
 *
 * `override` wins when it is consistent with the full name (see
 * {@link isNameSplitConsistent}); an inconsistent override is ignored, so a stale override
 * never produces a name that differs from what was typed.
 */
export function splitVietnameseName(fullName: string, override?: NameSplitOverride): NameSplit {
  if (override && isNameSplitConsistent(fullName, override)) {
    return {
      familyAndMiddle: normalizeText(override.familyAndMiddle),
      given: normalizeText(override.given)
    }
  }
  const name = normalizeText(fullName)
  const lastSpace = name.lastIndexOf(' ')
  if (lastSpace === -1) return { familyAndMiddle: '', given: name }
  return { familyAndMiddle: name.slice(0, lastSpace), given: name.slice(lastSpace + 1) }
}

/**
 * The family name (họ): the first syllable of họ và đệm, or '' for a single-word name.
 * For compound family names ("Tôn Thất", "Nguyễn Phúc") this is only the first syllable.
 */
export function familyName(fullName: string, override?: NameSplitOverride): string {
  const { familyAndMiddle } = splitVietnameseName(fullName, override)
  if (familyAndMiddle === '') return ''
  const space = familyAndMiddle.indexOf(' ')
  return space === -1 ? familyAndMiddle : familyAndMiddle.slice(0, space)
}
