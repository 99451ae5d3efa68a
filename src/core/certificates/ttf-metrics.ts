import type { TtfTables } from './ttf-subset'

/**
 * Glyph ids, advances and outline heights read straight from a TrueType file's tables, as
 * fontkit reads them (the same Unicode cmap subtable, hmtx, the glyf header's box) but without
 * decoding whole tables into objects first: layout asks for a few hundred characters per face.
 */
export interface TtfMetrics {
  unitsPerEm: number
  /** hhea ascender and descender, in font units (descender negative). */
  ascent: number
  descent: number
  glyphId(codePoint: number): number
  /** Advance width in font units. */
  advance(glyphId: number): number
  /** Top and bottom of the glyph's outline box in font units (0 for an empty glyph). */
  yMax(glyphId: number): number
  yMin(glyphId: number): number
}

/** fontkit's order of preference among Unicode cmap subtables (platform, encoding). */
const cmapPreference: readonly [number, number][] = [
  [3, 10],
  [0, 6],
  [0, 4],
  [3, 1],
  [0, 3],
  [0, 2],
  [0, 1],
  [0, 0]
]

type Lookup = (codePoint: number) => number

function format4(b: Buffer, at: number, end: number): Lookup {
  const segCount = b.readUInt16BE(at + 6) >> 1
  const ends = at + 14
  const starts = ends + segCount * 2 + 2
  const deltas = starts + segCount * 2
  const rangeOffsets = deltas + segCount * 2
  return (cp) => {
    if (cp > 0xffff) return 0
    let lo = 0
    let hi = segCount - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (cp < b.readUInt16BE(starts + mid * 2)) hi = mid - 1
      else if (cp > b.readUInt16BE(ends + mid * 2)) lo = mid + 1
      else {
        const delta = b.readUInt16BE(deltas + mid * 2)
        const rangeOffset = b.readUInt16BE(rangeOffsets + mid * 2)
        if (rangeOffset === 0) return (cp + delta) & 0xffff
        const p = rangeOffsets + mid * 2 + rangeOffset + (cp - b.readUInt16BE(starts + mid * 2)) * 2
        if (p + 2 > end) return 0
        const gid = b.readUInt16BE(p)
        return gid === 0 ? 0 : (gid + delta) & 0xffff
      }
    }
    return 0
  }
}

function format12(b: Buffer, at: number, end: number): Lookup {
  const groups = Math.min(b.readUInt32BE(at + 12), Math.floor((end - at - 16) / 12))
  return (cp) => {
    let lo = 0
    let hi = groups - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const g = at + 16 + mid * 12
      if (cp < b.readUInt32BE(g)) hi = mid - 1
      else if (cp > b.readUInt32BE(g + 4)) lo = mid + 1
      else return b.readUInt32BE(g + 8) + (cp - b.readUInt32BE(g))
    }
    return 0
  }
}

function cmapLookup(ttf: TtfTables): Lookup | null {
  const cmap = ttf.tables.get('cmap')
  if (!cmap) return null
  const b = ttf.bytes
  const count = b.readUInt16BE(cmap.offset + 2)
  if (cmap.offset + 4 + count * 8 > b.length) return null
  const record = (platform: number, encoding: number) => {
    for (let i = 0; i < count; i++) {
      const r = cmap.offset + 4 + i * 8
      if (b.readUInt16BE(r) === platform && b.readUInt16BE(r + 2) === encoding)
        return cmap.offset + b.readUInt32BE(r + 4)
    }
    return -1
  }
  for (const [platform, encoding] of cmapPreference) {
    const at = record(platform, encoding)
    if (at < 0) continue
    const end = cmap.offset + cmap.length
    if (at + 16 > end) return null
    const format = b.readUInt16BE(at)
    if (format === 4) return format4(b, at, Math.min(end, at + b.readUInt16BE(at + 2)))
    if (format === 12) return format12(b, at, Math.min(end, at + b.readUInt32BE(at + 4)))
    // another format: fontkit handles it
    return null
  }
  return null
}

