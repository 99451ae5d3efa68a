import { useQuery, useQueryCache } from '@pinia/colada'
import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import type { HouseholdTally, Registration } from '@shared/movement/entities'
import { api } from '../api'
import { useMovementEditsStore } from '../stores/movement-edits'
import { reuseUnchanged } from './delegates'
import { keys } from './keys'

/** The ward's units in the user's order. */
export function useUnits() {
  return useQuery({ key: () => keys.units(), query: () => api.listUnits({}) })
}

/** The annual emulation titles units register for. */
export function useEmulationTitles() {
  return useQuery({
    key: () => keys.emulationTitles(),
    query: () => api.listEmulationTitles({})
  })
}

export function useMovements() {
  return useQuery({ key: () => keys.movements(), query: () => api.listMovements({}) })
}

/** Every registration and household tally of a movement's years, read once for the whole period. */
export interface MovementRecords {
  registrations: Registration[]
  tallies: HouseholdTally[]
}

export function useMovementRecords(period: MaybeRefOrGetter<{ from: number; to: number } | null>) {
  const cache = useQueryCache()
  return useQuery({
    key: () => {
      const p = toValue(period)
      return keys.movementRecords(p?.from ?? 0, p?.to ?? 0)
    },
    enabled: () => toValue(period) !== null,
    query: async (): Promise<MovementRecords> => {
      const p = toValue(period)
      if (!p) return { registrations: [], tallies: [] }
      const next = await api.listMovementRecords({ fromYear: p.from, toYear: p.to })
      // Unchanged records keep their objects, so only the grid rows that changed draw again.
      const before = cache.getQueryData<MovementRecords>(keys.movementRecords(p.from, p.to))
      return {
        registrations: [...reuseUnchanged(before?.registrations, next.registrations)],
        tallies: [...reuseUnchanged(before?.tallies, next.tallies)]
      }
    }
  })
}

/** The period's records as the screen shows them: the cache with what is being typed over it. */
export function useShownMovementRecords(
  period: MaybeRefOrGetter<{ from: number; to: number } | null>
) {
  const query = useMovementRecords(period)
  const edits = useMovementEditsStore()
  const records = computed<MovementRecords>(() =>
    edits.overlay(query.data.value ?? { registrations: [], tallies: [] })
  )
  return { query, records }
}

export function useProposals() {
  return useQuery({ key: () => keys.proposals(), query: () => api.listProposals({}) })
}

export function useCouncilMeetings() {
  return useQuery({
    key: () => keys.councilMeetings(),
    query: () => api.listCouncilMeetings({})
  })
}

export function useCouncilResults(meetingId: MaybeRefOrGetter<string | null>) {
  return useQuery({
    key: () => keys.councilResults(toValue(meetingId) ?? ''),
    enabled: () => toValue(meetingId) !== null,
    query: () => api.getCouncilResults({ id: toValue(meetingId) ?? '' })
  })
}

/** A candidate's titles and awards of earlier years, for checking eligibility by eye. */
export function useCandidateHistory(
  candidate: MaybeRefOrGetter<{ name: string; unitId: string | null } | null>
) {
  return useQuery({
    key: () => {
      const c = toValue(candidate)
      return keys.candidateHistory(c?.name ?? '', c?.unitId ?? null)
    },
    enabled: () => (toValue(candidate)?.name ?? '').trim() !== '',
    query: () => {
      const c = toValue(candidate)
      return api.getCandidateHistory({ name: c?.name ?? '', unitId: c?.unitId ?? null })
    }
  })
}

/** The award forms (Giấy khen, Bằng khen…) a candidate is proposed for. */
export function useAwardFormList() {
  return useQuery({ key: () => keys.awardFormList(), query: () => api.listAwardForms({}) })
}
