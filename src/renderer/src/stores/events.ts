import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Event, EventFields } from '../../../shared/entities'
import { api } from '../api'

const collator = new Intl.Collator('vi')

/** Newest date first; undated events last; then by title in Vietnamese order. */
export function compareEvents(a: Event, b: Event): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1
    if (b.date === null) return -1
    return a.date < b.date ? 1 : -1
  }
  return collator.compare(a.title, b.title)
}

export const useEventsStore = defineStore('events', () => {
  const items = ref<Event[]>([])
  const includeArchived = ref(false)
  const loading = ref(false)
  const loaded = ref(false)
  const current = ref<Event | null>(null)

  const sorted = computed(() => [...items.value].sort(compareEvents))
  const isEmpty = computed(() => loaded.value && items.value.length === 0)

  function remember(event: Event): void {
    const visible = includeArchived.value || !event.archived
    const i = items.value.findIndex((e) => e.id === event.id)
    if (i >= 0 && visible) items.value[i] = event
    else if (i >= 0) items.value.splice(i, 1)
    else if (visible) items.value.push(event)
    if (current.value?.id === event.id) current.value = event
  }

  async function load(): Promise<void> {
    loading.value = true
    try {
      items.value = await api.listEvents({ includeArchived: includeArchived.value })
      loaded.value = true
    } finally {
      loading.value = false
    }
  }

  let prefetched: Promise<void> | null = null

  /** Starts the list's first load with the app's other start-up calls, before any view renders. */
  function prefetch(): void {
    prefetched = load()
    // Whoever takes it over reports a failure; until then it must not count as unhandled.
    prefetched.catch(() => undefined)
  }

  /** A view's first load: takes over the start-up prefetch once, otherwise loads afresh. */
  function loadFirst(): Promise<void> {
    const pending = prefetched
    prefetched = null
    return pending ?? load()
  }

  async function setIncludeArchived(value: boolean): Promise<void> {
    includeArchived.value = value
    await load()
  }

  async function fetchOne(id: string): Promise<Event> {
    const event = await api.getEvent({ id })
    current.value = event
    return event
  }

  async function create(fields: EventFields): Promise<Event> {
    const event = await api.createEvent(fields)
    remember(event)
    return event
  }

  async function update(id: string, patch: Partial<EventFields>): Promise<Event> {
    const event = await api.updateEvent({ id, patch })
    remember(event)
    return event
  }

  async function duplicate(id: string): Promise<Event> {
    const event = await api.duplicateEvent({ id })
    remember(event)
    return event
  }

  async function setArchived(id: string, archived: boolean): Promise<Event> {
    const event = await api.archiveEvent({ id, archived })
    remember(event)
    return event
  }

  async function remove(id: string): Promise<void> {
    await api.deleteEvent({ id })
    items.value = items.value.filter((e) => e.id !== id)
    if (current.value?.id === id) current.value = null
  }

  /** The event as one `.dais-event.json` file. */
  function exportFile(id: string): Promise<{ fileName: string; contentBase64: string }> {
    return api.exportEvent({ id })
  }

  /** Adds the event in an exported file as a new event. */
  async function importFile(fileName: string, contentBase64: string): Promise<Event> {
    const event = await api.importEvent({ fileName, contentBase64 })
    remember(event)
    return event
  }

  async function openSample(): Promise<Event> {
    const event = await api.openSampleEvent({})
    remember(event)
    return event
  }

  return {
    items,
    sorted,
    isEmpty,
    includeArchived,
    loading,
    loaded,
    current,
    load,
    prefetch,
    loadFirst,
    setIncludeArchived,
    fetchOne,
    create,
    update,
    duplicate,
    setArchived,
    remove,
    exportFile,
    importFile,
    openSample
  }
})
