import ExcelJS from 'exceljs'
import { normalizeText } from '../../shared/text'
import {
  emptyCell,
  type Grid,
  type GridCell,
  type GridRow,
  type MergeRange,
  type ReadWorkbook
} from './grid'
import { decodeByFont, type LegacyEncoding } from './legacy-encodings'
import { restoreNeutralised } from './formula-safety'
import { importLimits, refuse } from './limits'
import { guardXlsxZip } from './zip-guard'

const pad2 = (n: number) => String(n).padStart(2, '0')

/** The calendar day exceljs meant: it builds dates in UTC, so read them back in UTC. */
export function isoOfExcelDate(date: Date): string {
  return `${date.getUTCFullYear()}-${pad2(date.getUTCMonth() + 1)}-${pad2(date.getUTCDate())}`
}

const displayOfIso = (iso: string) => {
  const [y, m, d] = iso.split('-')
  return `${d}/${m}/${y}`
}

function numberText(n: number): string {
  if (Number.isInteger(n)) return String(n)
  return String(Number(n.toPrecision(15)))
}

type CellValue = ExcelJS.CellValue

function textOfRich(
  value: ExcelJS.CellRichTextValue,
  cellFont: string | undefined
): { text: string; legacy?: LegacyEncoding } {
  let legacy: LegacyEncoding | undefined
  const text = value.richText
    .map((run) => {
      const decoded = decodeByFont(run.text, run.font?.name ?? cellFont)
      if (decoded.encoding) legacy = decoded.encoding
      return decoded.text
    })
    .join('')
  return legacy ? { text, legacy } : { text }
}

/** Days between the 1900 and 1904 date systems' day zero. */
const days1904 = 1462

function cellOfValue(
  value: CellValue,
  cellFont: string | undefined,
  numFmt: string | undefined,
  dayShift = 0
): GridCell {
  if (value === null || value === undefined) return emptyCell
  if (typeof value === 'number') {
    if (numFmt && /^0{2,}$/.test(numFmt) && Number.isInteger(value)) {
      return { text: String(value).padStart(numFmt.length, '0'), type: 'number', paddedFrom: value }
    }
    return { text: numberText(value), type: 'number' }
  }
  if (typeof value === 'string') {
    const decoded = decodeByFont(value, cellFont)
    const text = restoreNeutralised(normalizeText(decoded.text))
    if (text === '') return emptyCell
    return decoded.encoding
      ? { text, type: 'text', legacy: decoded.encoding }
      : { text, type: 'text' }
  }
  if (typeof value === 'boolean') return { text: value ? 'TRUE' : 'FALSE', type: 'boolean' }
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return { text: '', type: 'error' }
    const iso = isoOfExcelDate(dayShift ? new Date(value.getTime() + dayShift * 86_400_000) : value)
    return { text: displayOfIso(iso), type: 'date', date: iso }
  }
  if ('richText' in value) {
    const rich = textOfRich(value, cellFont)
    const text = normalizeText(rich.text)
    if (text === '') return emptyCell
    return rich.legacy ? { text, type: 'text', legacy: rich.legacy } : { text, type: 'text' }
  }
  if ('error' in value) return { text: String(value.error), type: 'error' }
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as ExcelJS.CellFormulaValue).result
    if (result === undefined || result === null) return { text: '', type: 'formula-without-value' }
    if (typeof result === 'object' && 'error' in result)
      return { text: String(result.error), type: 'error' }
    return cellOfValue(result as CellValue, cellFont, numFmt, dayShift)
  }
  if ('text' in value && 'hyperlink' in value) {
    const text = (value as ExcelJS.CellHyperlinkValue).text
    return cellOfValue(
      typeof text === 'string' ? text : (text as unknown as CellValue),
      cellFont,
      numFmt,
      dayShift
    )
  }
  return emptyCell
}

interface MergeModel {
  model: { top: number; left: number; bottom: number; right: number }
}

function mergesOf(sheet: ExcelJS.Worksheet): MergeRange[] {
  const internal = (sheet as unknown as { _merges?: Record<string, MergeModel> })._merges ?? {}
  return Object.values(internal).map(({ model }) => ({
    top: model.top,
    bottom: model.bottom,
    left: model.left - 1,
    right: model.right - 1
  }))
}

function gridOf(sheet: ExcelJS.Worksheet, dayShift: number): Grid {
  const rows: GridRow[] = []
  if (
    sheet.actualColumnCount > importLimits.maxColumns ||
    sheet.columnCount > importLimits.maxColumns * 50
  ) {
    throw refuse('TOO_MANY_COLUMNS')
  }
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: GridCell[] = []
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (colNumber > importLimits.maxColumns) throw refuse('TOO_MANY_COLUMNS')
      if (cell.type === ExcelJS.ValueType.Merge) return
      const grid = cellOfValue(cell.value, cell.font?.name, cell.numFmt, dayShift)
      if (grid.type !== 'empty') cells[colNumber - 1] = grid
    })
    rows.push({ row: rowNumber, hidden: row.hidden === true, cells })
  })
  return { sheet: sheet.name, rows, merges: mergesOf(sheet) }
}

/** Reads every sheet of an XLSX file (after the zip guard) into plain grids. */
export async function readXlsx(bytes: Uint8Array): Promise<ReadWorkbook> {
  const { workbookXml } = guardXlsxZip(bytes)
  // exceljs honours only date1904="1"; LibreOffice writes "true".
  const date1904 = /<(?:\w+:)?workbookPr\b[^>]*\bdate1904="(?:1|true)"/.test(workbookXml)
  const workbook = new ExcelJS.Workbook()
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never)
  } catch (error) {
    throw refuse('CORRUPT', error instanceof Error ? error.message : String(error))
  }
  const sheets: Grid[] = []
  const hiddenSheets: string[] = []
  const appliedByExceljs = (workbook.properties as { date1904?: boolean }).date1904 === true
  const dayShift = date1904 && !appliedByExceljs ? days1904 : 0
  workbook.eachSheet((sheet) => {
    if (sheet.state === 'hidden' || sheet.state === 'veryHidden') hiddenSheets.push(sheet.name)
    else sheets.push(gridOf(sheet, dayShift))
  })
  return { format: 'xlsx', encoding: null, date1904, sheets, hiddenSheets }
}
