import { defineStore } from 'pinia'
import { useQueryCache } from '@pinia/colada'
import { ref } from 'vue'
import type { AgendaItem, AgendaItemFields, VoteInput } from '@shared/agenda/entities'
import { wallTimeOf } from '@shared/agenda/clock'
import type { AgendaDocumentKind } from '@shared/agenda/records'
import type { Event } from '@shared/entities'
import { api } from '../api'
import { keys } from '../queries/keys'

type ItemPatch = Partial<Omit<AgendaItemFields, 'vote'>>

/**
 * The programme screen's own state (the open event, the clock of a live view, a change under way)
 * and the changes to the programme. The programme is read through queries/agenda.ts; each change
 * answers once that query has read it again, so every panel shows the same state.
 */
export const useAgendaStore = defineStore('agenda', () => {
  const cache = useQueryCache()
  const event = ref<Event | null>(null)
  const busy = ref(false)
  /** Wall time used to project an over-running current item; ticks in live views. */
  const now = ref<string | null>(null)

  async function run<T>(change: () => Promise<T>): Promise<T> {
    busy.value = true
    try {
      const value = await change()
      if (event.value) await cache.invalidateQueries({ key: keys.agenda(event.value.id) })
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
    busy,
    now,
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
    recordVote: (itemId: string, vote: VoteInput | null, documentNumber?: string) =>
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
