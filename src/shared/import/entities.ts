import { z } from 'zod'
import { entityId } from '../contract-part'
import { importKinds, importProblemCodes } from './records'

export const ImportKind = z.enum(importKinds)

export const ImportProblem = z.strictObject({
  sheet: z.string(),
  /** 1-based row of the sheet (as Excel shows it); 0 = the file as a whole. */
  row: z.number().int().min(0),
  /** Column letter ("C"), or "" for the whole row. */
  column: z.string().max(4),
  field: z.string().nullable(),
  code: z.enum(importProblemCodes),
  severity: z.enum(['error', 'warning']),
  params: z.record(z.string(), z.string())
})
export type ImportProblem = z.infer<typeof ImportProblem>

export const ColumnMapping = z.strictObject({
  /** 0-based column index. */
  column: z.number().int().min(0).max(16383),
  letter: z.string().max(4),
  header: z.string().max(500),
  /** A column target (see records.ts `columnTargets`), or null to ignore the column. */
  field: z.string().max(64).nullable()
})
export type ColumnMapping = z.infer<typeof ColumnMapping>

const values = z.record(z.string().max(64), z.string().max(5000))

export const ImportRow = z.strictObject({
  sheetRow: z.number().int().min(1),
  hidden: z.boolean(),
  /** Left out of the commit (hidden rows start skipped). */
  skip: z.boolean(),
  values,
  problems: z.array(ImportProblem)
})
export type ImportRow = z.infer<typeof ImportRow>

export const ImportSummary = z.strictObject({
  fileName: z.string(),
  format: z.enum(['xlsx', 'csv']),
  /** CSV: utf-8, utf-8-bom, utf-16le, utf-16be, windows-1258. */
  encoding: z.string().nullable(),
  sheet: z.string(),
  headerRows: z.array(z.number().int()),
  rows: z.number().int(),
  rowsWithErrors: z.number().int(),
  rowsWithWarnings: z.number().int(),
  hiddenRows: z.array(z.number().int()),
  legacyCells: z.strictObject({ tcvn3: z.number().int(), vni: z.number().int() }),
  date1904: z.boolean(),
  rememberedMapping: z.boolean()
})
export type ImportSummary = z.infer<typeof ImportSummary>

export const ImportPreview = z.strictObject({
  kind: ImportKind,
  /** The header signature; sent back on commit so the mapping is remembered for this layout. */
  signature: z.string(),
  mapping: z.array(ColumnMapping),
  rows: z.array(ImportRow),
  /** Problems of the file or sheet as a whole. */
  fileProblems: z.array(ImportProblem),
  summary: ImportSummary
})
export type ImportPreview = z.infer<typeof ImportPreview>

/** A remembered column mapping, per kind and header signature. */
export const ImportMappingRecord = z.strictObject({
  id: entityId,
  kind: ImportKind,
  /** The normalised header texts joined, so the same office layout finds its mapping again. */
  signature: z.string().max(5000),
  columns: z.array(
    z.strictObject({ column: z.number().int().min(0), field: z.string().max(64).nullable() })
  ),
  updatedAt: z.string()
})
export type ImportMappingRecord = z.infer<typeof ImportMappingRecord>

export const CommitRow = z.strictObject({
  sheetRow: z.number().int().min(1),
  skip: z.boolean(),
  values
})
export type CommitRow = z.infer<typeof CommitRow>

export const CommitResult = z.strictObject({
  added: z.number().int(),
  /** Units already kept and changed by the import; households lists: the groups' tallies. */
  updated: z.number().int().optional(),
  ids: z.array(z.string()),
  backupName: z.string()
})
export type CommitResult = z.infer<typeof CommitResult>
