import { useQuery, type EntryKey } from '@pinia/colada'
import { toValue, watch, type MaybeRefOrGetter } from 'vue'

/**
 * A query whose answer a Pinia store keeps (screens written before the cache: events,
 * organisation, honours, agenda, certificate setup). The store's loader is the query function,
 * so the cache decides when it runs: when the screen opens, when its key changes, when a change
 * invalidates it. `onError` hears failures. New screens read `data` from a plain useQuery instead
 * (see README): only then does the cache also own which answer is shown.
 */
export function useStoreQuery<T>(
  key: MaybeRefOrGetter<EntryKey>,
  load: () => Promise<T>,
  onError: (error: unknown) => void,
  enabled: MaybeRefOrGetter<boolean> = true
) {
  const query = useQuery({ key: () => toValue(key), query: load, enabled })
  watch(query.error, (error) => {
    if (error) onError(error)
  })
  return query
}
