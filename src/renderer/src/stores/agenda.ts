import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { AgendaOverview } from '../../../shared/agenda/contract'
import type { AgendaItem, AgendaItemFields, VoteResult } from '../../../shared/agenda/entities'
import { computeSchedule, wallTimeOf, type Schedule } from '../../../shared/agenda/clock'
import type { AgendaDocumentKind } from '../../../shared/agenda/records'
import type { StagePlanInput } from '../../../shared/agenda/stage-plan'
import type { Event } from '../../../shared/entities'
import { api } from '../api'

type ItemPatch = Partial<Omit<AgendaItemFields, 'vote'>>

export const useAgendaStore = defineStore('agenda', () => {
  const event = ref<Event | null>(null)
  const overview = ref<AgendaOverview | null>(null)
  const loading = ref(false)
  const busy = ref(false)
  /** Wall time used to project an over-running current item; ticks in live views. */
  const now = ref<string | null>(null)

  const items = computed(() => overview.value?.items ?? [])
  const rounds = computed(() => overview.value?.rounds ?? [])

  const schedule = computed<Schedule | null>(() => {
    const e = event.value
    if (!e || !overview.value) return null
    return computeSchedule({
      date: e.date,
      startTime: e.startTime,
      plannedEnd: overview.value.settings.plannedEnd,
      items: items.value,
      now: now.value
    })
  })

  const stagePlan = computed<StagePlanInput>(() => ({
    items: items.value,
    rounds: rounds.value,
    honorees: Object.fromEntries((overview.value?.honorees ?? []).map((h) => [h.id, h])),
    decisions: Object.fromEntries((overview.value?.decisions ?? []).map((d) => [d.id, d]))
  }))

  const isRunning = computed(() => items.value.some((i) => i.actualStart !== null))

  async function load(forEvent: Event): Promise<void> {
    loading.value = event.value?.id !== forEvent.id
    event.value = forEvent
    try {
      overview.value = await api.getAgenda({ eventId: forEvent.id })
    } finally {
      loading.value = false
    }
  }

  async function refresh(): Promise<void> {
    if (event.value) overview.value = await api.getAgenda({ eventId: event.value.id })
  }

  /** Runs one change and reloads the overview, so every panel reads the same state. */
  async function run<T>(change: () => Promise<T>): Promise<T> {
    busy.value = true
    try {
      const value = await change()
      await refresh()
      return value
    } finally {
      busy.value = false
    }
  }

  const eventId = () => {
    if (!event.value) throw new Error('no event loaded')
    return event.value.id
  }

  return {
    event,
    overview,
    loading,
    busy,
    now,
    items,
    rounds,
    schedule,
    stagePlan,
    isRunning,
    load,
    refresh,
    tick: () => void (now.value = wallTimeOf(new Date())),
    applyTemplate: (templateId: string, replace: boolean) =>
      run(() => api.applyAgendaTemplate({ eventId: eventId(), templateId, replace })),
    createItem: (afterItemId: string | null, fields: ItemPatch) =>
      run(() => api.createAgendaItem({ eventId: eventId(), afterItemId, fields })),
    updateItem: (id: string, patch: ItemPatch) => run(() => api.updateAgendaItem({ id, patch })),
    deleteItem: (id: string) => run(() => api.deleteAgendaItem({ id })),
    reorderItems: (itemIds: string[]) =>
      run(() => api.reorderAgendaItems({ eventId: eventId(), itemIds })),
    updateSettings: (patch: { plannedEnd?: string | null; stageCapacity?: number }) =>
      run(() => api.updateAgendaSettings({ eventId: eventId(), patch })),
    recordVote: (
      itemId: string,
      vote: Omit<VoteResult, 'recordedAt'> | null,
      documentNumber?: string
    ) =>
      run(() =>
        api.recordAgendaVote({
          itemId,
          vote,
          ...(documentNumber ? { documentNumber } : {})
        })
      ),
    createRounds: (decisionIds: string[], capacity: number) =>
      run(() => api.createAwardRounds({ eventId: eventId(), decisionIds, capacity })),
    addRound: (decisionId: string) =>
      run(() => api.addAwardRound({ eventId: eventId(), decisionId })),
    updateRound: (
      id: string,
      patch: {
        title?: string
        presenters?: string[]
        attendants?: string[]
        agendaItemId?: string | null
      }
    ) => run(() => api.updateAwardRound({ id, patch })),
    deleteRound: (id: string) => run(() => api.deleteAwardRound({ id })),
    reorderRounds: (roundIds: string[]) =>
      run(() => api.reorderAwardRounds({ eventId: eventId(), roundIds })),
    moveHonoree: (honoreeId: string, toRoundId: string, toIndex: number) =>
      run(() => api.moveHonoreeInRounds({ honoreeId, toRoundId, toIndex })),
    startNext: () => run(() => api.startNextAgendaItem({ eventId: eventId() })),
    resetRun: () => run(() => api.resetAgendaRun({ eventId: eventId() })),
    renderDocument: (kind: AgendaDocumentKind) =>
      api.renderAgendaDocument({ eventId: eventId(), kind })
  }
})

export type AgendaStore = ReturnType<typeof useAgendaStore>
export type { AgendaItem }
