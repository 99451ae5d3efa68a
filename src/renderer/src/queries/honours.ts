import { useQuery } from '@pinia/colada'
import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import type { AwardForm, Decision, Honoree, RegisterEntry } from '@shared/honours/entities'
import { api } from '../api'
import { keys } from './keys'

/** The event's honorees. */
export function useHonoreeList(eventId: MaybeRefOrGetter<string>) {
  return useQuery({
    key: () => keys.honorees(toValue(eventId)),
    query: () => api.listHonorees({ eventId: toValue(eventId) })
  })
}

/** The event's decisions (drafts and issued). */
export function useDecisionList(eventId: MaybeRefOrGetter<string>) {
  return useQuery({
    key: () => keys.decisions(toValue(eventId)),
    query: () => api.listDecisions({ eventId: toValue(eventId) })
  })
}

/** The event's register entries (one per certificate of an issued decision). */
export function useRegister(eventId: MaybeRefOrGetter<string>) {
  return useQuery({
    key: () => keys.register(toValue(eventId)),
    query: () => api.listRegister({ eventId: toValue(eventId) })
  })
}

/** The award forms catalogue (Hình thức khen). */
export function useAwardForms() {
  return useQuery({ key: keys.awardForms(), query: () => api.listAwardForms({}) })
}

/**
 * What the honours screens show of one event: honorees, decisions, register and the award forms,
 * each its own query (shared by every panel that shows it), with look-ups by id.
 */
export function useHonours(eventId: MaybeRefOrGetter<string>) {
  const queries = [
    useHonoreeList(eventId),
    useDecisionList(eventId),
    useRegister(eventId),
    useAwardForms()
  ] as const
  const [honoreeList, decisionList, registerList, formList] = queries
  const honorees = computed<Honoree[]>(() => honoreeList.data.value ?? [])
  const awardForms = computed<AwardForm[]>(() => formList.data.value ?? [])
  return {
    honorees,
    decisions: computed<Decision[]>(() => decisionList.data.value ?? []),
    register: computed<RegisterEntry[]>(() => registerList.data.value ?? []),
    awardForms,
    honoreeById: computed(() => new Map(honorees.value.map((h) => [h.id, h]))),
    awardFormById: computed(() => new Map(awardForms.value.map((f) => [f.id, f]))),
    loading: computed(() => queries.some((q) => q.isPending.value)),
    error: computed(() => queries.find((q) => q.error.value)?.error.value ?? null)
  }
}
