import { z } from 'zod'
import {
  CouncilMeeting,
  EmulationTitle,
  HouseholdTally,
  Movement,
  Proposal,
  Registration,
  Unit
} from '@shared/movement/entities'
import { defaultEmulationTitles } from './default-titles'

/** The organisation's units and emulation movements (kept once, not per event). */
export const MovementData = z.strictObject({
  units: z.array(Unit),
  titles: z.array(EmulationTitle),
  movements: z.array(Movement),
  registrations: z.array(Registration),
  tallies: z.array(HouseholdTally),
  proposals: z.array(Proposal),
  councils: z.array(CouncilMeeting)
})
export type MovementData = z.infer<typeof MovementData>

export const emptyMovementData = (): MovementData => ({
  units: [],
  titles: defaultEmulationTitles(),
  movements: [],
  registrations: [],
  tallies: [],
  proposals: [],
  councils: []
})
