import type { Patch } from 'immer'

type Path = Patch['path']

const isPrefix = (a: Path, b: Path) => a.length <= b.length && a.every((part, i) => part === b[i])

/**
 * Where an inverse patch moves an array's items: an append taken back (`length` set to the old
 * length) or an item added or removed at an index. The items from `from` on are affected.
 */
function shiftOf(patch: Patch): { array: Path; from: number } | null {
  const last = patch.path[patch.path.length - 1]
  const array = patch.path.slice(0, -1)
  if (last === 'length' && typeof patch.value === 'number') return { array, from: patch.value }
  if ((patch.op === 'add' || patch.op === 'remove') && typeof last === 'number')
    return { array, from: last }
  return null
}

/** The index `patch` reaches inside `array`, or null when it does not go into it. */
function indexIn(array: Path, patch: Patch): number | 'length' | null {
  if (patch.path.length <= array.length || !isPrefix(array, patch.path)) return null
  const part = patch.path[array.length]
  return part === 'length' ? 'length' : typeof part === 'number' ? part : null
}

function clash(a: Patch, b: Patch): boolean {
  if (isPrefix(a.path, b.path) || isPrefix(b.path, a.path)) return true
  for (const [shifting, other] of [
    [a, b],
    [b, a]
  ] as const) {
    const shift = shiftOf(shifting)
    if (!shift) continue
    const index = indexIn(shift.array, other)
    if (index === null) continue
    if (index === 'length' || shiftOf(other) !== null || index >= shift.from) return true
  }
  return false
}

/**
 * True when taking back `target` (its inverse patches) would also touch what the later changes
 * (their inverse patches) wrote: the same record or field, or an array whose items they moved.
 * Inverse patches of independent changes (another delegate's name, an append to another list)
 * can be applied out of order; these cannot.
 */
export function undoOverlaps(target: readonly Patch[], later: readonly Patch[]): boolean {
  return target.some((a) => later.some((b) => clash(a, b)))
}
