import { z } from 'zod'
import {
  AppInfo,
  AuditEntry,
  BackupInfo,
  Event,
  EventFields,
  Organisation,
  Settings,
  StorageStatus,
  UnsavedCopyOutcome,
  EventProgress
} from './entities'
import type { MethodName } from './method-names'
import { byId, FileOut, maxImportBase64Length, method, none } from './contract-part'
import { agendaContract } from './agenda/contract'
import { attendanceContract } from './attendance/contract'
import { cardsContract } from './cards/contract'
import { certificatesContract } from './certificates/contract'
import { delegatesContract } from './delegates/contract'
import { honoursContract } from './honours/contract'
import { importContract } from './import/contract'
import { movementContract } from './movement/contract'
import { proposalsContract } from './movement/proposals-contract'
import { rostersContract } from './rosters/contract'
import { seatingContract } from './seating/contract'
import { deskContract } from './desk/contract'

export { maxImportBase64Length } from './contract-part'

/**
 * Every method the renderer may call: one JSON-safe argument in, one JSON-safe result out.
 * Preload, web client, dispatch and api.ts are all built from this table.
 */
export const contract = {
  getAppInfo: method(none, AppInfo),
  getStorageStatus: method(none, StorageStatus),

  getOrganisation: method(none, Organisation),
  updateOrganisation: method(Organisation.partial().strict(), Organisation),
  getSettings: method(none, Settings),
  updateSettings: method(Settings.partial().strict(), Settings),

  listEvents: method(z.strictObject({ includeArchived: z.boolean().optional() }), z.array(Event)),
  getEvent: method(byId, Event),
  /** Counts per step of the event (delegates … programme), for its Overview. */
  getEventProgress: method(byId, EventProgress),
  createEvent: method(EventFields, Event),
  updateEvent: method(
    z.strictObject({ id: byId.shape.id, patch: EventFields.partial().strict() }),
    Event
  ),
  duplicateEvent: method(byId, Event),
  archiveEvent: method(z.strictObject({ id: byId.shape.id, archived: z.boolean() }), Event),
  deleteEvent: method(byId, z.strictObject({ deleted: z.literal(true) })),
  openSampleEvent: method(none, Event),
  /** The whole event as one file (for a USB stick or another office). */
  exportEvent: method(byId, z.strictObject({ fileName: z.string(), contentBase64: z.string() })),
  /** Adds the event in an exported file as a new event; the file's own id is never reused. */
  importEvent: method(
    z.strictObject({
      fileName: z.string().min(1).max(255),
      contentBase64: z.string().min(1).max(maxImportBase64Length)
    }),
    Event
  ),

  listAudit: method(
    z.strictObject({
      entityId: z.string().max(64).optional(),
      limit: z.number().int().min(1).max(1000).optional()
    }),
    z.array(AuditEntry)
  ),
  undoLastChange: method(none, z.strictObject({ undone: AuditEntry })),
  /** The change Hoàn tác would revert now (null: nothing to undo), for its button and tooltip. */
  getUndoState: method(none, z.strictObject({ next: AuditEntry.nullable() })),

  listBackups: method(none, z.array(BackupInfo)),
  createBackup: method(z.strictObject({ name: z.string().min(1).max(100) }), BackupInfo),
  restoreBackup: method(byId, z.strictObject({ restoredFrom: BackupInfo })),

  /**
   * Shows a document the app produced: the desktop opens it in the system viewer (url null), the
   * browser mode serves it once at an unguessable url for a new tab. A host feature: each runtime
   * passes its host into the service, whose handler checks the document's kind first; without a
   * host (CLI) it is refused.
   */
  openDocument: method(
    FileOut.extend({ contentBase64: z.string().min(1).max(maxImportBase64Length) }),
    z.strictObject({ url: z.string().nullable() })
  ),
  /**
   * The data as it is in memory, as a complete data file, for when the data folder cannot be
   * written: the core answers with the bytes for a download (browser mode); the desktop asks
   * where to save them and writes them there.
   */
  saveUnsavedCopy: method(none, UnsavedCopyOutcome),

  ...delegatesContract,
  ...rostersContract,
  ...importContract,
  ...honoursContract,
  ...certificatesContract,
  ...cardsContract,
  ...attendanceContract,
  ...agendaContract,
  ...seatingContract,
  ...deskContract,
  ...movementContract,
  ...proposalsContract
} satisfies Record<MethodName, { args: z.ZodType; result: z.ZodType }>

export type Contract = typeof contract
export type ArgOf<M extends MethodName> = z.input<Contract[M]['args']>
export type ParsedArgOf<M extends MethodName> = z.output<Contract[M]['args']>
export type ResultOf<M extends MethodName> = z.output<Contract[M]['result']>

export { methodNames, channelOf, isMethodName, type MethodName } from './method-names'
