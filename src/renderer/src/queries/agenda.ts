import { useQuery } from '@pinia/colada'
import { computed } from 'vue'
import { computeSchedule, type Schedule } from '@shared/agenda/clock'
import type { StagePlanInput } from '@shared/agenda/stage-plan'
import { api } from '../api'
import { useAgendaStore } from '../stores/agenda'
import { keys } from './keys'

/**
 * The open event's programme (the agenda store's `event`): its items, award rounds and what they
 * name, one query every panel shares, and what follows from it — the times of the day (projected
 * from the store's `now` in live views) and the stage plan.
 */
export function useAgenda() {
  const store = useAgendaStore()
  const query = useQuery({
    key: () => keys.agenda(store.event?.id ?? ''),
    query: () => api.getAgenda({ eventId: store.event?.id ?? '' }),
    enabled: () => store.event !== null
  })
  const overview = computed(() => query.data.value ?? null)
  const items = computed(() => overview.value?.items ?? [])
  const rounds = computed(() => overview.value?.rounds ?? [])

  const schedule = computed<Schedule | null>(() => {
    const e = store.event
    if (!e || !overview.value) return null
    return computeSchedule({
      date: e.date,
      startTime: e.startTime,
      plannedEnd: overview.value.settings.plannedEnd,
      items: items.value,
      now: store.now
    })
  })

  const stagePlan = computed<StagePlanInput>(() => ({
    items: items.value,
    rounds: rounds.value,
    honorees: Object.fromEntries((overview.value?.honorees ?? []).map((h) => [h.id, h])),
    decisions: Object.fromEntries((overview.value?.decisions ?? []).map((d) => [d.id, d]))
  }))

  return {
    overview,
    items,
    rounds,
    schedule,
    stagePlan,
    isRunning: computed(() => items.value.some((i) => i.actualStart !== null)),
    error: query.error,
    /** Reads the programme again (a second window polls: it may have missed an event). */
    refetch: () => query.refetch()
  }
}
