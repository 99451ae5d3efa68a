import { defineStore } from 'pinia'
import { useQueryCache } from '@pinia/colada'
import { ref } from 'vue'
import type {
  Delegate,
  DelegateCategory,
  DelegateColumn,
  DelegatePatch,
  DelegateWarning,
  NewDelegate
} from '@shared/delegates/entities'
import { api } from '../api'
import { keys } from '../queries/keys'

type Setup = { categories: DelegateCategory[]; columns: DelegateColumn[] }

/**
 * The changes to an event's delegates. The delegates themselves are read through
 * queries/delegates.ts: each change puts its answer in that cache at once (one edited row among
 * 10,000 is replaced, not refetched) and invalidates what it makes stale.
 */
export const useDelegatesStore = defineStore('delegates', () => {
  const cache = useQueryCache()
  const eventId = ref<string | null>(null)
  const busy = ref(false)

  const id = () => eventId.value as string
  const setList = (change: (list: readonly Delegate[]) => readonly Delegate[]) =>
    cache.setQueryData(keys.delegates(id()), (list: readonly Delegate[] | undefined) =>
      change(list ?? [])
    )
  const setSetup = (change: Partial<Setup>) =>
    cache.setQueryData(keys.delegateSetup(id()), (setup: Setup | undefined) => ({
      categories: [],
      columns: [],
      ...setup,
      ...change
    }))
  const invalidate = (key: readonly string[]) => void cache.invalidateQueries({ key: [...key] })
  const refreshWarnings = () => invalidate(keys.delegateWarnings(id()))

  /** Reads everything again (after an import). */
  function reload(): void {
    invalidate(keys.delegates(id()))
    invalidate(keys.delegateSetup(id()))
    refreshWarnings()
  }

  async function mutate<T>(run: () => Promise<T>): Promise<T> {
    busy.value = true
    try {
      return await run()
    } finally {
      busy.value = false
    }
  }

  /** The categories the event gets with its first delegate appear after the first add. */
  async function create(
    fields: NewDelegate
  ): Promise<{ delegate: Delegate; warnings: DelegateWarning[] }> {
    const saved = await mutate(() => api.createDelegate({ eventId: id(), fields }))
    setList((list) => [...list, saved.delegate])
    invalidate(keys.delegateSetup(id()))
    refreshWarnings()
    return saved
  }

  async function update(delegateId: string, patch: DelegatePatch) {
    const saved = await mutate(() => api.updateDelegate({ id: delegateId, patch }))
    setList((list) => list.map((d) => (d.id === saved.delegate.id ? saved.delegate : d)))
    refreshWarnings()
    return saved
  }

  async function updateMany(ids: string[], patch: DelegatePatch): Promise<number> {
    const { updated } = await mutate(() => api.updateDelegates({ ids, patch }))
    invalidate(keys.delegates(id()))
    refreshWarnings()
    return updated
  }

  async function remove(ids: string[]): Promise<number> {
    const { deleted } = await mutate(() => api.deleteDelegates({ ids }))
    const doomed = new Set(ids)
    setList((list) => list.filter((d) => !doomed.has(d.id)))
    refreshWarnings()
    return deleted
  }

  async function saveCategories(
    next: { id: string | null; name: string; counted: boolean }[]
  ): Promise<void> {
    const categories = await mutate(() =>
      api.saveDelegateCategories({ eventId: id(), categories: next })
    )
    setSetup({ categories })
  }

  async function saveColumns(next: { id: string | null; label: string }[]): Promise<void> {
    const columns = await mutate(() => api.saveDelegateColumns({ eventId: id(), columns: next }))
    setSetup({ columns })
    invalidate(keys.delegates(id()))
  }

  return {
    eventId,
    busy,
    reload,
    refreshWarnings,
    create,
    update,
    updateMany,
    remove,
    saveCategories,
    saveColumns
  }
})
