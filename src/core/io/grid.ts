import type { LegacyEncoding } from './legacy-encodings'

/** One cell as read, before any field interpretation. */
export interface GridCell {
  /** NFC, normalised; for dates dd/mm/yyyy; for numbers their plain digits. */
  text: string
  type: 'empty' | 'text' | 'number' | 'date' | 'boolean' | 'error' | 'formula-without-value'
  /** ISO date of a date cell (calendar day as shown, whatever the time zone). */
  date?: string
  /** A number cell whose display format pads with zeros ("0000000000"). */
  paddedFrom?: number
  legacy?: LegacyEncoding
}

export interface GridRow {
  /** 1-based row number of the sheet. */
  row: number
  hidden: boolean
  /** 0-based columns; missing = empty. */
  cells: GridCell[]
}

export interface MergeRange {
  top: number
  left: number
  bottom: number
  right: number
}

/** One sheet as rows of cells, merged areas listed apart (1-based rows, 0-based columns). */
export interface Grid {
  sheet: string
  rows: GridRow[]
  merges: MergeRange[]
}

export interface ReadWorkbook {
  format: 'xlsx' | 'csv'
  encoding: string | null
  date1904: boolean
  sheets: Grid[]
  hiddenSheets: string[]
}

export const emptyCell: GridCell = { text: '', type: 'empty' }

export function columnLetter(index: number): string {
  let n = index + 1
  let out = ''
  while (n > 0) {
    const rem = (n - 1) % 26
    out = String.fromCharCode(65 + rem) + out
    n = Math.floor((n - 1) / 26)
  }
  return out
}
