import { z } from 'zod'

/** The rosters part of the database (rosters, their quotas and frozen versions). */
export const RostersData = z.strictObject({
  rosters: z.array(z.unknown())
})
export type RostersData = z.infer<typeof RostersData>

export const emptyRostersData = (): RostersData => ({ rosters: [] })
