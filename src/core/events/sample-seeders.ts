import { seedSampleAgenda } from '../agenda'
import { seedSampleDelegates } from '../delegates'
import { seedSampleHonours } from '../honours'
import { seedSampleMovement } from '../movement'
import { seedSampleRosters } from '../rosters'
import { seedSampleSeating } from '../seating'
import type { SampleSeeder } from './sample-event'

/** In order: later seeders may read what earlier ones added (honorees link to delegates…). */
export const sampleSeeders: readonly SampleSeeder[] = [
  seedSampleDelegates,
  seedSampleRosters,
  seedSampleHonours,
  seedSampleAgenda,
  seedSampleSeating,
  seedSampleMovement
]
