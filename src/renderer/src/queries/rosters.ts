import { useQuery, useQueryCache } from '@pinia/colada'
import { computed, toValue, watch, type MaybeRefOrGetter } from 'vue'
import type { Delegate } from '@shared/delegates/entities'
import type { RosterSummary, RosterView } from '@shared/rosters/entities'
import { api, ApiError } from '../api'
import { useRostersStore } from '../stores/rosters'
import { useDelegateList } from './delegates'
import { keys } from './keys'

/** The event's rosters as summaries (the list's cards). */
export function useRosterList(eventId: MaybeRefOrGetter<string>) {
  return useQuery({
    key: () => keys.rosters(toValue(eventId)),
    query: () => api.listRosters({ eventId: toValue(eventId) })
  })
}

/** One roster with all its versions; keeps showing the previous one while the next loads. */
export function useRosterView(rosterId: MaybeRefOrGetter<string | null>) {
  return useQuery({
    key: () => keys.roster(toValue(rosterId) ?? ''),
    query: () => api.getRoster({ id: toValue(rosterId) as string }),
    enabled: () => !!toValue(rosterId),
    placeholderData: (previous: RosterView | undefined) => previous
  })
}

/**
 * What the rosters screen shows: the event's rosters, the open one (the one chosen, else the first)
 * and the delegates to pick from. Changes go through the rosters store, whose results land here.
 *
 * A roster chosen before the list is read (named by the address) is kept until the list says
 * whether it exists; one that does not, or that was deleted elsewhere while open, gives way to the
 * first without an error: "not found" only means the list is about to change.
 */
export function useEventRosters(eventId: MaybeRefOrGetter<string>) {
  const store = useRostersStore()
  const cache = useQueryCache()
  const list = useRosterList(eventId)
  const summaries = computed<RosterSummary[]>(() => list.data.value ?? [])
  watch(
    [() => list.data.value, () => toValue(eventId)],
    ([rosters, id]) => {
      store.eventId = id
      if (rosters && !rosters.some((r) => r.id === store.selectedId))
        store.selectedId = rosters[0]?.id ?? null
    },
    { immediate: true }
  )
  const view = useRosterView(() => store.selectedId)
  const current = computed<RosterView | null>(() => {
    const shown = view.data.value
    return shown && shown.id === store.selectedId ? shown : null
  })
  const gone = computed(() => {
    const e = view.error.value
    return e instanceof ApiError && e.code === 'NOT_FOUND'
  })
  watch(gone, (isGone) => {
    // A failure to read the list is shown by the list's own error.
    if (isGone)
      cache.invalidateQueries({ key: keys.rosters(toValue(eventId)) }).catch(() => undefined)
  })
  const people = useDelegateList(eventId)
  const delegates = computed<readonly Delegate[]>(() => people.data.value ?? [])
  return {
    summaries,
    current,
    delegates,
    error: computed(() => list.error.value ?? (gone.value ? null : view.error.value))
  }
}
