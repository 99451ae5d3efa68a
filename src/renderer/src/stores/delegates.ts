import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type {
  Delegate,
  DelegateCategory,
  DelegateColumn,
  DelegatePatch,
  DelegateWarning,
  NewDelegate
} from '../../../shared/delegates/entities'
import { api, onAppEventOf } from '../api'

/** Changes made elsewhere (undo, import, restore) that mean the list must be fetched again. */
const reloadOn = new Set(['delegate', 'import', 'backup', 'event', 'roster'])

export const useDelegatesStore = defineStore('delegates', () => {
  const eventId = ref<string | null>(null)
  /** Replaced, never mutated in place: the table derives its order and filters from it. */
  const delegates = shallowRef<readonly Delegate[]>([])
  const categories = ref<DelegateCategory[]>([])
  const columns = ref<DelegateColumn[]>([])
  const warnings = shallowRef<DelegateWarning[]>([])
  const loading = ref(false)
  const busy = ref(false)
  let loadSeq = 0
  /** dataChanged events our own calls will cause, so they do not trigger a reload. */
  const expected: string[] = []
  let unsubscribe: (() => void) | null = null
  let reloadTimer: ReturnType<typeof setTimeout> | null = null

  const byId = computed(() => new Map(delegates.value.map((d) => [d.id, d])))
  const categoryName = computed(() => new Map(categories.value.map((c) => [c.id, c.name])))
  const warningIds = computed(() => new Set(warnings.value.flatMap((w) => w.delegateIds)))

  function listen(): void {
    if (unsubscribe) return
    unsubscribe = onAppEventOf('dataChanged', ({ entity, entityId }) => {
      const mark = `${entity}:${entityId}`
      const index = expected.findIndex((e) => e === mark || e === `${entity}:*`)
      if (index >= 0) {
        expected.splice(index, 1)
        return
      }
      if (!reloadOn.has(entity) || !eventId.value) return
      if (reloadTimer) clearTimeout(reloadTimer)
      reloadTimer = setTimeout(() => void reload().catch(() => undefined), 100)
    })
  }

  async function refreshWarnings(): Promise<void> {
    if (!eventId.value) return
    const id = eventId.value
    const next = await api.listDelegateWarnings({ eventId: id })
    if (eventId.value === id) warnings.value = next
  }

  async function load(id: string): Promise<void> {
    listen()
    const seq = ++loadSeq
    if (eventId.value !== id) {
      delegates.value = []
      warnings.value = []
    }
    eventId.value = id
    loading.value = true
    try {
      const [list, cats, cols] = await Promise.all([
        api.listDelegates({ eventId: id }),
        api.listDelegateCategories({ eventId: id }),
        api.listDelegateColumns({ eventId: id })
      ])
      if (seq !== loadSeq) return
      delegates.value = list
      categories.value = cats
      columns.value = cols
    } finally {
      if (seq === loadSeq) loading.value = false
    }
    void refreshWarnings().catch(() => undefined)
  }

  const reload = () => (eventId.value ? load(eventId.value) : Promise.resolve())

  function replace(updated: readonly Delegate[]): void {
    const changed = new Map(updated.map((d) => [d.id, d]))
    delegates.value = delegates.value.map((d) => changed.get(d.id) ?? d)
  }

  async function mutate<T>(marks: string[], run: () => Promise<T>): Promise<T> {
    expected.push(...marks)
    busy.value = true
    try {
      return await run()
    } catch (error) {
      for (const mark of marks) {
        const index = expected.lastIndexOf(mark)
        if (index >= 0) expected.splice(index, 1)
      }
      throw error
    } finally {
      busy.value = false
    }
  }

  /** The categories the event gets with its first delegate appear here after the first add. */
  async function create(
    fields: NewDelegate
  ): Promise<{ delegate: Delegate; warnings: DelegateWarning[] }> {
    const id = eventId.value as string
    const saved = await mutate(['delegate:*'], () => api.createDelegate({ eventId: id, fields }))
    delegates.value = [...delegates.value, saved.delegate]
    if (categories.value.length === 0)
      categories.value = await api.listDelegateCategories({ eventId: id })
    void refreshWarnings().catch(() => undefined)
    return saved
  }

  async function update(id: string, patch: DelegatePatch) {
    const saved = await mutate([`delegate:${id}`], () => api.updateDelegate({ id, patch }))
    replace([saved.delegate])
    void refreshWarnings().catch(() => undefined)
    return saved
  }

  async function updateMany(ids: string[], patch: DelegatePatch): Promise<number> {
    const { updated } = await mutate([`delegate:${eventId.value}`], () =>
      api.updateDelegates({ ids, patch })
    )
    await reload()
    return updated
  }

  async function remove(ids: string[]): Promise<number> {
    const mark = ids.length === 1 ? `delegate:${ids[0]}` : `delegate:${eventId.value}`
    const { deleted } = await mutate([mark], () => api.deleteDelegates({ ids }))
    const doomed = new Set(ids)
    delegates.value = delegates.value.filter((d) => !doomed.has(d.id))
    void refreshWarnings().catch(() => undefined)
    return deleted
  }

  async function saveCategories(
    next: { id: string | null; name: string; counted: boolean }[]
  ): Promise<void> {
    const id = eventId.value as string
    categories.value = await mutate([`delegate:${id}`], () =>
      api.saveDelegateCategories({ eventId: id, categories: next })
    )
  }

  async function saveColumns(next: { id: string | null; label: string }[]): Promise<void> {
    const id = eventId.value as string
    columns.value = await mutate([`delegate:${id}`], () =>
      api.saveDelegateColumns({ eventId: id, columns: next })
    )
    await reload()
  }

  function dispose(): void {
    unsubscribe?.()
    unsubscribe = null
    if (reloadTimer) clearTimeout(reloadTimer)
  }

  return {
    eventId,
    delegates,
    categories,
    columns,
    warnings,
    loading,
    busy,
    byId,
    categoryName,
    warningIds,
    load,
    reload,
    refreshWarnings,
    create,
    update,
    updateMany,
    remove,
    saveCategories,
    saveColumns,
    dispose
  }
})
