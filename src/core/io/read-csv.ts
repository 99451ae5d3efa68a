import iconv from 'iconv-lite'
import Papa from 'papaparse'
import { normalizeText } from '@shared/text'
import type { GridCell, GridRow, ReadWorkbook } from './grid'
import { restoreNeutralised } from './formula-safety'
import { importLimits, refuse } from './limits'

export type CsvEncoding = 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1258'

/** Share of zero bytes at even / odd offsets in the first bytes: UTF-16 without a BOM. */
function utf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1
  if (n < 4) return null
  let evenZeros = 0
  let oddZeros = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++
    if (bytes[i + 1] === 0) oddZeros++
  }
  const pairs = n / 2
  if (oddZeros / pairs > 0.3 && evenZeros / pairs < 0.05) return 'utf-16le'
  if (evenZeros / pairs > 0.3 && oddZeros / pairs < 0.05) return 'utf-16be'
  return null
}

/** Decodes CSV bytes: BOMs first, then UTF-16 by its zero bytes, then strict UTF-8, else Windows-1258. */
export function decodeCsvBytes(bytes: Uint8Array): { text: string; encoding: CsvEncoding } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) {
    return { text: strictUtf8(buf.subarray(3)), encoding: 'utf-8-bom' }
  }
  if (buf[0] === 0xff && buf[1] === 0xfe)
    return { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le' }
  if (buf[0] === 0xfe && buf[1] === 0xff)
    return { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be' }
  const utf16 = utf16WithoutBom(buf)
  if (utf16) return { text: iconv.decode(buf, utf16), encoding: utf16 }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(buf), encoding: 'utf-8' }
  } catch {
    return { text: iconv.decode(buf, 'windows1258'), encoding: 'windows-1258' }
  }
}

function strictUtf8(buf: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(buf)
  } catch {
    throw refuse('NOT_A_SPREADSHEET', 'a UTF-8 byte-order mark followed by invalid UTF-8')
  }
}

/** Text that is mostly control characters is not a CSV file (random bytes, a binary). */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, 65536)
  if (sample.length === 0) return false
  let control = 0
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i)
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0xfffd) control++
  }
  return control / sample.length > 0.005
}

function countLines(text: string): number {
  let n = 0
  let at = text.indexOf('\n')
  while (at !== -1) {
    n++
    at = text.indexOf('\n', at + 1)
  }
  return n
}

/** Reads a CSV file: every value stays text (IDs and phone numbers keep their zeros). */
export function readCsv(bytes: Uint8Array): ReadWorkbook {
  const { text, encoding } = decodeCsvBytes(bytes)
  if (looksBinary(text)) throw refuse('NOT_A_SPREADSHEET', 'binary content')
  if (countLines(text) > importLimits.maxRows + 1) throw refuse('TOO_MANY_ROWS')
  const parsed = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', ';', '\t', '|'],
    skipEmptyLines: false
  })
  const rows: GridRow[] = []
  parsed.data.forEach((line, index) => {
    if (line.length > importLimits.maxColumns) throw refuse('TOO_MANY_COLUMNS')
    const cells: GridCell[] = []
    line.forEach((raw, col) => {
      const value = restoreNeutralised(normalizeText(raw))
      if (value !== '') cells[col] = { text: value, type: 'text' }
    })
    if (cells.length > 0) rows.push({ row: index + 1, hidden: false, cells })
  })
  return {
    format: 'csv',
    encoding,
    date1904: false,
    sheets: [{ sheet: 'CSV', rows, merges: [] }],
    hiddenSheets: []
  }
}
