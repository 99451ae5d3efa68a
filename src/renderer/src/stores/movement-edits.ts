import { defineStore } from 'pinia'
import { shallowReactive } from 'vue'
import type { HouseholdTally, Registration } from '@shared/movement/entities'

export type RegistrationEdit = Partial<Pick<Registration, 'result' | 'reason' | 'personName'>>
export type TallyEdit = Pick<HouseholdTally, 'households' | 'titled'>

export const tallyKey = (year: number, unitId: string) => `${year}:${unitId}`

export interface MovementRecordsShape {
  registrations: readonly Registration[]
  tallies: readonly HouseholdTally[]
}

/**
 * What the user typed into the year grid and the server has not answered yet. It is laid over
 * whatever the cache holds, so a read that left the server before the save cannot put an older
 * value back into a cell; each edit is dropped when the save that carries it is answered.
 */
export const useMovementEditsStore = defineStore('movementEdits', () => {
  const registrations = shallowReactive(new Map<string, RegistrationEdit>())
  const tallies = shallowReactive(new Map<string, TallyEdit & { year: number; unitId: string }>())

  function editRegistration(id: string, edit: RegistrationEdit): RegistrationEdit {
    const next = { ...registrations.get(id), ...edit }
    registrations.set(id, next)
    return next
  }

  function editTally(year: number, unitId: string, edit: TallyEdit): TallyEdit {
    const next = { ...edit, year, unitId }
    tallies.set(tallyKey(year, unitId), next)
    return next
  }

  /** The save of `edit` was answered: forget it unless something newer was typed since. */
  function settleRegistration(id: string, edit: RegistrationEdit | undefined) {
    if (edit === undefined || registrations.get(id) === edit) registrations.delete(id)
  }

  function settleTally(year: number, unitId: string, edit: TallyEdit | undefined) {
    const key = tallyKey(year, unitId)
    if (edit === undefined || tallies.get(key) === edit) tallies.delete(key)
  }

  /** The records with every unanswered edit laid over them. */
  function overlay<R extends MovementRecordsShape>(records: R): R {
    if (registrations.size === 0 && tallies.size === 0) return records
    const seen = new Set<string>()
    const shown = records.tallies.map((t) => {
      const key = tallyKey(t.year, t.unitId)
      const edit = tallies.get(key)
      if (!edit) return t
      seen.add(key)
      return { ...t, households: edit.households, titled: edit.titled }
    })
    for (const [key, edit] of tallies)
      if (!seen.has(key)) shown.push({ id: `typed:${key}`, names: [], updatedAt: '', ...edit })
    return {
      ...records,
      registrations: records.registrations.map((r) => {
        const edit = registrations.get(r.id)
        return edit ? { ...r, ...edit } : r
      }),
      tallies: shown
    }
  }

  return {
    registrations,
    tallies,
    editRegistration,
    editTally,
    settleRegistration,
    settleTally,
    overlay
  }
})
