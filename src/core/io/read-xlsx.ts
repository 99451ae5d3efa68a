import { normalizeText } from '@shared/text'
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
import {
  readSharedStrings,
  readStyles,
  readWorkbookPart,
  StringItemCollector,
  type CellStyle,
  type RichRun,
  type SharedString
} from './xlsx-parts'
import { scanXml, xmlText } from './xml-scan'

const pad2 = (n: number) => String(n).padStart(2, '0')

/** The calendar day of a date built in UTC from an Excel serial number. */
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

/** Days between the 1900 and 1904 date systems' day zero. */
const days1904 = 1462
/** Serial number of 1970-01-01 in the 1900 system. */
const unixEpochSerial = 25569

/** A serial number as a UTC instant (time of day kept, so no day shift in any time zone). */
const dateOfSerial = (serial: number, date1904: boolean) =>
  new Date(Math.round((serial - unixEpochSerial + (date1904 ? days1904 : 0)) * 86_400_000))

/** A cell's value as stored in the sheet, before it becomes a GridCell. */
type RawValue =
  | { kind: 'number'; value: number }
  | { kind: 'string'; value: string }
  | { kind: 'rich'; runs: RichRun[] }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'error'; value: string }

function textOfRich(
  runs: RichRun[],
  cellFont: string | undefined
): { text: string; legacy?: LegacyEncoding } {
  let legacy: LegacyEncoding | undefined
  const text = runs
    .map((run) => {
      const decoded = decodeByFont(run.text, run.font ?? cellFont)
      if (decoded.encoding) legacy = decoded.encoding
      return decoded.text
    })
    .join('')
  return legacy ? { text, legacy } : { text }
}

function cellOfValue(value: RawValue, style: CellStyle | undefined, date1904: boolean): GridCell {
  const cellFont = style?.font
  switch (value.kind) {
    case 'number': {
      const n = value.value
      if (style?.isDate) {
        const date = dateOfSerial(n, date1904)
        if (Number.isNaN(date.getTime())) return { text: '', type: 'error' }
        const iso = isoOfExcelDate(date)
        return { text: displayOfIso(iso), type: 'date', date: iso }
      }
      const numFmt = style?.numFmt
      if (numFmt && /^0{2,}$/.test(numFmt) && Number.isInteger(n)) {
        return { text: String(n).padStart(numFmt.length, '0'), type: 'number', paddedFrom: n }
      }
      return { text: numberText(n), type: 'number' }
    }
    case 'string': {
      const decoded = decodeByFont(value.value, cellFont)
      const text = restoreNeutralised(normalizeText(decoded.text))
      if (text === '') return emptyCell
      return decoded.encoding
        ? { text, type: 'text', legacy: decoded.encoding }
        : { text, type: 'text' }
    }
    case 'rich': {
      const rich = textOfRich(value.runs, cellFont)
      const text = normalizeText(rich.text)
      if (text === '') return emptyCell
      return rich.legacy ? { text, type: 'text', legacy: rich.legacy } : { text, type: 'text' }
    }
    case 'boolean':
      return { text: value.value ? 'TRUE' : 'FALSE', type: 'boolean' }
    case 'error':
      return { text: value.value, type: 'error' }
  }
}

const rawOfShared = (item: SharedString): RawValue =>
  typeof item === 'string' ? { kind: 'string', value: item } : { kind: 'rich', runs: item.runs }

/**
 * What a `<c>` element holds: a value, a formula without a cached value, nothing but a style
 * (an empty formatted cell) or nothing at all (treated like the covered part of a merged area).
 */
type SheetCell = RawValue | 'formula-without-value' | 'styled-empty' | 'covered'

interface SheetRow {
  hidden: boolean
  cells: SheetCell[]
  styles: (CellStyle | undefined)[]
}

interface ParsedSheet {
  rows: Map<number, SheetRow>
  merges: MergeRange[]
}

/** "AB12" → 0-based column 27 and row 12; NaN parts when absent. */
function parseAddress(ref: string): { col: number; row: number } {
  let col = 0
  let at = 0
  for (; at < ref.length; at++) {
    const c = ref.charCodeAt(at) & ~0x20
    if (c < 65 || c > 90) break
    col = col * 26 + (c - 64)
  }
  return { col: at === 0 ? NaN : col - 1, row: at < ref.length ? Number(ref.slice(at)) : NaN }
}

