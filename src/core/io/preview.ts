import type { ColumnMapping, ImportPreview, ImportProblem } from '@shared/import/entities'
import { nameFieldOf, type ImportKind } from '@shared/import/records'
import { detectMapping, headerSignature, interpretRows, type InterpretContext } from './interpret'
import { readSpreadsheet } from './read-file'
import { readSheetTable, type SheetTable } from './sheet-table'

export interface PreviewInput {
  fileName: string
  bytes: Uint8Array
  kind: ImportKind
  /** A mapping chosen by the user; otherwise a remembered one, otherwise the detected one. */
  mapping?: ColumnMapping[]
  remembered?: (signature: string) => { column: number; field: string | null }[] | null
  context: InterpretContext
}

export interface PreviewOutput {
  preview: ImportPreview
  signature: string
}

const fileProblem = (
  sheet: string,
  code: ImportProblem['code'],
  params: Record<string, string> = {}
): ImportProblem => ({
  sheet,
  row: 0,
  column: '',
  field: null,
  code,
  severity: code === 'NO_HEADER' || code === 'NO_NAME_COLUMN' ? 'error' : 'warning',
  params
})

/** Reads a spreadsheet into a preview: nothing is written anywhere. */
export async function previewSpreadsheet(input: PreviewInput): Promise<PreviewOutput> {
  const book = await readSpreadsheet(input.fileName, input.bytes)
  const fileProblems: ImportProblem[] = book.hiddenSheets.map((name) =>
    fileProblem(name, 'HIDDEN_SHEET_IGNORED', { value: name })
  )
  let best: SheetTable | null = null
  for (const grid of book.sheets) {
    const table = readSheetTable(input.kind, grid)
    if (table && (!best || table.score > best.score)) best = table
  }
  const legacyCells = { tcvn3: 0, vni: 0 }
  for (const grid of book.sheets) {
    for (const row of grid.rows)
      for (const cell of row.cells) if (cell?.legacy) legacyCells[cell.legacy]++
  }
  const summaryBase = {
    fileName: input.fileName,
    format: book.format,
    encoding: book.encoding,
    legacyCells,
    date1904: book.date1904
  }
  if (!best) {
    const sheet = book.sheets[0]?.sheet ?? ''
    return {
      signature: '',
      preview: {
        kind: input.kind,
        signature: '',
        mapping: [],
        rows: [],
        fileProblems: [...fileProblems, fileProblem(sheet, 'NO_HEADER')],
        summary: {
          ...summaryBase,
          sheet,
          headerRows: [],
          rows: 0,
          rowsWithErrors: 0,
          rowsWithWarnings: 0,
          hiddenRows: [],
          rememberedMapping: false
        }
      }
    }
  }
  const table = best
  const others = book.sheets.map((s) => s.sheet).filter((s) => s !== table.sheet)
  if (others.length > 0) {
    fileProblems.push(
      fileProblem(table.sheet, 'OTHER_SHEETS_IGNORED', {
        sheet: table.sheet,
        value: others.join(', ')
      })
    )
  }
  for (const encoding of ['tcvn3', 'vni'] as const) {
    if (legacyCells[encoding] > 0) {
      fileProblems.push(
        fileProblem(table.sheet, 'LEGACY_ENCODING_CONVERTED', {
          value: `${encoding === 'tcvn3' ? 'TCVN3' : 'VNI'} (${legacyCells[encoding]})`
        })
      )
    }
  }
  const signature = headerSignature(table)
  const detected = detectMapping(input.kind, table)
  let mapping = detected
  let rememberedMapping = false
  if (input.mapping) mapping = mergeMapping(detected, input.mapping)
  else {
    const remembered = input.remembered?.(signature)
    if (remembered) {
      mapping = mergeMapping(detected, remembered)
      rememberedMapping = true
    }
  }
  const nameTargets =
    input.kind === 'delegates'
      ? ['fullName', 'familyAndMiddle', 'givenName']
      : [nameFieldOf[input.kind] as string]
  if (!mapping.some((m) => m.field && nameTargets.includes(m.field))) {
    fileProblems.push(fileProblem(table.sheet, 'NO_NAME_COLUMN'))
  }
  const rows = interpretRows(input.kind, table, mapping, input.context)
  return {
    signature,
    preview: {
      kind: input.kind,
      signature,
      mapping,
      rows,
      fileProblems,
      summary: {
        ...summaryBase,
        sheet: table.sheet,
        headerRows: table.headerRows,
        rows: rows.length,
        rowsWithErrors: rows.filter((r) => r.problems.some((p) => p.severity === 'error')).length,
        rowsWithWarnings: rows.filter((r) => r.problems.some((p) => p.severity === 'warning'))
          .length,
        hiddenRows: rows.filter((r) => r.hidden).map((r) => r.sheetRow),
        rememberedMapping
      }
    }
  }
}

/** The detected columns with the fields a user (or a remembered mapping) chose for them. */
function mergeMapping(
  detected: ColumnMapping[],
  chosen: { column: number; field: string | null }[]
): ColumnMapping[] {
  const byColumn = new Map(chosen.map((c) => [c.column, c.field]))
  return detected.map((m) =>
    byColumn.has(m.column) ? { ...m, field: byColumn.get(m.column) ?? null } : m
  )
}
