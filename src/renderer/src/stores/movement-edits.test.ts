import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { HouseholdTally, Registration } from '@shared/movement/entities'
import { useMovementEditsStore } from './movement-edits'

const reg = (over: Partial<Registration> = {}): Registration => ({
  id: 'r1',
  year: 2026,
  unitId: 'u1',
  titleId: 'title-tdp-van-hoa',
  personName: '',
  result: 'pending',
  reason: '',
  updatedAt: '2026-12-01T00:00:00.000Z',
  ...over
})
const tally = (over: Partial<HouseholdTally> = {}): HouseholdTally => ({
  id: 't1',
  year: 2026,
  unitId: 'u1',
  households: 240,
  titled: 200,
  names: [],
  updatedAt: '2026-12-01T00:00:00.000Z',
  ...over
})

describe('edits being typed in the year grid', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('stay over an older read of the records until their save is answered', () => {
    const edits = useMovementEditsStore()
    const first = edits.editRegistration('r1', { reason: 'Còn vi phạm' })
    const newer = edits.editRegistration('r1', { reason: 'Còn vi phạm vệ sinh' })
    // A read that left the server before either save still says nothing was typed.
    const older = { registrations: [reg()], tallies: [] }
    expect(edits.overlay(older).registrations[0]?.reason).toBe('Còn vi phạm vệ sinh')
    // The first save's answer must not drop what was typed after it.
    edits.settleRegistration('r1', first)
    expect(edits.overlay(older).registrations[0]?.reason).toBe('Còn vi phạm vệ sinh')
    edits.settleRegistration('r1', newer)
    expect(edits.overlay(older).registrations[0]?.reason).toBe('')
  })

  it("shows a typed tally over the cache's, and a tally the group did not have yet", () => {
    const edits = useMovementEditsStore()
    edits.editTally(2026, 'u1', { households: 240, titled: 221 })
    edits.editTally(2026, 'u2', { households: 180, titled: 170 })
    const shown = edits.overlay({ registrations: [], tallies: [tally()] }).tallies
    expect(shown.map((t) => [t.unitId, t.households, t.titled])).toEqual([
      ['u1', 240, 221],
      ['u2', 180, 170]
    ])
  })

  it('leaves the records as they are when nothing is being typed', () => {
    const records = { registrations: [reg()], tallies: [tally()] }
    expect(useMovementEditsStore().overlay(records)).toBe(records)
  })
})
