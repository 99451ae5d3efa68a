import { z } from 'zod'
import { defaultAwardForms } from './default-award-forms'
import { AwardForm, Decision, Honoree, RegisterEntry } from '@shared/honours/entities'

/** Honorees, the award forms catalogue, decisions and the register. */
export const HonoursData = z.strictObject({
  awardForms: z.array(AwardForm),
  honorees: z.array(Honoree),
  decisions: z.array(Decision),
  register: z.array(RegisterEntry)
})
export type HonoursData = z.infer<typeof HonoursData>

export const emptyHonoursData = (): HonoursData => ({
  awardForms: defaultAwardForms(),
  honorees: [],
  decisions: [],
  register: []
})
