import type { QueryCache } from '@pinia/colada'
import { onAppEventOf } from '../api'
import { dataParts, type DataChange } from '@shared/app-events'
import { partsReadBy, rootsChangedBy, type Root } from './keys'

/** A refetch that fails is the query's own error, shown where it is read; not an uncaught one. */
const settled = (refetch: Promise<unknown>): void => void refetch.catch(() => undefined)

/**
 * Marks stale (and refetches, when shown) what a change may have changed: the roots its entity
 * may reach (`rootsChangedBy`; every root for an entity not listed) that read a part it wrote.
 */
export function invalidateFor(cache: QueryCache, change: Omit<DataChange, 'entityId'>): void {
  const reached = rootsChangedBy[change.entity] ?? (Object.keys(partsReadBy) as Root[])
  for (const root of reached) {
    const reads = partsReadBy[root as Root] ?? dataParts
    if (reads.some((part) => change.parts.includes(part)))
      settled(cache.invalidateQueries({ key: [root] }))
  }
}

/** Everything may have changed (a restored backup): every query is fetched again when shown. */
export function invalidateAll(cache: QueryCache): void {
  settled(cache.invalidateQueries())
}

/**
 * The one way changes made elsewhere reach the screen: each `dataChanged` event from the app
 * (an edit in this or another window, an undo) invalidates the keys that read what it wrote.
 * Returns the unsubscribe function.
 */
export function invalidateOnDataChanged(cache: QueryCache): () => void {
  return onAppEventOf('dataChanged', (change) => invalidateFor(cache, change))
}
