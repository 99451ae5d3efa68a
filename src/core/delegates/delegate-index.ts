import type { Delegate } from '@shared/delegates/entities'
import { delegateDuplicateKey } from '@shared/delegates/records'

/** Where each delegate is in one committed delegates array, and who shares a name in an event. */
export interface DelegateIndex {
  readonly array: readonly Delegate[]
  /** id → position in `array` */
  readonly positions: ReadonlyMap<string, number>
  /** event id + duplicate key of the name → ids */
  readonly namesakes: ReadonlyMap<string, ReadonlySet<string>>
}

interface MutableIndex {
  array: readonly Delegate[]
  positions: Map<string, number>
  namesakes: Map<string, Set<string>>
}

const groupKey = (d: Delegate) => `${d.eventId}\u0000${delegateDuplicateKey(d)}`

let latest: MutableIndex | null = null

function build(array: readonly Delegate[]): MutableIndex {
  const index: MutableIndex = { array, positions: new Map(), namesakes: new Map() }
  array.forEach((d, i) => add(index, d, i))
  return index
}

function add(index: MutableIndex, d: Delegate, at: number): void {
  index.positions.set(d.id, at)
  const key = groupKey(d)
  const group = index.namesakes.get(key)
  if (group) group.add(d.id)
  else index.namesakes.set(key, new Set([d.id]))
}

function remove(index: MutableIndex, d: Delegate, at: number): void {
  if (index.positions.get(d.id) === at) index.positions.delete(d.id)
  const key = groupKey(d)
  const group = index.namesakes.get(key)
  group?.delete(d.id)
  if (group?.size === 0) index.namesakes.delete(key)
}

/**
 * The index of a delegates array; a committed (frozen) one is remembered. An edit replaces the array but keeps every
 * unchanged record by reference, so the index of the previous array is carried over by comparing
 * slots — no record is read except the changed ones — instead of reading 10,000 records per edit.
 */
export function delegateIndexOf(array: readonly Delegate[]): DelegateIndex {
  if (!Object.isFrozen(array)) return build(array)
  if (latest?.array === array) return latest
  if (latest && latest.array.length === array.length) {
    const previous = latest.array
    const changed: number[] = []
    for (let i = 0; i < array.length; i++) if (previous[i] !== array[i]) changed.push(i)
    if (changed.length <= 64) {
      for (const i of changed) remove(latest, previous[i]!, i)
      for (const i of changed) add(latest, array[i]!, i)
      latest.array = array
      return latest
    }
  }
  latest = build(array)
  return latest
}

/** The records of an event whose names are equal under duplicateKey to `delegate`'s. */
export function namesakesOf(array: readonly Delegate[], delegate: Delegate): Delegate[] {
  const index = delegateIndexOf(array)
  const ids = index.namesakes.get(groupKey(delegate)) ?? new Set<string>()
  return [...ids].map((id) => array[index.positions.get(id)!]!)
}
