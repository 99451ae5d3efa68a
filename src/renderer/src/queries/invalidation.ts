import type { QueryCache } from '@pinia/colada'
import { onAppEventOf } from '../api'
import { rootsChangedBy } from './keys'

/** Marks stale (and refetches, when shown) what a change to `entity` may have changed. */
export function invalidateFor(cache: QueryCache, entity: string): void {
  const roots = rootsChangedBy[entity]
  if (!roots) {
    void cache.invalidateQueries()
    return
  }
  for (const root of roots) void cache.invalidateQueries({ key: [root] })
}

/** Everything may have changed (a restored backup): every query is fetched again when shown. */
export function invalidateAll(cache: QueryCache): void {
  void cache.invalidateQueries()
}

/**
 * The one way changes made elsewhere reach the screen: each `dataChanged` event from the app
 * (an edit in this or another window, an undo) invalidates the keys its entity may touch.
 * Returns the unsubscribe function.
 */
export function invalidateOnDataChanged(cache: QueryCache): () => void {
  return onAppEventOf('dataChanged', ({ entity }) => invalidateFor(cache, entity))
}