/** null when the file's Unicode cmap is of a kind only fontkit reads. */
export function readTtfMetrics(ttf: TtfTables): TtfMetrics | null {
  const lookup = cmapLookup(ttf)
  if (!lookup) return null
  const { bytes: b, tables, numGlyphs, longLoca, numberOfHMetrics } = ttf
  const head = tables.get('head')!.offset
  const hhea = tables.get('hhea')!.offset
  const hmtx = tables.get('hmtx')!
  const loca = tables.get('loca')!
  const glyf = tables.get('glyf')!
  const locaAt = (i: number) =>
    longLoca ? b.readUInt32BE(loca.offset + i * 4) : b.readUInt16BE(loca.offset + i * 2) * 2
  /** Offset of the glyph's header in the file, or -1 for an empty or unknown glyph. */
  const glyphAt = (g: number) => {
    if (g >= numGlyphs || (g + 2) * (longLoca ? 4 : 2) > loca.length) return -1
    const start = locaAt(g)
    if (locaAt(g + 1) - start < 10 || start + 10 > glyf.length) return -1
    return glyf.offset + start
  }
  return {
    unitsPerEm: b.readUInt16BE(head + 18),
    ascent: b.readInt16BE(hhea + 4),
    descent: b.readInt16BE(hhea + 6),
    glyphId: lookup,
    advance: (g) => {
      const i = Math.min(g, numberOfHMetrics - 1)
      return i < 0 || (i + 1) * 4 > hmtx.length ? 0 : b.readUInt16BE(hmtx.offset + i * 4)
    },
    yMax: (g) => {
      const at = glyphAt(g)
      return at < 0 ? 0 : b.readInt16BE(at + 8)
    },
    yMin: (g) => {
      const at = glyphAt(g)
      return at < 0 ? 0 : b.readInt16BE(at + 4)
    }
  }
}

/** What a PDF font descriptor says about a face, in font units, as pdfkit reads it. */
export interface TtfDescriptor {
  postscriptName: string
  unitsPerEm: number
  bbox: [number, number, number, number]
  italicAngle: number
  ascent: number
  descent: number
  /** OS/2 cap and x heights; null when the table is too old to hold them. */
  capHeight: number | null
  xHeight: number | null
  fixedPitch: boolean
  italic: boolean
  /** OS/2 sFamilyClass >> 8 (0 without OS/2). */
  familyClass: number
  notdefAdvance: number
}

/** The PostScript name (name id 6): Windows English first, then Mac English, then any. */
function postscriptName(ttf: TtfTables): string | null {
  const name = ttf.tables.get('name')
  if (!name || name.length < 6) return null
  const b = ttf.bytes
  const count = b.readUInt16BE(name.offset + 2)
  const strings = name.offset + b.readUInt16BE(name.offset + 4)
  let best: { rank: number; at: number; length: number; utf16: boolean } | null = null
  for (let i = 0; i < count; i++) {
    const r = name.offset + 6 + i * 12
    if (r + 12 > name.offset + name.length) break
    if (b.readUInt16BE(r + 6) !== 6) continue
    const platform = b.readUInt16BE(r)
    const language = b.readUInt16BE(r + 4)
    const rank = platform === 3 && language === 0x409 ? 0 : platform === 1 && language === 0 ? 1 : 2
    if (best && best.rank <= rank) continue
    const at = strings + b.readUInt16BE(r + 10)
    const length = b.readUInt16BE(r + 8)
    if (at + length > name.offset + name.length) continue
    best = { rank, at, length, utf16: platform === 0 || platform === 3 }
  }
  if (!best) return null
  if (!best.utf16) return b.toString('latin1', best.at, best.at + best.length)
  let s = ''
  for (let i = 0; i + 1 < best.length; i += 2) s += String.fromCharCode(b.readUInt16BE(best.at + i))
  return s
}

/** null when the file lacks a table the descriptor needs (fontkit then reads the font). */
export function readTtfDescriptor(ttf: TtfTables): TtfDescriptor | null {
  const { bytes: b, tables } = ttf
  const post = tables.get('post')
  const name = postscriptName(ttf)
  if (!post || post.length < 16 || name === null) return null
  const head = tables.get('head')!.offset
  const hhea = tables.get('hhea')!.offset
  const os2 = tables.get('OS/2')
  const os2Version = os2 && os2.length >= 32 ? b.readUInt16BE(os2.offset) : -1
  const hasHeights = os2 !== undefined && os2Version >= 2 && os2.length >= 90
  const hmtx = tables.get('hmtx')!
  return {
    postscriptName: name,
    unitsPerEm: b.readUInt16BE(head + 18),
    bbox: [
      b.readInt16BE(head + 36),
      b.readInt16BE(head + 38),
      b.readInt16BE(head + 40),
      b.readInt16BE(head + 42)
    ],
    italicAngle: b.readInt32BE(post.offset + 4) / 65536,
    ascent: b.readInt16BE(hhea + 4),
    descent: b.readInt16BE(hhea + 6),
    capHeight: hasHeights ? b.readInt16BE(os2.offset + 88) : null,
    xHeight: hasHeights ? b.readInt16BE(os2.offset + 86) : null,
    fixedPitch: b.readUInt32BE(post.offset + 12) !== 0,
    italic: (b.readUInt16BE(head + 44) & 2) !== 0,
    familyClass: os2Version >= 0 ? b.readInt16BE(os2!.offset + 30) >> 8 : 0,
    notdefAdvance: hmtx.length >= 4 ? b.readUInt16BE(hmtx.offset) : 0
  }
}
