import type { AppContext } from '../app-context'
import { seedSampleAgenda } from '../agenda/sample-agenda'
import { seedSampleDelegates } from '../delegates/sample-delegates'
import { seedSampleHonours } from '../honours/sample-honours'
import { seedSampleMovement } from '../movement/sample-movement'
import { seedSampleRosters } from '../rosters/sample-rosters'
import type { DatabaseData } from '../schema/database-schema'
import type { SampleEvent } from './sample-event'

export interface SampleSeedContext {
  eventId: string
  sample: SampleEvent
  ctx: AppContext
  /** ISO time of the seeding. */
  now: string
}

/** Fills the sample event's records inside the one change that creates it. */
export type SampleSeeder = (draft: DatabaseData, seed: SampleSeedContext) => void

/** In order: later seeders may read what earlier ones added (honorees link to delegates…). */
export const sampleSeeders: readonly SampleSeeder[] = [
  seedSampleDelegates,
  seedSampleRosters,
  seedSampleHonours,
  seedSampleAgenda,
  seedSampleMovement
]
