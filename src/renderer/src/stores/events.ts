import { defineStore } from 'pinia'
import { useQueryCache } from '@pinia/colada'
import { ref } from 'vue'
import type { Event, EventFields } from '@shared/entities'
import { api } from '../api'
import { keys } from '../queries/keys'

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

/** The list with `event` put in (or taken out, when the list shows no archived events). */
function withEvent(list: readonly Event[], event: Event, includeArchived: boolean): Event[] {
  const visible = includeArchived || !event.archived
  const rest = list.filter((e) => e.id !== event.id)
  if (!visible) return rest
  const i = list.findIndex((e) => e.id === event.id)
  return i >= 0 ? list.map((e) => (e.id === event.id ? event : e)) : [...list, event]
}

/**
 * The home screen's own state (whether archived events show) and the changes to events. The
 * events themselves are read through queries/events.ts; a change's answer is shown in that cache
 * at once and the lists are read again.
 */
export const useEventsStore = defineStore('events', () => {
  const cache = useQueryCache()
  const includeArchived = ref(false)

  function remember(event: Event): Event {
    cache.setQueryData(keys.event(event.id), event)
    for (const archived of [false, true]) {
      const key = keys.eventList(archived)
      const list = cache.getQueryData<Event[]>(key)
      if (list) cache.setQueryData(key, withEvent(list, event, archived))
    }
    void cache.invalidateQueries({ key: keys.events() })
    return event
  }

  async function remove(id: string): Promise<void> {
    await api.deleteEvent({ id })
    for (const archived of [false, true]) {
      const key = keys.eventList(archived)
      const list = cache.getQueryData<Event[]>(key)
      if (list)
        cache.setQueryData(
          key,
          list.filter((e) => e.id !== id)
        )
    }
    void cache.invalidateQueries({ key: keys.events() })
  }

  return {
    includeArchived,
    create: async (fields: EventFields) => remember(await api.createEvent(fields)),
    update: async (id: string, patch: Partial<EventFields>) =>
      remember(await api.updateEvent({ id, patch })),
    duplicate: async (id: string) => remember(await api.duplicateEvent({ id })),
    setArchived: async (id: string, archived: boolean) =>
      remember(await api.archiveEvent({ id, archived })),
    remove,
    /** The event as one `.dais-event.json` file. */
    exportFile: (id: string): Promise<{ fileName: string; contentBase64: string }> =>
      api.exportEvent({ id }),
    /** Adds the event in an exported file as a new event. */
    importFile: async (fileName: string, contentBase64: string) =>
      remember(await api.importEvent({ fileName, contentBase64 })),
    openSample: async () => remember(await api.openSampleEvent({}))
  }
})
