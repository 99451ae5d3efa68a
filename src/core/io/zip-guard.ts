import { Unzip, UnzipInflate } from 'fflate'
import { importLimits, refuse } from './limits'

/**
 * Inflates the zip once in a streaming pass with a budget, before exceljs sees it: a zip bomb
 * (or a directory that lies about its sizes) is refused as soon as the real output passes the
 * limit, and the worksheets' rows are counted so a million-row sheet is refused up front.
 */
export function guardXlsxZip(bytes: Uint8Array): { entries: string[]; workbookXml: string } {
  const entries: string[] = []
  const workbookChunks: Uint8Array[] = []
  let total = 0
  let bomb = false
  let maxRows = 0
  const rowTag = new TextEncoder().encode('<row')
  const unzip = new Unzip((file) => {
    entries.push(file.name)
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/.test(file.name)
    const isWorkbook = file.name === 'xl/workbook.xml'
    let rows = 0
    let tail: Uint8Array = new Uint8Array(0)
    file.ondata = (error, chunk) => {
      if (error || bomb) return
      total += chunk.length
      if (total > importLimits.maxUncompressedBytes) {
        bomb = true
        file.terminate()
        return
      }
      if (isWorkbook && total < 10e6) workbookChunks.push(chunk)
      if (isSheet) {
        const joined = tail.length ? concat(tail, chunk) : chunk
        rows += countOccurrences(joined, rowTag) - countOccurrences(tail, rowTag)
        tail = joined.subarray(Math.max(0, joined.length - rowTag.length + 1))
        if (rows > maxRows) maxRows = rows
      }
    }
    file.start()
  })
  unzip.register(UnzipInflate)
  try {
    // Small input pieces keep every inflated piece small (≤ 16 KB × the deflate ratio limit).
    const step = 16 * 1024
    for (let at = 0; at < bytes.length && !bomb; at += step) {
      unzip.push(bytes.subarray(at, at + step), at + step >= bytes.length)
    }
  } catch (error) {
    if (bomb) throw refuse('ZIP_BOMB')
    throw refuse('CORRUPT', error instanceof Error ? error.message : String(error))
  }
  if (bomb) throw refuse('ZIP_BOMB')
  if (bytes.length > 0 && total / bytes.length > importLimits.maxCompressionRatio && total > 20e6) {
    throw refuse('ZIP_BOMB')
  }
  if (maxRows > importLimits.maxRows) throw refuse('TOO_MANY_ROWS', `${maxRows} rows`)
  if (!entries.includes('xl/workbook.xml')) throw refuse('NOT_A_SPREADSHEET', 'no xl/workbook.xml')
  return { entries, workbookXml: Buffer.concat(workbookChunks).toString('utf8') }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length)
  out.set(a)
  out.set(b, a.length)
  return out
}

function countOccurrences(haystack: Uint8Array, needle: Uint8Array): number {
  const buffer = Buffer.from(haystack.buffer, haystack.byteOffset, haystack.byteLength)
  let count = 0
  let at = buffer.indexOf(needle)
  while (at !== -1) {
    const next = buffer[at + needle.length]
    // "<row " or "<row>" but not "<rowBreaks".
    if (next === 0x20 || next === 0x3e || next === 0x09 || next === 0x0a || next === undefined)
      count++
    at = buffer.indexOf(needle, at + needle.length)
  }
  return count
}
