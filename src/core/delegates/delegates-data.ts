import { z } from 'zod'
import { Delegate, DelegateCategory } from '../../shared/delegates/entities'

/** The delegates part of the database. */
export const DelegatesData = z.strictObject({
  categories: z.array(DelegateCategory),
  delegates: z.array(Delegate)
})
export type DelegatesData = z.infer<typeof DelegatesData>

export const emptyDelegatesData = (): DelegatesData => ({ categories: [], delegates: [] })
