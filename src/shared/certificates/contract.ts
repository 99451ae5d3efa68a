import { z } from 'zod'
import {
  byEventId,
  byId,
  entityId,
  FileIn,
  FileOut,
  method,
  none,
  type ContractPart
} from '../contract-part'
import type { certificatesMethodNames } from './method-names'
import { BatchSettings, PrinterProfile, Template, UserFont } from './entities'
import { documentKinds } from './records'

/**
 * A problem found while laying out text: `overflow` = does not fit its box at the minimum size,
 * `margin` = inside the printer's unprintable margin, `glyphs` = characters the font lacks
 * (listed in `chars`). `honoreeId` is null for a preview with sample data.
 */
export const LayoutWarning = z.strictObject({
  fieldId: z.string(),
  honoreeId: z.string().nullable(),
  kind: z.enum(['overflow', 'margin', 'glyphs', 'overlap']),
  message: z.string(),
  /** For an overlap: the field this one lies on. */
  otherFieldId: z.string().optional(),
  chars: z.string().optional()
})
export type LayoutWarning = z.infer<typeof LayoutWarning>

/** A font the templates may use: the bundled Tinos/Arimo styles and the user's own files. */
export const FontInfo = z.strictObject({
  family: z.string(),
  style: UserFont.shape.style,
  builtIn: z.boolean(),
  /** Set for user fonts (the UserFont id). */
  id: z.string().optional()
})
export type FontInfo = z.infer<typeof FontInfo>

/** One certificate in presentation (= print) order. */
export const CertificateOrderEntry = z.strictObject({
  honoreeId: z.string(),
  /** 1-based position in the batch; `only` refers to these. */
  position: z.number().int().min(1),
  nameLine: z.string(),
  /** Null until the decision is issued and the register number assigned. */
  registerNumber: z.string().nullable(),
  /** The register entry, for recording what came out of the printer (recordRegisterPrints). */
  registerEntryId: z.string().nullable(),
  /** Good sheets the user confirmed, and spoiled ones. */
  printed: z.number().int().min(0),
  spoiled: z.number().int().min(0)
})
export type CertificateOrderEntry = z.infer<typeof CertificateOrderEntry>

/** id, builtIn and timestamps are assigned by the core when missing. */
export const TemplateInput = Template.partial({
  id: true,
  builtIn: true,
  createdAt: true,
  updatedAt: true
})
export type TemplateInput = z.infer<typeof TemplateInput>

export const PrinterProfileInput = PrinterProfile.partial({
  id: true,
  createdAt: true,
  updatedAt: true
})
export type PrinterProfileInput = z.infer<typeof PrinterProfileInput>

/** 1-based positions in `certificateOrder`. */
const onlyPositions = z.array(z.number().int().min(1).max(100_000)).max(100_000)

export const CertificateBatchCheck = z.strictObject({
  decisionId: entityId,
  templateId: entityId,
  profileId: entityId.nullable().optional(),
  only: onlyPositions.optional()
})

/** Chosen by the caller; progress events carry it and cancelJob takes it. Part of a file name. */
export const jobId = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,64}$/, 'A job id is 1–64 letters, digits, "-" or "_".')

export const CertificateBatchRequest = z.strictObject({
  jobId,
  decisionId: entityId,
  templateId: entityId,
  profileId: entityId.nullable(),
  only: onlyPositions.optional(),
  output: z.enum(['single', 'zip']),
  namePattern: BatchSettings.shape.namePattern.optional(),
  /** A test copy on plain paper: background and page frame printed, nothing recorded. */
  plainPaperTest: z.boolean(),
  /** The user saw the overflow warnings and prints anyway. */
  confirmOverflow: z.boolean()
})
export type CertificateBatchRequest = z.infer<typeof CertificateBatchRequest>

export const certificatesContract = {
  /** The templates of one kind (certificates when absent), shipped ones first. */
  listTemplates: method(
    z.strictObject({ kind: z.enum(documentKinds).optional() }),
    z.array(Template)
  ),
  getTemplate: method(byId, Template),
  /**
   * User templates only: a shipped template answers FROZEN (duplicate it first). Every save moves
   * `updatedAt` forward, so it is the template's revision. With `expectedUpdatedAt` (the
   * `updatedAt` of the template the edit started from) a save over a change made elsewhere is
   * refused: CONFLICT with details `{ reason: 'changed-elsewhere', updatedAt }` (the stored
   * revision, to overwrite it knowingly), or NOT_FOUND with details `{ reason: 'deleted' }`.
   */
  saveTemplate: method(
    z.strictObject({ template: TemplateInput, expectedUpdatedAt: z.string().max(40).optional() }),
    Template
  ),
  duplicateTemplate: method(
    z.strictObject({ id: entityId, name: z.string().min(1).max(200).optional() }),
    Template
  ),
  deleteTemplate: method(byId, z.strictObject({ deleted: z.literal(true) })),
  exportTemplate: method(byId, FileOut),
  /** Malformed files and files from a newer Dais answer UNSUPPORTED_FILE. */
  importTemplate: method(z.strictObject({ file: FileIn }), Template),
  /** One page, fast enough to call on every designer edit. */
  renderTemplatePreview: method(
    z.strictObject({
      template: TemplateInput,
      eventId: entityId.optional(),
      honoreeId: entityId.nullable().optional(),
      profileId: entityId.nullable().optional()
    }),
    z.strictObject({ pdfBase64: z.string(), warnings: z.array(LayoutWarning) })
  ),

  listPrinterProfiles: method(none, z.array(PrinterProfile)),
  savePrinterProfile: method(z.strictObject({ profile: PrinterProfileInput }), PrinterProfile),
  deletePrinterProfile: method(byId, z.strictObject({ deleted: z.literal(true) })),
  /** Rulers and crosshairs at known mm positions, on plain paper (profile applied if given). */
  renderCalibrationSheet: method(
    z.strictObject({
      widthMm: z.number().min(50).max(1200),
      heightMm: z.number().min(50).max(1200),
      profileId: entityId.nullable().optional()
    }),
    FileOut
  ),

  listFonts: method(none, z.array(FontInfo)),
  /** Refused with MISSING_GLYPHS (details.missing lists the letters) without full Vietnamese. */
  addFont: method(
    z.strictObject({
      family: z.string().min(1).max(200),
      style: UserFont.shape.style,
      file: FileIn
    }),
    FontInfo
  ),
  deleteFont: method(byId, z.strictObject({ deleted: z.literal(true) })),

  certificateOrder: method(
    z.strictObject({ decisionId: entityId }),
    z.array(CertificateOrderEntry)
  ),
  checkCertificateBatch: method(
    CertificateBatchCheck,
    z.strictObject({ count: z.number().int(), problems: z.array(LayoutWarning) })
  ),
  /**
   * Refuses with INCOMPLETE (details.problems) on unprintable glyphs, or on overflows unless
   * confirmOverflow; emits progress events with the jobId; CANCELLED after cancelJob.
   */
  renderCertificateBatch: method(CertificateBatchRequest, FileOut),
  cancelJob: method(z.strictObject({ jobId }), z.strictObject({ cancelled: z.boolean() })),
  /** How the event's batch comes out (one PDF or a zip, its file names); defaults before a save. */
  getCertificateBatchSettings: method(byEventId, BatchSettings),
  saveCertificateBatchSettings: method(
    z.strictObject({ eventId: entityId, settings: BatchSettings }),
    BatchSettings
  )
} satisfies ContractPart<(typeof certificatesMethodNames)[number]>