function rangeOf(ref: string): MergeRange | null {
  const [from = '', to = from] = ref.split(':')
  const a = parseAddress(from)
  const b = parseAddress(to)
  if ([a.col, a.row, b.col, b.row].some(Number.isNaN)) return null
  return {
    top: Math.min(a.row, b.row),
    bottom: Math.max(a.row, b.row),
    left: Math.min(a.col, b.col),
    right: Math.max(a.col, b.col)
  }
}

const maxCellSlots = importLimits.maxColumns * 50

/** The value of a closed <c>, from what was read inside it. */
function finishCell(
  formula: boolean,
  type: string | undefined,
  value: string | undefined,
  styled: boolean,
  inline: StringItemCollector,
  shared: SharedString[]
): SheetCell {
  if (formula) {
    if (value === undefined) return 'formula-without-value'
    if (type === 'str') return { kind: 'string', value }
    if (type === 'b') return { kind: 'boolean', value: parseInt(value, 10) !== 0 }
    if (type === 'e') return { kind: 'error', value }
    return { kind: 'number', value: parseFloat(value) }
  }
  if (type === 'inlineStr') {
    const item = inline.value()
    if (item !== undefined) return rawOfShared(item)
  }
  if (value === undefined) return styled ? 'styled-empty' : 'covered'
  switch (type) {
    case 's': {
      const item = shared[parseInt(value, 10)]
      if (item === undefined) throw refuse('CORRUPT', `shared string ${value} missing`)
      return rawOfShared(item)
    }
    case 'str':
    case 'inlineStr':
      return { kind: 'string', value }
    case 'b':
      return { kind: 'boolean', value: parseInt(value, 10) !== 0 }
    case 'e':
      return { kind: 'error', value }
    default:
      return { kind: 'number', value: parseFloat(value) }
  }
}

function parseSheet(xml: string, shared: SharedString[], styles: CellStyle[]): ParsedSheet {
  const rows = new Map<number, SheetRow>()
  const merges: MergeRange[] = []
  let row: SheetRow | null = null
  let rowNumber = 0
  let col = -1
  // The open <c>.
  let inCell = false
  let type: string | undefined
  let styled = false
  let formula = false
  let formulaText = ''
  let value: string | undefined
  let reading: 'v' | 'f' | null = null
  let inInline = false
  const inline = new StringItemCollector(false)

  let styleOfCell: CellStyle | undefined

  scanXml(xml, {
    open(name, a) {
      if (inInline) {
        inline.open(name, a, false)
        return
      }
      switch (name) {
        case 'row': {
          const r = a.get('r')
          rowNumber = r !== undefined ? Number(r) : rowNumber + 1
          if (!Number.isInteger(rowNumber) || rowNumber < 1) throw refuse('CORRUPT', 'row number')
          const existing = rows.get(rowNumber)
          const hidden = existing ? undefined : a.get('hidden')
          row = existing ?? {
            hidden: hidden === '1' || hidden === 'true',
            cells: [],
            styles: []
          }
          if (!existing) rows.set(rowNumber, row)
          col = -1
          break
        }
        case 'c': {
          const r = a.get('r')
          const address = r !== undefined ? parseAddress(r) : null
          col = address && !Number.isNaN(address.col) ? address.col : col + 1
          if (address && !Number.isNaN(address.row) && address.row !== rowNumber) {
            rowNumber = address.row
            row = rows.get(rowNumber) ?? null
            if (!row) rows.set(rowNumber, (row = { hidden: false, cells: [], styles: [] }))
          }
          inCell = true
          type = a.get('t')
          const s = a.get('s')
          styled = s !== undefined && s !== ''
          styleOfCell = s ? styles[parseInt(s, 10)] : undefined
          formula = false
          formulaText = ''
          value = undefined
          reading = null
          inline.reset()
          break
        }
        case 'v':
          if (inCell) reading = 'v'
          break
        case 'f':
          if (inCell) {
            reading = 'f'
            if (a.get('t') !== undefined) formula = true
          }
          break
        case 'is':
          if (inCell) inInline = true
          break
        case 'mergeCell': {
          const ref = a.get('ref')
          const range = ref ? rangeOf(ref) : null
          if (range) merges.push(range)
          break
        }
      }
    },
    close(name) {
      if (inInline) {
        if (name === 'is') inInline = false
        else inline.close(name)
        return
      }
      if (name === 'v' || name === 'f') {
        if (name === 'f' && formulaText !== '') formula = true
        reading = null
      } else if (name === 'c' && inCell) {
        inCell = false
        if (!row) rows.set(rowNumber, (row = { hidden: false, cells: [], styles: [] }))
        const cell = finishCell(formula, type, value, styled, inline, shared)
        row.cells[col] = cell
        row.styles[col] = styleOfCell
      } else if (name === 'row') row = null
    },
    text(x, start, end) {
      if (inInline) inline.text(x, start, end)
      else if (reading === 'v') value = (value ?? '') + xmlText(x, start, end)
      else if (reading === 'f') formulaText += x.slice(start, end)
    }
  })
  return { rows, merges }
}

