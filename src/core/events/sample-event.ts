import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { EventFields, Organisation } from '@shared/entities'
import type { AppContext } from '../app-context'
import type { DatabaseData } from '../schema/database-schema'

const SampleRole = z.strictObject({ role: z.string(), title: z.string(), name: z.string() })

export const SampleEvent = z.strictObject({
  organisation: Organisation,
  event: EventFields,
  /** The people later features (programme, award rounds) name as presenters. */
  roles: z.array(SampleRole)
})
export type SampleEvent = z.infer<typeof SampleEvent>

export function loadSampleEvent(resourcesDir: string): SampleEvent {
  const file = join(resourcesDir, 'sample-event', 'event.json')
  return SampleEvent.parse(JSON.parse(readFileSync(file, 'utf8')))
}

export interface SampleSeedContext {
  eventId: string
  sample: SampleEvent
  ctx: AppContext
  /** ISO time of the seeding. */
  now: string
}

/** Fills the sample event's records inside the one change that creates it. */
export type SampleSeeder = (draft: DatabaseData, seed: SampleSeedContext) => void
