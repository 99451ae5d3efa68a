import type { ImportKind } from '@shared/import/records'
import { headerKey, matchHeader } from './field-tables'
import { emptyCell, type Grid, type GridCell, type GridRow, type MergeRange } from './grid'

export interface TableColumn {
  column: number
  /** The header as shown, sub-header joined with " / " under a group header ("Năm sinh / Nam"). */
  header: string
  key: string
}

export interface TableRow {
  row: number
  hidden: boolean
  cells: GridCell[]
  /** The section heading above the row ("I. TẬP THỂ"), if any. */
  section: string | null
}

export interface SheetTable {
  sheet: string
  headerRows: number[]
  columns: TableColumn[]
  rows: TableRow[]
  /** Header score: how many columns matched a known header. */
  score: number
}

const headerSearchDepth = 30
const textOf = (row: GridRow | undefined, col: number) => row?.cells[col]?.text ?? ''

/**
 * Header cells: a merged area's value is spread over the whole area (a "Năm sinh" merged over
 * two columns labels both, a "Họ và tên" merged over two rows labels the sub-row too).
 * Data cells: only vertical merges are spread (a unit written once for several people); a
 * horizontal merge (a section line across the table) stays in its first cell.
 */
function spreadMerges(rows: Map<number, GridRow>, merges: MergeRange[], headerRows: Set<number>) {
  for (const m of merges) {
    const master = rows.get(m.top)?.cells[m.left]
    if (!master || master.type === 'empty') continue
    for (let r = m.top; r <= m.bottom; r++) {
      const inHeader = headerRows.has(r)
      for (let c = m.left; c <= m.right; c++) {
        if (r === m.top && c === m.left) continue
        if (!inHeader && c !== m.left) continue
        let row = rows.get(r)
        if (!row) {
          row = { row: r, hidden: false, cells: [] }
          rows.set(r, row)
        }
        if (!row.cells[c] || row.cells[c]?.type === 'empty') row.cells[c] = master
      }
    }
  }
}

function headerScore(kind: ImportKind, row: GridRow): number {
  let score = 0
  const seen = new Set<string>()
  row.cells.forEach((cell) => {
    if (cell?.type !== 'text') return
    const match = matchHeader(kind, headerKey(cell.text))
    if (match && !seen.has(match.target)) {
      seen.add(match.target)
      score += match.score
    }
  })
  return score
}

const birthGroupKeys = new Set(['nam sinh', 'ngay sinh', 'ngay thang nam sinh', 'sinh nam'])

function isSubHeaderRow(top: GridRow, sub: GridRow | undefined, merges: MergeRange[]): boolean {
  if (!sub || sub.row !== top.row + 1) return false
  const looksLikeData = sub.cells.some(
    (c) =>
      c?.type === 'number' ||
      c?.type === 'date' ||
      (c?.type === 'text' && /^\d[\d.,/-]*$/.test(c.text))
  )
  if (looksLikeData) return false
  const topHasVerticalMerge = merges.some((m) => m.top === top.row && m.bottom > top.row)
  const topHasGroup = merges.some(
    (m) => m.top === top.row && m.bottom === top.row && m.right > m.left
  )
  // "Nam" / "Nữ" under "Năm sinh" (or under its empty right neighbour, in a CSV).
  let group = ''
  let genderSubs = false
  for (let c = 0; c < Math.max(top.cells.length, sub.cells.length); c++) {
    const upper = top.cells[c]?.type === 'text' ? headerKey(top.cells[c]?.text ?? '') : ''
    if (upper !== '') group = upper
    const lower = sub.cells[c]?.type === 'text' ? headerKey(sub.cells[c]?.text ?? '') : ''
    if ((lower === 'nam' || lower === 'nu') && birthGroupKeys.has(group)) genderSubs = true
  }
  return topHasVerticalMerge || topHasGroup || genderSubs
}

const sectionPattern = /^(?:[IVX]+|[A-Z]|\d+)\s*[.)/-]\s*\S/u
const aggregatePattern = /^(tong cong|tong so|cong|tong)\b/
const signaturePattern =
  /^(nguoi lap|tm |t m |kt |k t |chu tich|thu truong|xac nhan|noi nhan|.*ngay .* thang .* nam)/

function isNumberingRow(row: GridRow): boolean {
  const values = row.cells
    .filter((c) => c && c.type !== 'empty')
    .map((c) => c.text.replace(/[()]/g, ''))
  return values.length >= 3 && values.every((v, i) => v === String(i + 1))
}

/**
 * Finds the header (one or two rows) below any title rows of one sheet, and the data rows
 * under it. Returns null when no row looks like a header.
 */
