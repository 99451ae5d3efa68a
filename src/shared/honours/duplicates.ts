import { duplicateKey } from '../text'
import type { Honoree } from './entities'

type Compared = Pick<Honoree, 'id' | 'kind' | 'name' | 'positionLine'>

/** Honorees that are probably one and the same, listed once each group. */
export interface HonoreeDuplicate {
  honoreeIds: string[]
  /** The name as typed by the first of them. */
  name: string
}

/**
 * Probable duplicates among honorees, as delegates have them: the same kind and a name equal under
 * {@link duplicateKey} (NFC/NFD, case, spacing, Ð for Đ, hòa/hoà), unless their position or
 * address lines tell them apart. A line left empty tells nobody apart.
 */
export function findDuplicateHonorees(honorees: readonly Compared[]): HonoreeDuplicate[] {
  const byName = new Map<string, Compared[]>()
  for (const h of honorees) {
    const name = duplicateKey(h.name)
    if (name === '') continue
    const key = `${h.kind}\u0000${name}`
    byName.set(key, [...(byName.get(key) ?? []), h])
  }
  const found: HonoreeDuplicate[] = []
  for (const group of byName.values()) {
    if (group.length < 2) continue
    const byLine = new Map<string, Compared[]>()
    for (const h of group) {
      const line = duplicateKey(h.positionLine)
      byLine.set(line, [...(byLine.get(line) ?? []), h])
    }
    const unplaced = byLine.get('') ?? []
    if (unplaced.length > 0 || byLine.size === 1) {
      found.push({ honoreeIds: group.map((h) => h.id), name: group[0]!.name })
      continue
    }
    for (const same of byLine.values())
      if (same.length > 1) found.push({ honoreeIds: same.map((h) => h.id), name: same[0]!.name })
  }
  return found
}
