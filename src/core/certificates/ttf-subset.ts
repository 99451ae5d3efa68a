/**
 * A TrueType subsetter for PDF embedding that copies table bytes instead of decoding and
 * re-encoding them (fontkit's subsetter spends most of a one-page PDF re-encoding the hinting
 * tables). Glyphs keep their outlines and hinting; composite glyphs bring their components.
 * The output has the tables a PDF viewer needs for a CIDFontType2 with Identity CIDToGIDMap.
 */

interface TableRecord {
  offset: number
  length: number
}

export interface TtfTables {
  bytes: Buffer
  tables: Map<string, TableRecord>
  numGlyphs: number
  longLoca: boolean
  numberOfHMetrics: number
}

/** Reads the table directory of a plain TrueType file; null for CFF, collections, oddities. */
export function readTtfTables(bytes: Buffer): TtfTables | null {
  if (bytes.length < 12) return null
  const version = bytes.readUInt32BE(0)
  if (version !== 0x00010000 && version !== 0x74727565) return null
  const numTables = bytes.readUInt16BE(4)
  const tables = new Map<string, TableRecord>()
  for (let i = 0; i < numTables; i++) {
    const o = 12 + i * 16
    if (o + 16 > bytes.length) return null
    const offset = bytes.readUInt32BE(o + 8)
    const length = bytes.readUInt32BE(o + 12)
    if (offset + length > bytes.length) return null
    tables.set(bytes.toString('latin1', o, o + 4), { offset, length })
  }
  for (const t of ['head', 'hhea', 'maxp', 'hmtx', 'loca', 'glyf']) if (!tables.has(t)) return null
  return {
    bytes,
    tables,
    numGlyphs: bytes.readUInt16BE(tables.get('maxp')!.offset + 4),
    longLoca: bytes.readInt16BE(tables.get('head')!.offset + 50) === 1,
    numberOfHMetrics: bytes.readUInt16BE(tables.get('hhea')!.offset + 34)
  }
}

const pad4 = (n: number) => (n + 3) & ~3

function checksum(buf: Buffer): number {
  let sum = 0
  const whole = buf.length & ~3
  for (let i = 0; i < whole; i += 4) {
    sum = (sum + ((buf[i]! << 24) | (buf[i + 1]! << 16) | (buf[i + 2]! << 8) | buf[i + 3]!)) >>> 0
  }
  if (whole < buf.length) {
    // the table is read as if padded with zeros to a multiple of four bytes
    let last = 0
    for (let i = whole; i < whole + 4; i++) last = last * 256 + (i < buf.length ? buf[i]! : 0)
    sum = (sum + last) >>> 0
  }
  return sum
}

/** pdfkit's subset interface: includeGlyph returns the new glyph id; encode the font file. */
export class TtfSubset {
  private readonly map = new Map<number, number>([[0, 0]])
  private readonly glyphs: number[] = [0]
  readonly cff = null

  constructor(private readonly ttf: TtfTables) {}

  includeGlyph(glyphId: number): number {
    let id = this.map.get(glyphId)
    if (id === undefined) {
      id = this.glyphs.length
      this.glyphs.push(glyphId)
      this.map.set(glyphId, id)
    }
    return id
  }

  private glyphRange(g: number): [number, number] {
    const { bytes, tables, longLoca } = this.ttf
    const loca = tables.get('loca')!.offset
    const glyf = tables.get('glyf')!.offset
    if (g >= this.ttf.numGlyphs) return [glyf, glyf]
    const at = (i: number) =>
      longLoca ? bytes.readUInt32BE(loca + i * 4) : bytes.readUInt16BE(loca + i * 2) * 2
    return [glyf + at(g), glyf + at(g + 1)]
  }

  private hMetric(g: number): [number, number] {
    const { bytes, tables, numberOfHMetrics } = this.ttf
    const hmtx = tables.get('hmtx')!.offset
    if (g < numberOfHMetrics) {
      return [bytes.readUInt16BE(hmtx + g * 4), bytes.readInt16BE(hmtx + g * 4 + 2)]
    }
    const advance = bytes.readUInt16BE(hmtx + (numberOfHMetrics - 1) * 4)
    const lsb = bytes.readInt16BE(hmtx + numberOfHMetrics * 4 + (g - numberOfHMetrics) * 2)
    return [advance, lsb]
  }

