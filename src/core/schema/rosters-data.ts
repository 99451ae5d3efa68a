import { z } from 'zod'
import { Roster } from '@shared/rosters/entities'

/** The rosters part of the database: each roster carries its quota and all its versions. */
export const RostersData = z.strictObject({
  rosters: z.array(Roster)
})
export type RostersData = z.infer<typeof RostersData>

export const emptyRostersData = (): RostersData => ({ rosters: [] })
