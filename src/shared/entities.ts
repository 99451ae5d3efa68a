import { z } from 'zod'
import { isRealIsoDate } from './dates/calendar-date'
import { signerDelegations } from './records'

export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD')
  .refine(isRealIsoDate, 'not a day on the calendar')
export const clockTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM')
const text = (max = 500) => z.string().max(max)

/**
 * The signature block as Decree 30 names its authority, top to bottom:
 * "TM. <collective>", "<delegation>. <onBehalfOf>", "[Q. ]<title>", then the name.
 */
export const SignerBlock = z.strictObject({
  name: text(200),
  /** e.g. "CHỦ TỊCH", "PHÓ CHỦ TỊCH" */
  title: text(200),
  /** Signs on behalf of a collective body: "TM. ỦY BAN NHÂN DÂN", "TM. BAN TỔ CHỨC". */
  collective: text(200).optional(),
  /** Set for one who signs for the head: "KT. <onBehalfOf>" (or TL./TUQ.) above the title. */
  onBehalfOf: text(200).optional(),
  /** Absent = "KT.". */
  delegation: z.enum(signerDelegations).optional(),
  /** Acting head: "Q. CHỦ TỊCH". */
  acting: z.boolean().optional()
})
export type SignerBlock = z.infer<typeof SignerBlock>

export const Signer = SignerBlock.extend({ id: z.string().min(1).max(64) })
export type Signer = z.infer<typeof Signer>

export const Logo = z.strictObject({
  mime: z.enum(['image/png', 'image/jpeg']),
  dataBase64: z.string().max(2_000_000)
})
export type Logo = z.infer<typeof Logo>

export const Organisation = z.strictObject({
  /** e.g. "Ủy ban nhân dân phường Tiền Phong" */
  authorityName: text(300),
  /** Upper-case header lines of the issuing body, e.g. ["ỦY BAN NHÂN DÂN", "PHƯỜNG TIỀN PHONG"]. */
  headerLines: z.array(text(200)).max(4),
  /**
   * How many of the first header lines name a separate superior body ("UBND TỈNH BẮC NINH" over
   * "SỞ NỘI VỤ"): printed regular, every line of the issuing body itself bold. Absent = 0.
   */
  superiorLineCount: z.number().int().min(0).max(3).optional(),
  /** Place name for the date line: "Tiền Phong, ngày 05 tháng 9 năm 2025". */
  placeName: text(200),
  /** e.g. "QĐ-UBND" */
  documentSymbol: text(50),
  signers: z.array(Signer).max(20),
  logo: Logo.nullable()
})
export type Organisation = z.infer<typeof Organisation>

export const uiLanguages = ['vi', 'en', 'de'] as const
export const Settings = z.strictObject({
  operatorName: text(200),
  uiLanguage: z.enum(uiLanguages)
})
export type Settings = z.infer<typeof Settings>

export const eventKinds = ['congress', 'conference', 'ceremony'] as const
export type EventKind = (typeof eventKinds)[number]

export const EventFields = z.strictObject({
  title: z.string().min(1, 'the title is required').max(300),
  kind: z.enum(eventKinds),
  /** The period reviewed, whose achievements are honoured, e.g. 2020–2025. */
  periodFrom: z.number().int().min(1900).max(2200).nullable(),
  periodTo: z.number().int().min(1900).max(2200).nullable(),
  /** The period the event launches, e.g. 2025–2030. */
  launchFrom: z.number().int().min(1900).max(2200).nullable(),
  launchTo: z.number().int().min(1900).max(2200).nullable(),
  date: isoDate.nullable(),
  startTime: clockTime.nullable(),
  venue: text(300),
  organiser: text(300)
})
export type EventFields = z.infer<typeof EventFields>

