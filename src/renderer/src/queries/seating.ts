import { useQuery } from '@pinia/colada'
import { toValue, type MaybeRefOrGetter } from 'vue'
import { api } from '../api'
import { keys } from './keys'

/** The event's hall plan (null until one is made). */
export function useHallPlan(eventId: MaybeRefOrGetter<string>) {
  return useQuery({
    key: () => keys.hallPlan(toValue(eventId)),
    query: () => api.getHallPlan({ eventId: toValue(eventId) })
  })
}
