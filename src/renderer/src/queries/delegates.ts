import { useQuery, useQueryCache } from '@pinia/colada'
import { computed, reactive, toValue, watch, type MaybeRefOrGetter } from 'vue'
import type { Delegate } from '@shared/delegates/entities'
import { api } from '../api'
import { useDelegatesStore } from '../stores/delegates'
import { keys } from './keys'

/**
 * Keeps the previous object of every record the new list has unchanged (same id and updatedAt),
 * so a refetch after one edit among 10,000 rows leaves the table's per-record caches warm.
 */
export function reuseUnchanged<T extends { id: string; updatedAt: string }>(
  previous: readonly T[] | undefined,
  next: readonly T[]
): readonly T[] {
  if (!previous || previous.length === 0) return next
  const before = new Map(previous.map((d) => [d.id, d]))
  return next.map((d) => {
    const old = before.get(d.id)
    return old && old.updatedAt === d.updatedAt ? old : d
  })
}

/** The event's delegates (the grid, and the rosters' member picker, share this key). */
export function useDelegateList(eventId: MaybeRefOrGetter<string>) {
  const cache = useQueryCache()
  return useQuery({
    key: () => keys.delegates(toValue(eventId)),
    query: async () => {
      const id = toValue(eventId)
      const next = await api.listDelegates({ eventId: id })
      return reuseUnchanged(cache.getQueryData<readonly Delegate[]>(keys.delegates(id)), next)
    }
  })
}

/**
 * What the delegates screen shows: the delegates, the event's categories and custom columns, and
 * the duplicate warnings, with the lookups the table needs. Changes go through the delegates
 * store, whose answers land in these queries.
 */
export function useDelegatesData(eventId: MaybeRefOrGetter<string>) {
  const store = useDelegatesStore()
  watch(
    () => toValue(eventId),
    (id) => (store.eventId = id),
    { immediate: true }
  )
  const list = useDelegateList(eventId)
  const setup = useQuery({
    key: () => keys.delegateSetup(toValue(eventId)),
    query: async () => {
      const id = toValue(eventId)
      const [categories, columns] = await Promise.all([
        api.listDelegateCategories({ eventId: id }),
        api.listDelegateColumns({ eventId: id })
      ])
      return { categories, columns }
    }
  })
  const warningList = useQuery({
    key: () => keys.delegateWarnings(toValue(eventId)),
    query: () => api.listDelegateWarnings({ eventId: toValue(eventId) })
  })

  const delegates = computed(() => list.data.value ?? [])
  const categories = computed(() => setup.data.value?.categories ?? [])
  const columns = computed(() => setup.data.value?.columns ?? [])
  const warnings = computed(() => warningList.data.value ?? [])
  return {
    data: reactive({
      delegates,
      categories,
      columns,
      warnings,
      loading: computed(() => list.isLoading.value),
      byId: computed(() => new Map(delegates.value.map((d) => [d.id, d]))),
      categoryName: computed(() => new Map(categories.value.map((c) => [c.id, c.name]))),
      warningIds: computed(() => new Set(warnings.value.flatMap((w) => w.delegateIds)))
    }),
    error: computed(() => list.error.value ?? setup.error.value)
  }
}
