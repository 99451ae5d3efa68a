import { useQuery, type QueryCache } from '@pinia/colada'
import { toValue, type MaybeRefOrGetter } from 'vue'
import type { Event } from '@shared/entities'
import { api } from '../api'
import { keys } from './keys'

const listQuery = (includeArchived: boolean) => ({
  key: keys.eventList(includeArchived),
  query: () => api.listEvents({ includeArchived })
})

/**
 * The events on the home screen, archived ones only when asked. While the other list loads (the
 * switch was flipped) the previous one stays on screen.
 */
export function useEventList(includeArchived: MaybeRefOrGetter<boolean>) {
  return useQuery({
    key: () => listQuery(toValue(includeArchived)).key,
    query: () => listQuery(toValue(includeArchived)).query(),
    placeholderData: (previous: Event[] | undefined) => previous
  })
}

/** Starts reading the home screen's list before any view renders; the view's query takes it over. */
export function prefetchEventList(cache: QueryCache): void {
  cache.refresh(cache.ensure(listQuery(false))).catch(() => undefined)
}

/** One event (a workspace's header and every section's `event`). */
export function useEvent(eventId: MaybeRefOrGetter<string>) {
  return useQuery({
    key: () => keys.event(toValue(eventId)),
    query: () => api.getEvent({ id: toValue(eventId) })
  })
}
