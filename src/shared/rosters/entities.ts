import { z } from 'zod'
import { isoDate } from '../entities'
import { PersonDetails, PersonNotes } from '../delegates/entities'
import {
  quotaCriteria,
  rosterColumnKeys,
  rosterKinds,
  rosterPrintOrders,
  rosterPdfKinds,
  rosterStatuses
} from './records'

const text = (max = 500) => z.string().max(max)
const id = z.string().min(1).max(64)

/**
 * What a roster records about one member. For a member chosen from the event's delegates these
 * are copied from the delegate (live while the version is a draft, frozen from submission on);
 * for a member added directly they are the only data.
 */
export const MemberFields = z.strictObject({
  ...PersonDetails.shape,
  fullName: text(200).min(1),
  /** The delegate category's name at the time of the snapshot. */
  category: text(200),
  /** Người trực tiếp lao động, sản xuất (a usual quota share). */
  directlyWorking: z.boolean(),
  ...PersonNotes.shape
})
export type MemberFields = z.infer<typeof MemberFields>

export const RosterMember = z.strictObject({
  /** Stable across versions of the roster. */
  id,
  /** The event's delegate this member was chosen from; null when added directly. */
  delegateId: id.nullable(),
  fields: MemberFields
})
export type RosterMember = z.infer<typeof RosterMember>

export const QuotaMinimum = z.strictObject({
  criterion: z.enum(quotaCriteria),
  /** At least this many members… */
  minCount: z.number().int().min(0).max(100_000).nullable(),
  /** …and/or at least this share of the members, in percent. */
  minPercent: z.number().min(0).max(100).nullable()
})
export type QuotaMinimum = z.infer<typeof QuotaMinimum>

export const Quota = z.strictObject({
  /** The number of members allotted; null = no fixed number. */
  total: z.number().int().min(0).max(100_000).nullable(),
  minimums: z.array(QuotaMinimum).max(20)
})
export type Quota = z.infer<typeof Quota>

export const RosterApproval = z.strictObject({
  approvedBy: text(300).min(1),
  /** e.g. "Đại hội biểu quyết thông qua" */
  basis: text(500).min(1),
  documentNumber: text(100),
  /** The day of the vote or of the approving document, when it is not the day it was recorded. */
  decidedOn: isoDate.nullable(),
  /** ISO time the approval was recorded. */
  at: z.string()
})
export type RosterApproval = z.infer<typeof RosterApproval>

export const RosterVersion = z.strictObject({
  number: z.number().int().min(1),
  status: z.enum(rosterStatuses),
  /** Why this version was opened (empty for the first). */
  reason: text(1000),
  members: z.array(RosterMember),
  createdAt: z.string(),
  submittedAt: z.string().nullable(),
  approval: RosterApproval.nullable()
})
export type RosterVersion = z.infer<typeof RosterVersion>

export const Roster = z.strictObject({
  id,
  eventId: id,
  name: text(300).min(1),
  kind: z.enum(rosterKinds),
  quota: Quota,
  /** Oldest first; approved versions never change, only the newest may be open. */
  versions: z.array(RosterVersion).min(1),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type Roster = z.infer<typeof Roster>

export const MemberChange = z.strictObject({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown()
})
export type MemberChange = z.infer<typeof MemberChange>

/** A version against the one before it: who joined, who left, whose fields changed. */
export const RosterDiff = z.strictObject({
  fromVersion: z.number().int().nullable(),
  toVersion: z.number().int(),
  added: z.array(RosterMember),
  removed: z.array(RosterMember),
  changed: z.array(z.strictObject({ member: RosterMember, changes: z.array(MemberChange) }))
})
export type RosterDiff = z.infer<typeof RosterDiff>

export const QuotaShareCheck = z.strictObject({
  criterion: z.enum(quotaCriteria),
  count: z.number().int(),
  percent: z.number(),
  /** The smallest count that meets both the count and the percent minimum. */
  required: z.number().int(),
  ok: z.boolean()
})
export type QuotaShareCheck = z.infer<typeof QuotaShareCheck>

export const QuotaCheck = z.strictObject({
  count: z.number().int(),
  total: z.number().int().nullable(),
  totalOk: z.boolean(),
  shares: z.array(QuotaShareCheck),
  ok: z.boolean()
})
export type QuotaCheck = z.infer<typeof QuotaCheck>

/** A version as the app shows it: members resolved, checked against the quota, diffed. */
export const RosterVersionView = RosterVersion.extend({
  quotaCheck: QuotaCheck,
  diff: RosterDiff,
  /** Linked members whose delegate no longer exists (draft versions only). */
  missingDelegateIds: z.array(id)
})
export type RosterVersionView = z.infer<typeof RosterVersionView>

export const RosterView = Roster.omit({ versions: true }).extend({
  versions: z.array(RosterVersionView)
})
export type RosterView = z.infer<typeof RosterView>

export const RosterSummary = z.strictObject({
  id,
  eventId: id,
  name: z.string(),
  kind: z.enum(rosterKinds),
  quota: Quota,
  versionNumber: z.number().int(),
  status: z.enum(rosterStatuses),
  memberCount: z.number().int(),
  quotaOk: z.boolean(),
  /** The newest approved version, if any. */
  approvedVersion: z.number().int().nullable(),
  updatedAt: z.string()
})
export type RosterSummary = z.infer<typeof RosterSummary>

export const RosterPrintOptions = z.strictObject({
  kind: z.enum(rosterPdfKinds),
  columns: z.array(z.enum(rosterColumnKeys)).min(1).max(rosterColumnKeys.length).optional(),
  order: z.enum(rosterPrintOrders).optional(),
  /** One of the organisation's signers; default the first. */
  signerId: z.string().max(64).optional()
})
export type RosterPrintOptions = z.infer<typeof RosterPrintOptions>
