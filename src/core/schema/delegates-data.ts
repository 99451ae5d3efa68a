import { z } from 'zod'
import {
  Delegate,
  DelegateCategory,
  DelegateColumn,
  DelegateNumbering
} from '../../shared/delegates/entities'
import {
  CardRevocation,
  CheckInSecret,
  InvitationSettingsRecord
} from '../../shared/cards/entities'

/** The delegates part of the database. */
export const DelegatesData = z.strictObject({
  categories: z.array(DelegateCategory),
  delegates: z.array(Delegate),
  /** Added after schema v3 shipped, so files written before may lack them. */
  columns: z.array(DelegateColumn).optional(),
  numbering: z.array(DelegateNumbering).optional(),
  /** Signing keys of the events' check-in codes (added with delegate cards). */
  checkInSecrets: z.array(CheckInSecret).optional(),
  cardRevocations: z.array(CardRevocation).optional(),
  invitationSettings: z.array(InvitationSettingsRecord).optional()
})
export type DelegatesData = z.infer<typeof DelegatesData>

export const emptyDelegatesData = (): DelegatesData => ({ categories: [], delegates: [] })