/** Cells inside a merged area, except its top-left one, lose their value (as in Excel). */
function applyMerges(sheet: ParsedSheet) {
  for (const m of sheet.merges) {
    for (let r = m.top; r <= m.bottom; r++) {
      let row = sheet.rows.get(r)
      if (!row) sheet.rows.set(r, (row = { hidden: false, cells: [], styles: [] }))
      for (let c = m.left; c <= m.right; c++) {
        if (r !== m.top || c !== m.left) row.cells[c] = 'covered'
      }
    }
  }
}

function gridOf(name: string, sheet: ParsedSheet, date1904: boolean): Grid {
  applyMerges(sheet)
  const numbers = [...sheet.rows.keys()].sort((a, b) => a - b)
  const withValues: [number, SheetRow][] = []
  for (const n of numbers) {
    const row = sheet.rows.get(n)!
    if (row.cells.some((cell) => cell !== undefined && cell !== 'styled-empty')) {
      if (row.cells.length > maxCellSlots) throw refuse('TOO_MANY_COLUMNS')
      withValues.push([n, row])
    }
  }
  const rows: GridRow[] = []
  for (const [n, row] of withValues) {
    const cells: GridCell[] = []
    row.cells.forEach((cell, index) => {
      if (cell === 'styled-empty') return
      if (index + 1 > importLimits.maxColumns) throw refuse('TOO_MANY_COLUMNS')
      if (cell === 'covered') return
      const grid =
        cell === 'formula-without-value'
          ? { text: '', type: 'formula-without-value' as const }
          : cellOfValue(cell, row.styles[index], date1904)
      if (grid.type !== 'empty') cells[index] = grid
    })
    rows.push({ row: n, hidden: row.hidden, cells })
  }
  return { sheet: name, rows, merges: sheet.merges }
}

const utf8 = (buf: Buffer | undefined) => buf?.toString('utf8')

/** Reads every sheet of an XLSX file (after the zip guard) into plain grids. */
export async function readXlsx(bytes: Uint8Array): Promise<ReadWorkbook> {
  const { workbookXml, files } = guardXlsxZip(bytes)
  const workbook = readWorkbookPart(workbookXml, utf8(files.get('xl/_rels/workbook.xml.rels')))
  const styles = readStyles(utf8(files.get('xl/styles.xml')))
  const shared = readSharedStrings(utf8(files.get('xl/sharedStrings.xml')))
  const sheets: Grid[] = []
  const hiddenSheets: string[] = []
  for (const entry of workbook.sheets) {
    const xml = entry.path ? utf8(files.get(entry.path)) : undefined
    if (xml === undefined) continue
    if (entry.hidden) {
      hiddenSheets.push(entry.name)
      continue
    }
    sheets.push(gridOf(entry.name, parseSheet(xml, shared, styles), workbook.date1904))
  }
  return { format: 'xlsx', encoding: null, date1904: workbook.date1904, sheets, hiddenSheets }
}
