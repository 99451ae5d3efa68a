import { z } from 'zod'
import { isoDate } from '../entities'
import { byEventId, byId, entityId, FileOut, method, type ContractPart } from '../contract-part'
import { MemberFields, Quota, RosterPrintOptions, RosterSummary, RosterView } from './entities'
import { rosterKinds } from './records'
import type { rostersMethodNames } from './method-names'

const rosterId = z.strictObject({ rosterId: entityId })
const RosterFields = z.strictObject({
  name: z.string().min(1).max(300),
  kind: z.enum(rosterKinds),
  quota: Quota
})

export const rostersContract = {
  listRosters: method(byEventId, z.array(RosterSummary)),
  /** Every version, members resolved, each checked against the quota and diffed. */
  getRoster: method(byId, RosterView),
  createRoster: method(
    RosterFields.partial({ quota: true }).extend({ eventId: entityId }),
    RosterView
  ),
  updateRoster: method(
    z.strictObject({ id: entityId, patch: RosterFields.partial().strict() }),
    RosterView
  ),
  /** Refused (FROZEN) once any version is approved. */
  deleteRoster: method(byId, z.strictObject({ deleted: z.literal(true) })),
  /** Adds the event's delegates to the draft (already present ones are skipped). */
  addRosterMembers: method(
    rosterId.extend({ delegateIds: z.array(entityId).min(1).max(100_000) }),
    RosterView
  ),
  /** Adds someone who is not among the event's delegates. */
  addRosterMember: method(rosterId.extend({ fields: MemberFields }), RosterView),
  /** Edits a directly added member; a linked member is edited through its delegate. */
  updateRosterMember: method(
    rosterId.extend({ memberId: entityId, patch: MemberFields.partial().strict() }),
    RosterView
  ),
  removeRosterMembers: method(
    rosterId.extend({ memberIds: z.array(entityId).min(1).max(100_000) }),
    RosterView
  ),
  /** Freezes the draft's members for review. */
  submitRosterVersion: method(rosterId, RosterView),
  returnRosterToDraft: method(rosterId, RosterView),
  /** Approves the open version of each roster, all or none, in one change. */
  approveRosters: method(
    z.strictObject({
      rosterIds: z.array(entityId).min(1).max(1000),
      approvedBy: z.string().min(1).max(300),
      basis: z.string().min(1).max(500),
      documentNumber: z.string().max(100),
      decidedOn: isoDate.nullable().optional()
    }),
    z.strictObject({
      approved: z.array(z.strictObject({ rosterId: entityId, version: z.number().int() }))
    })
  ),
  /** Opens a new draft from the approved newest version, with the reason for the change. */
  openRosterVersion: method(rosterId.extend({ reason: z.string().min(1).max(1000) }), RosterView),
  renderRosterPdf: method(
    rosterId.extend({
      version: z.number().int().min(1).optional(),
      options: RosterPrintOptions
    }),
    FileOut
  ),
  /** The version as an office spreadsheet (XLSX or CSV) the import reads back. */
  exportRoster: method(
    rosterId.extend({
      version: z.number().int().min(1).optional(),
      format: z.enum(['xlsx', 'csv'])
    }),
    FileOut
  )
} satisfies ContractPart<(typeof rostersMethodNames)[number]>
