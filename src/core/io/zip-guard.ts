import { inflateRawSync } from 'node:zlib'
import { importLimits, refuse } from './limits'

interface ZipEntry {
  name: string
  method: number
  compressedSize: number
  declaredSize: number
  localOffset: number
}

/** The central directory of a zip, read by hand so nothing is inflated to list it. */
function readDirectory(buf: Buffer): ZipEntry[] {
  const minEnd = Math.max(0, buf.length - 65_557)
  let end = -1
  for (let i = buf.length - 22; i >= minEnd; i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      end = i
      break
    }
  }
  if (end < 0) throw refuse('CORRUPT', 'no zip directory')
  const count = buf.readUInt16LE(end + 10)
  let at = buf.readUInt32LE(end + 16)
  const entries: ZipEntry[] = []
  for (let n = 0; n < count; n++) {
    if (at + 46 > buf.length || buf.readUInt32LE(at) !== 0x02014b50) {
      throw refuse('CORRUPT', 'broken zip directory')
    }
    const nameLength = buf.readUInt16LE(at + 28)
    const extraLength = buf.readUInt16LE(at + 30)
    const commentLength = buf.readUInt16LE(at + 32)
    const entry = {
      method: buf.readUInt16LE(at + 10),
      compressedSize: buf.readUInt32LE(at + 20),
      declaredSize: buf.readUInt32LE(at + 24),
      localOffset: buf.readUInt32LE(at + 42),
      name: buf.toString('utf8', at + 46, at + 46 + nameLength)
    }
    // Zip64 markers: far beyond anything a roster needs.
    if (entry.declaredSize === 0xffffffff || entry.compressedSize === 0xffffffff) {
      throw refuse('ZIP_BOMB', `${entry.name}: zip64 sizes`)
    }
    entries.push(entry)
    at += 46 + nameLength + extraLength + commentLength
  }
  return entries
}

function countRows(xml: Buffer): number {
  let count = 0
  let at = xml.indexOf('<row')
  while (at !== -1) {
    const next = xml[at + 4]
    // "<row " or "<row>" but not "<rowBreaks".
    if (next === 0x20 || next === 0x3e || next === 0x09 || next === 0x0a || next === 0x0d) count++
    at = xml.indexOf('<row', at + 4)
  }
  return count
}

/**
 * Inflates every entry once with a hard output budget (node's zlib stops at the limit), before
 * the reader sees the file: a zip bomb, or a directory that lies about its sizes, is refused as soon
 * as the real output passes the limit, and a million-row sheet is refused by counting its rows.
 */
export function guardXlsxZip(bytes: Uint8Array): {
  entries: string[]
  workbookXml: string
  /** Every entry, inflated once here, by name. */
  files: Map<string, Buffer>
} {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const entries = readDirectory(buf)
  const declared = entries.reduce((sum, e) => sum + e.declaredSize, 0)
  if (declared > importLimits.maxUncompressedBytes) {
    throw refuse('ZIP_BOMB', `${declared} bytes declared`)
  }
  let budget = importLimits.maxUncompressedBytes
  let workbookXml = ''
  let rows = 0
  const files = new Map<string, Buffer>()
  for (const entry of entries) {
    const local = entry.localOffset
    if (local + 30 > buf.length || buf.readUInt32LE(local) !== 0x04034b50) {
      throw refuse('CORRUPT', `${entry.name}: missing`)
    }
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28)
    if (start + entry.compressedSize > buf.length)
      throw refuse('CORRUPT', `${entry.name}: cut short`)
    const data = buf.subarray(start, start + entry.compressedSize)
    let output: Buffer
    if (entry.method === 0) output = data
    else if (entry.method === 8) {
      try {
        output = inflateRawSync(data, { maxOutputLength: Math.max(1, budget) })
      } catch (error) {
        if (error instanceof RangeError) throw refuse('ZIP_BOMB', entry.name)
        throw refuse('CORRUPT', `${entry.name}: ${error instanceof Error ? error.message : ''}`)
      }
    } else throw refuse('CORRUPT', `${entry.name}: compression method ${entry.method}`)
    budget -= output.length
    if (budget < 0) throw refuse('ZIP_BOMB', entry.name)
    files.set(entry.name, output)
    if (entry.name === 'xl/workbook.xml') workbookXml = output.toString('utf8')
    if (/^xl\/worksheets\/[^/]+\.xml$/.test(entry.name)) {
      rows = Math.max(rows, countRows(output))
      if (rows > importLimits.maxRows) throw refuse('TOO_MANY_ROWS', `${rows} rows`)
    }
  }
  if (!entries.some((e) => e.name === 'xl/workbook.xml')) {
    throw refuse('NOT_A_SPREADSHEET', 'no xl/workbook.xml')
  }
  return { entries: entries.map((e) => e.name), workbookXml, files }
}