export const Event = EventFields.extend({
  id: z.string(),
  archived: z.boolean(),
  isSample: z.boolean(),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type Event = z.infer<typeof Event>

export const auditEntities = [
  'organisation',
  'settings',
  'event',
  'backup',
  'delegate',
  'roster',
  'import',
  'honoree',
  'awardForm',
  'decision',
  'register',
  'template',
  'printerProfile',
  'font',
  'agendaItem',
  'awardRound',
  'unit',
  'emulationTitle',
  'movement',
  'registration',
  'proposal',
  'council',
  'checkIn',
  'hallPlan'
] as const

/**
 * Every verb the audit log records. A closed list, so each has a human wording in both UI
 * languages (the log and the undo toast never show a method name).
 */
export const auditActions = [
  'create',
  'update',
  'delete',
  'duplicate',
  'import',
  'archive',
  'unarchive',
  'sample',
  'restore',
  'undo',
  'add-many',
  'bulk-update',
  'categories',
  'columns',
  'revokeCard',
  'createCheckInKey',
  'addMembers',
  'addMember',
  'updateMember',
  'removeMembers',
  'submit',
  'returnToDraft',
  'approve',
  'openVersion',
  'issue',
  'void',
  'print',
  'add',
  'replace',
  'template',
  'reorder',
  'settings',
  'vote',
  'move-honoree',
  'start',
  'finish',
  'reset-run',
  'save',
  'tally',
  'attach',
  'detach',
  'check-in',
  'check-out',
  'absence',
  'guest',
  'substitute',
  'quorum',
  'assign-seats',
  'move-seat'
] as const
export type AuditAction = (typeof auditActions)[number]

export const AuditChange = z.object({
  field: z.string(),
  before: z.unknown(),
  after: z.unknown()
})
export type AuditChange = z.infer<typeof AuditChange>

export const AuditEntry = z.object({
  id: z.string(),
  seq: z.number().int(),
  at: z.string(),
  operator: z.string(),
  entity: z.enum(auditEntities),
  entityId: z.string(),
  action: z.string(),
  /** What the change was about, as the user knows it: an event's title, the fields edited… */
  subject: z.string(),
  /** The action this entry undid, when `action` is "undo". */
  undoneAction: z.string().optional(),
  changes: z.array(AuditChange)
})
export type AuditEntry = z.infer<typeof AuditEntry>

/** How far an event has come, for its Overview: counts per step. */
export const EventProgress = z.strictObject({
  /** The organisation's name is filled in (every document and certificate uses it). */
  organisationReady: z.boolean(),
  delegates: z.number().int(),
  rosters: z.number().int(),
  rostersApproved: z.number().int(),
  honorees: z.number().int(),
  decisions: z.number().int(),
  decisionsIssued: z.number().int(),
  /** Active register numbers of the event's decisions, and how many of them were printed. */
  registerNumbers: z.number().int(),
  certificatesPrinted: z.number().int(),
  agendaItems: z.number().int(),
  awardRounds: z.number().int()
})
export type EventProgress = z.infer<typeof EventProgress>

export const saveStates = ['saved', 'saving', 'retrying', 'read-only'] as const
export const StorageStatus = z.object({
  state: z.enum(saveStates),
  lastSavedAt: z.string().nullable(),
  seq: z.number().int(),
  /** Human-readable reason while a write keeps failing. */
  error: z.string().nullable(),
  /** Changes committed but not yet on disk (kept in memory until they are). */
  unsavedChanges: z.number().int().min(0),
  /** When the current run of failed writes began; null while writing works. */
  failingSince: z.string().nullable()
})
export type StorageStatus = z.infer<typeof StorageStatus>

/** What `saveUnsavedCopy` did with the data that is not on disk. */
export const UnsavedCopyOutcome = z.discriminatedUnion('kind', [
  /** Everything is on disk: there is nothing to rescue. */
  z.strictObject({ kind: z.literal('nothing-unsaved') }),
  /** The bytes, for the renderer to hand to the browser as a download. */
  z.strictObject({
    kind: z.literal('download'),
    fileName: z.string(),
    contentType: z.string(),
    contentBase64: z.string()
  }),
  /** Written where the person chose (desktop). */
  z.strictObject({ kind: z.literal('saved'), path: z.string() }),
  /** The person closed the save dialog. */
  z.strictObject({ kind: z.literal('cancelled') })
])
export type UnsavedCopyOutcome = z.infer<typeof UnsavedCopyOutcome>

export const StartupNotice = z.object({
  kind: z.enum([
    'restored',
    'started-empty',
    'read-only-newer-schema',
    'migrated',
    'synced-folder',
    'unsaved-copy'
  ]),
  message: z.string(),
  restoredFrom: z.string().nullable(),
  restoredAt: z.string().nullable(),
  quarantinedAs: z.string().nullable(),
  /**
   * A copy of data Dais could not save to the data folder (a full or failing disk), written
   * elsewhere when it stopped: where it is, how far it goes and how many of its changes the data
   * folder lacks (0 when none, or it cannot tell).
   */
  unsavedCopy: z
    .strictObject({
      path: z.string(),
      savedAt: z.string(),
      seq: z.number().int(),
      changesMissing: z.number().int().min(0)
    })
    .optional()
})
export type StartupNotice = z.infer<typeof StartupNotice>

export const BackupInfo = z.object({
  id: z.string(),
  kind: z.enum(['rolling', 'named']),
  name: z.string(),
  createdAt: z.string(),
  seq: z.number().int(),
  sizeBytes: z.number().int()
})
export type BackupInfo = z.infer<typeof BackupInfo>

export const AppInfo = z.object({
  appVersion: z.string(),
  runtime: z.enum(['electron', 'browser']),
  dataDir: z.string(),
  schemaVersion: z.number().int(),
  readOnly: z.boolean(),
  vietnameseCollationOk: z.boolean(),
  notices: z.array(StartupNotice)
})
export type AppInfo = z.infer<typeof AppInfo>
