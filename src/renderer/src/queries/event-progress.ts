import { useQuery } from '@pinia/colada'
import { toValue, type MaybeRefOrGetter } from 'vue'
import { api } from '../api'
import { keys } from './keys'

/** The counts behind an event's Overview: delegates, rosters, decisions, certificates, programme. */
export function useEventProgress(eventId: MaybeRefOrGetter<string>) {
  return useQuery({
    key: () => keys.eventProgress(toValue(eventId)),
    query: () => api.getEventProgress({ id: toValue(eventId) })
  })
}
