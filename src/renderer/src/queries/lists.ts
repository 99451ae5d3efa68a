import type { EntryKey, QueryCache } from '@pinia/colada'

interface WithId {
  id: string
}

const upsert = <T extends WithId>(list: readonly T[], item: T): T[] =>
  list.some((x) => x.id === item.id)
    ? list.map((x) => (x.id === item.id ? item : x))
    : [...list, item]

/**
 * Shows a change's answer at once in the list held under `key` (replacing the record with its id,
 * else adding it), when that list has been read; a list not read yet is left to its query.
 */
export function upsertInList<T extends WithId>(cache: QueryCache, key: EntryKey, item: T): T {
  const list = cache.getQueryData<T[]>(key)
  if (list) cache.setQueryData(key, upsert(list, item))
  return item
}

/** Replaces `item` in every list under `root` that holds it (a record whose owner is not known). */
export function replaceInLists<T extends WithId>(cache: QueryCache, root: EntryKey, item: T): T {
  for (const entry of cache.getEntries({ key: root })) {
    const list = entry.state.value.data as T[] | undefined
    if (list?.some((x) => x.id === item.id)) cache.setQueryData(entry.key, upsert(list, item))
  }
  return item
}

/** Takes the record with `id` out of every list under `root`. */
export function removeFromLists(cache: QueryCache, root: EntryKey, id: string): void {
  for (const entry of cache.getEntries({ key: root })) {
    const list = entry.state.value.data as WithId[] | undefined
    if (list?.some((x) => x.id === id))
      cache.setQueryData(
        entry.key,
        list.filter((x) => x.id !== id)
      )
  }
}
