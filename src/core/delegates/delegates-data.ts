import { z } from 'zod'
import {
  Delegate,
  DelegateCategory,
  DelegateColumn,
  DelegateNumbering
} from '../../shared/delegates/entities'

/** The delegates part of the database. */
export const DelegatesData = z.strictObject({
  categories: z.array(DelegateCategory),
  delegates: z.array(Delegate),
  /** Added after schema v3 shipped, so files written before may lack them. */
  columns: z.array(DelegateColumn).optional(),
  numbering: z.array(DelegateNumbering).optional()
})
export type DelegatesData = z.infer<typeof DelegatesData>

export const emptyDelegatesData = (): DelegatesData => ({ categories: [], delegates: [] })
