import { useQuery } from '@pinia/colada'
import { toValue, type MaybeRefOrGetter } from 'vue'
import { api } from '../api'
import { keys } from './keys'

/** The board: figures, by category and unit, absentees, latest arrivals, quorum rules. */
export function useAttendance(
  eventId: MaybeRefOrGetter<string>,
  enabled: MaybeRefOrGetter<boolean> = true
) {
  return useQuery({
    key: () => keys.attendance(toValue(eventId)),
    query: () => api.getAttendance({ eventId: toValue(eventId) }),
    enabled: () => toValue(enabled) && toValue(eventId) !== ''
  })
}

/** The figures alone, for the desk (cheap to read again after every scan). */
export function useAttendanceFigures(eventId: MaybeRefOrGetter<string>) {
  return useQuery({
    key: () => keys.attendanceFigures(toValue(eventId)),
    query: () => api.getAttendanceFigures({ eventId: toValue(eventId) })
  })
}

/** Delegates matching a few typed letters (asked only for two letters or more). */
export function useCheckInSearch(
  eventId: MaybeRefOrGetter<string>,
  query: MaybeRefOrGetter<string>
) {
  return useQuery({
    key: () => keys.checkInSearch(toValue(eventId), toValue(query)),
    query: () => api.searchCheckIn({ eventId: toValue(eventId), query: toValue(query) }),
    enabled: () => toValue(query).trim().length >= 2
  })
}