export function readSheetTable(kind: ImportKind, grid: Grid): SheetTable | null {
  const firstRows = grid.rows.slice(0, headerSearchDepth)
  // Header rows are unknown yet: spread merges as if every early row were a header for scoring.
  const probe = new Map(firstRows.map((r) => [r.row, { ...r, cells: [...r.cells] }]))
  spreadMerges(probe, grid.merges, new Set(probe.keys()))
  let best: { row: GridRow; score: number } | null = null
  for (const row of probe.values()) {
    const score = headerScore(kind, row)
    if (score >= 5 && (!best || score > best.score)) best = { row, score }
  }
  if (!best) return null
  const headerTop = grid.rows.find((r) => r.row === best.row.row) as GridRow
  const headerIndex = grid.rows.indexOf(headerTop)
  const next = grid.rows[headerIndex + 1]
  const twoRows = isSubHeaderRow(headerTop, next, grid.merges)
  const headerRowNumbers = twoRows && next ? [headerTop.row, next.row] : [headerTop.row]

  const rows = new Map(grid.rows.map((r) => [r.row, { ...r, cells: [...r.cells] }]))
  spreadMerges(rows, grid.merges, new Set(headerRowNumbers))
  const top = rows.get(headerRowNumbers[0] as number) as GridRow
  const sub = twoRows ? rows.get(headerRowNumbers[1] as number) : undefined
  const width = Math.max(top.cells.length, sub?.cells.length ?? 0)
  const columns: TableColumn[] = []
  let carried = ''
  for (let c = 0; c < width; c++) {
    let upper = textOf(top, c)
    const lower = textOf(sub, c)
    // Without merges (CSV), a group header's empty neighbour belongs to the group.
    if (upper === '' && lower !== '' && birthGroupKeys.has(headerKey(carried))) upper = carried
    if (textOf(top, c) !== '') carried = textOf(top, c)
    const header = lower !== '' && lower !== upper ? (upper ? `${upper} / ${lower}` : lower) : upper
    if (header === '') continue
    columns.push({ column: c, header, key: columnKey(upper, lower) })
  }

  const dataRows: TableRow[] = []
  let section: string | null = null
  let sawData = false
  const firstDataIndex = headerIndex + headerRowNumbers.length
  const nameColumns = new Set(
    columns
      .filter((col) => {
        const target = matchHeader(kind, col.key)?.target
        return target === 'fullName' || target === 'name' || target === 'givenName'
      })
      .map((col) => col.column)
  )
  for (const original of grid.rows.slice(firstDataIndex)) {
    const row = rows.get(original.row) as GridRow
    const filled = row.cells
      .map((cell, column) => ({ cell, column }))
      .filter(({ cell }) => cell && cell.type !== 'empty')
    if (filled.length === 0) continue
    if (!sawData && isNumberingRow(row)) continue
    const firstKey = headerKey(filled[0]?.cell.text ?? '')
    const hasName = filled.some(({ column }) => nameColumns.has(column))
    if (
      aggregatePattern.test(firstKey) &&
      filled.length <= 4 &&
      !hasNameLike(filled, nameColumns, firstKey)
    )
      break
    const previous = dataRows[dataRows.length - 1]
    const blankBefore = previous !== undefined && row.row > previous.row + 1
    if (sawData && blankBefore && signaturePattern.test(firstKey)) break
    if (filled.length === 1 && sectionPattern.test(filled[0]?.cell.text ?? '')) {
      section = filled[0]?.cell.text ?? null
      continue
    }
    if (filled.length === 1 && !hasName) continue
    sawData = true
    dataRows.push({ row: row.row, hidden: row.hidden, cells: row.cells, section })
  }
  return {
    sheet: grid.sheet,
    headerRows: headerRowNumbers,
    columns,
    rows: dataRows,
    score: best.score
  }
}

function hasNameLike(
  filled: { cell: GridCell; column: number }[],
  nameColumns: Set<number>,
  firstKey: string
): boolean {
  const name = filled.find(({ column }) => nameColumns.has(column))
  return name !== undefined && headerKey(name.cell.text) !== firstKey
}

function columnKey(upper: string, lower: string): string {
  const u = headerKey(upper)
  const l = headerKey(lower)
  if (l === '' || l === u) return u
  if (birthGroupKeys.has(u) && (l === 'nam' || l === 'nu')) return `nam sinh ${l}`
  if (u === '') return l
  // A sub-header under a group ("Đơn vị / Tên đơn vị") is matched on its own first.
  return l
}

export const cellAt = (row: TableRow, column: number): GridCell => row.cells[column] ?? emptyCell
