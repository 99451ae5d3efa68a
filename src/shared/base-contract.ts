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
import type { baseMethodNames } from './method-names'
import {
  byId,
  FileOut,
  maxImportBase64Length,
  method,
  none,
  type ContractPart
} from './contract-part'

/** The methods of no feature: the app, organisation and settings, events, audit, backups, host. */
export const baseContract = {
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
  saveUnsavedCopy: method(none, UnsavedCopyOutcome)
} satisfies ContractPart<(typeof baseMethodNames)[number]>
