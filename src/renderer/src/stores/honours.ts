import { defineStore } from 'pinia'
import { useQueryCache } from '@pinia/colada'
import type { AwardFormFields, DecisionFields, HonoreeFields } from '@shared/honours/contract'
import { api } from '../api'
import { keys } from '../queries/keys'
import { removeFromLists, replaceInLists, upsertInList } from '../queries/lists'

/**
 * The changes to honorees, decisions, the register and the award forms. What they change is read
 * through queries/honours.ts; each change shows its answer in that cache at once and invalidates
 * what it makes stale.
 */
export const useHonoursStore = defineStore('honours', () => {
  const cache = useQueryCache()
  const refresh = (...roots: string[]) =>
    Promise.all(roots.map((root) => cache.invalidateQueries({ key: [root] })))

  return {
    /** Reads honorees, decisions and register again (after an import of honorees). */
    reload: () => refresh('honorees', 'decisions', 'register'),
    createHonoree: async (eventId: string, fields: HonoreeFields) =>
      upsertInList(cache, keys.honorees(eventId), await api.createHonoree({ eventId, fields })),
    updateHonoree: async (id: string, patch: Partial<HonoreeFields>) => {
      const h = await api.updateHonoree({ id, patch })
      upsertInList(cache, keys.honorees(h.eventId), h)
      // Another kind moves the honoree to another group of its decisions.
      if (patch.kind) await cache.invalidateQueries({ key: keys.decisions(h.eventId) })
      return h
    },
    deleteHonorees: async (ids: string[], onRounds?: 'refuse' | 'remove-from-round') => {
      const result = await api.deleteHonorees(onRounds ? { ids, onRounds } : { ids })
      void refresh('honorees', 'decisions', 'register')
      return result.deleted
    },
    createDecision: async (eventId: string, fields?: Partial<DecisionFields>) =>
      upsertInList(
        cache,
        keys.decisions(eventId),
        await api.createDecision({ eventId, ...(fields ? { fields } : {}) })
      ),
    updateDecision: async (id: string, patch: Partial<DecisionFields>) => {
      const d = await api.updateDecision({ id, patch })
      return upsertInList(cache, keys.decisions(d.eventId), d)
    },
    deleteDecision: async (id: string) => {
      await api.deleteDecision({ id })
      removeFromLists(cache, ['decisions'], id)
      void refresh('decisions')
    },
    issueDecision: async (id: string) => {
      const d = await api.issueDecision({ id })
      upsertInList(cache, keys.decisions(d.eventId), d)
      void refresh('register')
      return d
    },
    voidEntry: async (id: string, reason: string) =>
      replaceInLists(cache, ['register'], await api.voidRegisterEntry({ id, reason })),
    reprintEntry: async (id: string, reason: string) => {
      const [entry] = await api.recordRegisterPrints({
        printed: [id],
        spoiled: [],
        reprintReason: reason,
        batchId: null
      })
      if (entry) replaceInLists(cache, ['register'], entry)
    },
    createAwardForm: async (fields: AwardFormFields) =>
      upsertInList(cache, keys.awardForms(), await api.createAwardForm(fields)),
    updateAwardForm: async (id: string, patch: Partial<AwardFormFields>) =>
      upsertInList(cache, keys.awardForms(), await api.updateAwardForm({ id, patch })),
    deleteAwardForm: async (id: string) => {
      await api.deleteAwardForm({ id })
      removeFromLists(cache, keys.awardForms(), id)
    }
  }
})
