import { useQueryCache } from '@pinia/colada'
import type { HouseholdTallyInput, RegistrationInput, UnitFields } from '@shared/movement/contract'
import type { HouseholdTally, Registration, Unit } from '@shared/movement/entities'
import { api } from '../../api'
import { keys } from '../../queries/keys'
import type { MovementRecords } from '../../queries/movement'
import {
  useMovementEditsStore,
  type RegistrationEdit,
  type TallyEdit
} from '../../stores/movement-edits'
import { useNotify } from '../../use-notify'

type Period = { from: number; to: number }

/**
 * The movement's changes: each shows at once (every figure follows), is saved, and the cache is
 * read again when the save is refused. A read of the records that left before a save is answered
 * is cancelled, and what is being typed stays laid over the cache until its save is answered.
 */
export function useMovementChanges() {
  const cache = useQueryCache()
  const notify = useNotify()
  const edits = useMovementEditsStore()

  const patchRecords = (period: Period, change: (records: MovementRecords) => MovementRecords) => {
    const key = keys.movementRecords(period.from, period.to)
    // An older read in flight would put back what was there before this answer.
    void cache.cancelQueries({ key: ['movementRecords'] })
    const current = cache.getQueryData<MovementRecords>(key)
    if (current) cache.setQueryData(key, change(current))
  }

  const refused = (error: unknown) => {
    notify.error(error)
    void cache.invalidateQueries({ key: ['movementRecords'] })
    void cache.invalidateQueries({ key: keys.units() })
  }

  const landed = (period: Period, saved: Registration, replaces?: string) =>
    patchRecords(period, (r) => ({
      ...r,
      registrations: [
        ...r.registrations.filter((x) => x.id !== saved.id && x.id !== replaces),
        saved
      ]
    }))

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

  const editOf = (input: RegistrationInput): RegistrationEdit => ({
    ...(input.result ? { result: input.result } : {}),
    ...(input.reason !== undefined ? { reason: input.reason } : {}),
    ...(input.personName !== undefined ? { personName: input.personName } : {})
  })

  /** Shows a change of a saved registration at once, before (or without) saving it. */
  function showRegistration(input: RegistrationInput, existing: Registration): RegistrationEdit {
    return edits.editRegistration(existing.id, editOf(input))
  }

  /**
   * Saves a registration; `existing` (a saved one) shows the change at once. Answers the saved
   * registration, or undefined when the save was refused (the user has been told).
   */
  async function saveRegistration(
    period: Period,
    input: RegistrationInput,
    existing: Registration | undefined,
    /** Runs with the answer just before it is shown (a row takes the new record's place). */
    beforeShown?: (saved: Registration) => void
  ): Promise<Registration | undefined> {
    const edit = existing ? showRegistration(input, existing) : undefined
    try {
      const saved = await api.saveRegistration(existing ? { ...input, id: existing.id } : input)
      beforeShown?.(saved)
      landed(period, saved, existing?.id)
      return saved
    } catch (error) {
      refused(error)
      return undefined
    } finally {
      if (existing) edits.settleRegistration(existing.id, edit)
    }
  }

  async function removeRegistration(period: Period, id: string) {
    patchRecords(period, (r) => ({
      ...r,
      registrations: r.registrations.filter((x) => x.id !== id)
    }))
    edits.settleRegistration(id, undefined)
    try {
      await api.deleteRegistration({ id })
    } catch (error) {
      refused(error)
    }
  }

  /** Shows a tally as typed; `shown` is the tally the grid shows now (or the unit's default). */
  function showTally(
    input: HouseholdTallyInput,
    shown: Pick<HouseholdTally, 'households' | 'titled'>
  ) {
    return edits.editTally(input.year, input.unitId, {
      households: input.households ?? shown.households,
      titled: input.titled ?? shown.titled
    })
  }

  async function saveTally(period: Period, input: HouseholdTallyInput, edit?: TallyEdit) {
    try {
      const saved = await api.saveHouseholdTally(input)
      patchRecords(period, (r) => ({
        ...r,
        tallies: [
          ...r.tallies.filter(
            (t) => t.id !== saved.id && !(t.year === saved.year && t.unitId === saved.unitId)
          ),
          saved
        ]
      }))
    } catch (error) {
      refused(error)
    } finally {
      edits.settleTally(input.year, input.unitId, edit)
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
