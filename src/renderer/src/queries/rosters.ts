import { useQuery } from '@pinia/colada'
import { computed, toValue, watch, type MaybeRefOrGetter } from 'vue'
import type { Delegate } from '@shared/delegates/entities'
import type { RosterSummary, RosterView } from '@shared/rosters/entities'
import { api } from '../api'
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
 */
export function useEventRosters(eventId: MaybeRefOrGetter<string>) {
  const store = useRostersStore()
  const list = useRosterList(eventId)
  const summaries = computed<RosterSummary[]>(() => list.data.value ?? [])
  watch(
    [summaries, () => toValue(eventId)],
    ([rosters, id]) => {
      store.eventId = id
      if (!rosters.some((r) => r.id === store.selectedId)) store.selectedId = rosters[0]?.id ?? null
    },
    { immediate: true }
  )
  const view = useRosterView(() => store.selectedId)
  const current = computed<RosterView | null>(() =>
    store.selectedId ? (view.data.value ?? null) : null
  )
  const people = useDelegateList(eventId)
  const delegates = computed<readonly Delegate[]>(() => people.data.value ?? [])
  return {
    summaries,
    current,
    delegates,
    error: computed(() => list.error.value ?? view.error.value)
  }
}
