import { z } from 'zod'
import {
  Delegate,
  DelegateCategory,
  DelegateColumn,
  DelegateNumbering
} from '@shared/delegates/entities'
import { CardRevocation, CheckInSecret, InvitationSettingsRecord } from '@shared/cards/entities'
import { Absence, CheckInEntry, QuorumSettings, Substitution } from '@shared/attendance/entities'
import { HallPlan } from '@shared/seating/entities'

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
  invitationSettings: z.array(InvitationSettingsRecord).optional(),
  /** Attendance at the door (added with check-in): movements, absences, substitutes, quorum. */
  checkIns: z.array(CheckInEntry).optional(),
  absences: z.array(Absence).optional(),
  substitutions: z.array(Substitution).optional(),
  quorumSettings: z.array(QuorumSettings).optional(),
  /** The event's hall and who sits where (added with the seating plan). */
  halls: z.array(HallPlan).optional()
})
export type DelegatesData = z.infer<typeof DelegatesData>

export const emptyDelegatesData = (): DelegatesData => ({ categories: [], delegates: [] })
