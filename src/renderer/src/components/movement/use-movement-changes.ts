import { useQueryCache } from '@pinia/colada'
import type {
  HouseholdTallyInput,
  RegistrationInput,
  UnitFields
} from '../../../../shared/movement/contract'
import type { Registration, Unit } from '../../../../shared/movement/entities'
import { api } from '../../api'
import { keys } from '../../queries/keys'
import type { MovementRecords } from '../../queries/movement'
import { useNotify } from '../../use-notify'

/**
 * The movement's changes: each shows at once in the cache (every figure follows), is saved, and
 * the cache is read again when the save is refused.
 */
export function useMovementChanges() {
  const cache = useQueryCache()
  const notify = useNotify()

  const patchRecords = (
    period: { from: number; to: number },
    change: (records: MovementRecords) => MovementRecords
  ) => {
    const key = keys.movementRecords(period.from, period.to)
    const current = cache.getQueryData<MovementRecords>(key)
    if (current) cache.setQueryData(key, change(current))
  }

  const refused = (error: unknown) => {
    notify.error(error)
    void cache.invalidateQueries({ key: ['movementRecords'] })
    void cache.invalidateQueries({ key: keys.units() })
  }

  /** Shows a unit's change at once, before (or without) saving it. */
  function showUnit(id: string, patch: Partial<UnitFields>) {
    const list = cache.getQueryData<Unit[]>(keys.units())
    if (list)
      cache.setQueryData(
        keys.units(),
        list.map((u) => (u.id === id ? { ...u, ...patch } : u))
      )
  }

  async function saveUnit(id: string, patch: Partial<UnitFields>) {
    showUnit(id, patch)
    try {
      await api.updateUnit({ id, patch })
    } catch (error) {
      refused(error)
    }
  }

  function showRegistration(
    period: { from: number; to: number },
    input: RegistrationInput,
    existing: Registration
  ) {
    patchRecords(period, (r) => ({
      ...r,
      registrations: r.registrations.map((x) =>
        x.id === existing.id
          ? {
              ...x,
              titleId: input.titleId,
              ...(input.result ? { result: input.result } : {}),
              ...(input.reason !== undefined ? { reason: input.reason } : {})
            }
          : x
      )
    }))
  }

  async function saveRegistration(
    period: { from: number; to: number },
    input: RegistrationInput,
    existing: Registration | undefined
  ) {
    if (existing) showRegistration(period, input, existing)
    try {
      const saved = await api.saveRegistration(input)
      patchRecords(period, (r) => ({
        ...r,
        registrations: [
          ...r.registrations.filter((x) => x.id !== saved.id && x.id !== existing?.id),
          saved
        ]
      }))
    } catch (error) {
      refused(error)
    }
  }

  async function removeRegistration(period: { from: number; to: number }, id: string) {
    patchRecords(period, (r) => ({
      ...r,
      registrations: r.registrations.filter((x) => x.id !== id)
    }))
    try {
      await api.deleteRegistration({ id })
    } catch (error) {
      refused(error)
    }
  }

  function showTally(period: { from: number; to: number }, input: HouseholdTallyInput) {
    patchRecords(period, (r) => ({
      ...r,
      tallies: r.tallies.map((t) =>
        t.year === input.year && t.unitId === input.unitId
          ? {
              ...t,
              ...(input.households !== undefined ? { households: input.households } : {}),
              ...(input.titled !== undefined ? { titled: input.titled, names: [] } : {})
            }
          : t
      )
    }))
  }

  async function saveTally(period: { from: number; to: number }, input: HouseholdTallyInput) {
    showTally(period, input)
    try {
      const saved = await api.saveHouseholdTally(input)
      patchRecords(period, (r) => ({
        ...r,
        tallies: [...r.tallies.filter((t) => t.id !== saved.id), saved]
      }))
    } catch (error) {
      refused(error)
    }
  }

  return {
    showUnit,
    saveUnit,
    showRegistration,
    saveRegistration,
    removeRegistration,
    showTally,
    saveTally
  }
}