  encode(): Uint8Array {
    const { bytes, tables } = this.ttf
    const glyfParts: Buffer[] = []
    const offsets: number[] = []
    let glyfLength = 0
    // components are appended to this.glyphs while walking, so the loop sees them too
    for (let i = 0; i < this.glyphs.length; i++) {
      const [start, end] = this.glyphRange(this.glyphs[i]!)
      let data = bytes.subarray(start, end)
      if (data.length >= 10 && data.readInt16BE(0) < 0) {
        data = Buffer.from(data)
        let p = 10
        for (;;) {
          const flags = data.readUInt16BE(p)
          data.writeUInt16BE(this.includeGlyph(data.readUInt16BE(p + 2)), p + 2)
          p += 4 + (flags & 0x0001 ? 4 : 2)
          if (flags & 0x0008) p += 2
          else if (flags & 0x0040) p += 4
          else if (flags & 0x0080) p += 8
          if (!(flags & 0x0020) || p + 4 > data.length) break
        }
      }
      offsets.push(glyfLength)
      glyfParts.push(data)
      const padded = pad4(data.length)
      if (padded > data.length) glyfParts.push(Buffer.alloc(padded - data.length))
      glyfLength += padded
    }
    offsets.push(glyfLength)
    const n = this.glyphs.length

    const loca = Buffer.alloc(offsets.length * 4)
    offsets.forEach((o, i) => loca.writeUInt32BE(o, i * 4))
    const hmtx = Buffer.alloc(n * 4)
    this.glyphs.forEach((g, i) => {
      const [adv, lsb] = this.hMetric(g)
      hmtx.writeUInt16BE(adv, i * 4)
      hmtx.writeInt16BE(lsb, i * 4 + 2)
    })
    const copy = (tag: string) => {
      const t = tables.get(tag)!
      return Buffer.from(bytes.subarray(t.offset, t.offset + t.length))
    }
    const head = copy('head')
    head.writeUInt32BE(0, 8)
    head.writeInt16BE(1, 50)
    const hhea = copy('hhea')
    hhea.writeUInt16BE(n, 34)
    const maxp = copy('maxp')
    maxp.writeUInt16BE(n, 4)

    const out = new Map<string, Buffer>([
      ['glyf', Buffer.concat(glyfParts)],
      ['head', head],
      ['hhea', hhea],
      ['hmtx', hmtx],
      ['loca', loca],
      ['maxp', maxp]
    ])
    for (const tag of ['cvt ', 'fpgm', 'prep']) if (tables.has(tag)) out.set(tag, copy(tag))

    const tags = [...out.keys()].sort()
    const numTables = tags.length
    let entrySelector = 0
    while (1 << (entrySelector + 1) <= numTables) entrySelector++
    const searchRange = (1 << entrySelector) * 16
    const header = Buffer.alloc(12 + numTables * 16)
    header.writeUInt32BE(0x00010000, 0)
    header.writeUInt16BE(numTables, 4)
    header.writeUInt16BE(searchRange, 6)
    header.writeUInt16BE(entrySelector, 8)
    header.writeUInt16BE(numTables * 16 - searchRange, 10)
    const body: Buffer[] = []
    let offset = header.length
    // the file's sum is the directory's plus every (zero-padded, aligned) table's
    let tablesSum = 0
    tags.forEach((tag, i) => {
      const data = out.get(tag)!
      const o = 12 + i * 16
      const sum = checksum(data)
      tablesSum = (tablesSum + sum) >>> 0
      header.write(tag, o, 'latin1')
      header.writeUInt32BE(sum, o + 4)
      header.writeUInt32BE(offset, o + 8)
      header.writeUInt32BE(data.length, o + 12)
      body.push(data)
      const padded = pad4(data.length)
      if (padded > data.length) body.push(Buffer.alloc(padded - data.length))
      offset += padded
    })
    const file = Buffer.concat([header, ...body])
    const headAt =
      header.length +
      tags.slice(0, tags.indexOf('head')).reduce((s, t) => s + pad4(out.get(t)!.length), 0)
    const fileSum = (checksum(header) + tablesSum) >>> 0
    file.writeUInt32BE((0xb1b0afba - fileSum) >>> 0, headAt + 8)
    return file
  }
}
