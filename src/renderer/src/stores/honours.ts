import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type {
  AwardForm,
  BonusTable,
  Decision,
  Honoree,
  RegisterEntry
} from '../../../shared/honours/entities'
import type {
  AwardFormFields,
  DecisionFields,
  HonoreeFields
} from '../../../shared/honours/contract'
import { api } from '../api'

/** Honorees, decisions and register of the open event, plus the award forms catalogue. */
export const useHonoursStore = defineStore('honours', () => {
  const eventId = ref<string | null>(null)
  const honorees = ref<Honoree[]>([])
  const decisions = ref<Decision[]>([])
  const register = ref<RegisterEntry[]>([])
  const awardForms = ref<AwardForm[]>([])
  const loading = ref(false)

  const honoreeById = computed(() => new Map(honorees.value.map((h) => [h.id, h])))
  const awardFormById = computed(() => new Map(awardForms.value.map((f) => [f.id, f])))

  async function load(id: string): Promise<void> {
    loading.value = true
    try {
      const [h, d, r, f] = await Promise.all([
        api.listHonorees({ eventId: id }),
        api.listDecisions({ eventId: id }),
        api.listRegister({ eventId: id }),
        api.listAwardForms({})
      ])
      eventId.value = id
      honorees.value = h
      decisions.value = d
      register.value = r
      awardForms.value = f
    } finally {
      loading.value = false
    }
  }

  const reload = () => (eventId.value ? load(eventId.value) : Promise.resolve())

  async function loadAwardForms(): Promise<void> {
    awardForms.value = await api.listAwardForms({})
  }

  const replace = <T extends { id: string }>(list: T[], item: T) => {
    const i = list.findIndex((x) => x.id === item.id)
    if (i >= 0) list[i] = item
    else list.push(item)
    return item
  }

  return {
    eventId,
    honorees,
    decisions,
    register,
    awardForms,
    loading,
    honoreeById,
    awardFormById,
    load,
    reload,
    loadAwardForms,
    createHonoree: async (fields: HonoreeFields) =>
      replace(honorees.value, await api.createHonoree({ eventId: eventId.value ?? '', fields })),
    updateHonoree: async (id: string, patch: Partial<HonoreeFields>) => {
      const h = replace(honorees.value, await api.updateHonoree({ id, patch }))
      if (patch.kind) decisions.value = await api.listDecisions({ eventId: h.eventId })
      return h
    },
    deleteHonorees: async (ids: string[], onRounds?: 'refuse' | 'remove-from-round') => {
      const result = await api.deleteHonorees(onRounds ? { ids, onRounds } : { ids })
      await reload()
      return result.deleted
    },
    createDecision: async (fields?: Partial<DecisionFields>) =>
      replace(
        decisions.value,
        await api.createDecision({ eventId: eventId.value ?? '', ...(fields ? { fields } : {}) })
      ),
    updateDecision: async (id: string, patch: Partial<DecisionFields>) =>
      replace(decisions.value, await api.updateDecision({ id, patch })),
    deleteDecision: async (id: string) => {
      await api.deleteDecision({ id })
      decisions.value = decisions.value.filter((d) => d.id !== id)
    },
    issueDecision: async (id: string) => {
      const d = replace(decisions.value, await api.issueDecision({ id }))
      register.value = await api.listRegister({ eventId: d.eventId })
      return d
    },
    voidEntry: async (id: string, reason: string) =>
      replace(register.value, await api.voidRegisterEntry({ id, reason })),
    reprintEntry: async (id: string, reason: string) => {
      const [entry] = await api.recordRegisterPrints({
        printed: [id],
        spoiled: [],
        reprintReason: reason,
        batchId: null
      })
      if (entry) replace(register.value, entry)
    },
    createAwardForm: async (fields: AwardFormFields) =>
      replace(awardForms.value, await api.createAwardForm(fields)),
    updateAwardForm: async (id: string, patch: Partial<AwardFormFields>) =>
      replace(awardForms.value, await api.updateAwardForm({ id, patch })),
    deleteAwardForm: async (id: string) => {
      await api.deleteAwardForm({ id })
      awardForms.value = awardForms.value.filter((f) => f.id !== id)
    },
    bonusTable: (decisionId: string): Promise<BonusTable> => api.getBonusTable({ id: decisionId })
  }
})
