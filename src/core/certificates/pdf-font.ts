import type { FontFace } from './fonts'
import { deflateSmall, pdfNumber, type PdfRef, type RawObjects } from './pdf-objects'
import { readTtfDescriptor, type TtfDescriptor } from './ttf-metrics'
import { TtfSubset } from './ttf-subset'

/** The font tables fontkit parses that the descriptor needs (missing from its typings). */
interface FontTables {
  postscriptName: string | null
  unitsPerEm: number
  ascent: number
  descent: number
  capHeight: number
  xHeight: number
  italicAngle: number
  bbox: { minX: number; minY: number; maxX: number; maxY: number }
  post: { isFixedPitch: unknown }
  head: { macStyle: { italic: boolean } }
  'OS/2'?: { sFamilyClass?: number }
  getGlyph(id: number): { advanceWidth: number }
  createSubset(): Subset
}

/** A subsetter: ours for plain TrueType files, fontkit's for the rest (cff set for CFF fonts). */
interface Subset {
  cff?: unknown
  includeGlyph(glyphId: number): number
  encode(): Uint8Array
}

function fontkitDescriptor(face: FontFace): TtfDescriptor {
  const font = face.font as unknown as FontTables
  const b = font.bbox
  return {
    postscriptName: font.postscriptName ?? face.key,
    unitsPerEm: font.unitsPerEm,
    bbox: [b.minX, b.minY, b.maxX, b.maxY],
    italicAngle: font.italicAngle,
    ascent: font.ascent,
    descent: font.descent,
    capHeight: font.capHeight,
    xHeight: font.xHeight,
    fixedPitch: Boolean(font.post.isFixedPitch),
    italic: font.head.macStyle.italic,
    familyClass: (font['OS/2']?.sFamilyClass ?? 0) >> 8,
    notdefAdvance: font.getGlyph(0).advanceWidth
  }
}

interface FaceConstants {
  postscriptName: string
  /** FontDescriptor entries besides /FontName and the font file. */
  descriptor: string
  notdefWidth: number
}

const faceConstants = new WeakMap<FontFace, FaceConstants>()

/** The descriptor as pdfkit writes it, from the tables (fontkit for other kinds of font). */
function constantsOf(face: FontFace): FaceConstants {
  let c = faceConstants.get(face)
  if (!c) {
    const d = (face.ttf && readTtfDescriptor(face.ttf)) || fontkitDescriptor(face)
    const scale = 1000 / d.unitsPerEm
    let flags = 1 << 2
    if (d.fixedPitch) flags |= 1 << 0
    if (d.familyClass >= 1 && d.familyClass <= 7) flags |= 1 << 1
    if (d.familyClass === 10) flags |= 1 << 3
    if (d.italic) flags |= 1 << 6
    c = {
      postscriptName: d.postscriptName.replaceAll(' ', '_'),
      descriptor: [
        `/Flags ${flags}`,
        `/FontBBox [${d.bbox.map((v) => pdfNumber(v * scale)).join(' ')}]`,
        `/ItalicAngle ${pdfNumber(d.italicAngle)}`,
        `/Ascent ${pdfNumber(d.ascent * scale)}`,
        `/Descent ${pdfNumber(d.descent * scale)}`,
        `/CapHeight ${pdfNumber((d.capHeight || d.ascent) * scale)}`,
        `/XHeight ${pdfNumber((d.xHeight || 0) * scale)}`,
        '/StemV 0'
      ].join(' '),
      notdefWidth: d.notdefAdvance * scale
    }
    faceConstants.set(face, c)
  }
  return c
}

/** What a subset embeds, given its characters in the order they were first used. */
interface FontProgram {
  /** The subset font file, deflated, and its length before deflating. */
  file: Buffer
  fileLength: number
  toUnicode: Buffer
  widths: string
}

/**
 * Documents of a batch use the same few subsets (a zip holds one document per certificate):
 * encoding and deflating a subset costs more than the rest of a one-page document, so the
 * result is kept by face and characters. The bytes depend only on those, so documents stay
 * identical whether or not a subset came from here.
 */
const programs = new Map<string, FontProgram>()
const programLimit = 256

const hex4 = (v: number) => v.toString(16).padStart(4, '0')

function toUnicodeCmap(codePoints: readonly number[]): string {
  const entries = codePoints.map((cp) =>
    cp > 0xffff
      ? `<${hex4(((cp - 0x10000) >>> 10) | 0xd800)} ${hex4(0xdc00 | ((cp - 0x10000) & 0x3ff))}>`
      : `<${hex4(cp)}>`
  )
  const ranges: string[] = []
  for (let start = 0; start < entries.length; start += 256) {
    const end = Math.min(start + 256, entries.length)
    ranges.push(`<${hex4(start)}> <${hex4(end - 1)}> [${entries.slice(start, end).join(' ')}]`)
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo <<
  /Registry (Adobe)
  /Ordering (UCS)
  /Supplement 0
>> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000><ffff>
endcodespacerange
${ranges.length} beginbfrange
${ranges.join('\n')}
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end
`
}

/**
 * One font of one document: text is encoded as glyph ids of a subset (numbered in the order
 * of first use) and the subset is embedded as a CID-keyed Type 0 font when the document ends.
 */
export class DocumentFont {
  readonly ref: PdfRef
  private readonly subset: Subset
  private readonly hex = new Map<number, string>()
  /** Per subset glyph id: the code point it prints and its advance in 1/1000 em. */
  private readonly codePoints: number[] = [0]
  private readonly widths: number[]
  private chars = ''

  constructor(
    private readonly face: FontFace,
    objects: RawObjects
  ) {
    this.ref = objects.allocate()
    this.subset = face.ttf
      ? new TtfSubset(face.ttf)
      : (face.font as unknown as FontTables).createSubset()
    this.widths = [constantsOf(face).notdefWidth]
  }

  /** The text as a hex string of glyph ids, for a Tj operator. */
  encode(text: string): string {
    let out = ''
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i)
      if (cp >= 0xd800 && cp < 0xdc00) {
        cp = text.codePointAt(i)!
        i++
      }
      let h = this.hex.get(cp)
      if (h === undefined) {
        const gid = this.subset.includeGlyph(this.face.glyphId(cp))
        if (this.widths[gid] === undefined) {
          this.widths[gid] = this.face.advance(cp) * 1000
          this.codePoints[gid] = cp
        }
        h = hex4(gid)
        this.hex.set(cp, h)
        this.chars += String.fromCodePoint(cp)
      }
      out += h
    }
    return out
  }

  /** Writes the font's dictionaries, widths, character map and subset file. */
  write(objects: RawObjects, tag: string): void {
    const c = constantsOf(this.face)
    const cff = this.subset.cff != null
    const program = this.program()
    const name = `${tag}+${c.postscriptName}`
    const descriptor = objects.allocate()
    const descendant = objects.allocate()
    const file = objects.allocate()
    const cmap = objects.allocate()
    objects.object(
      this.ref,
      `<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${descendant.id} 0 R] /ToUnicode ${cmap.id} 0 R >>`
    )
    objects.object(
      descendant,
      `<< /Type /Font /Subtype /${cff ? 'CIDFontType0' : 'CIDFontType2'} /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${descriptor.id} 0 R /W [0 [${program.widths}]]${cff ? '' : ' /CIDToGIDMap /Identity'} >>`
    )
    objects.object(
      descriptor,
      `<< /Type /FontDescriptor /FontName /${name} ${c.descriptor} /${cff ? 'FontFile3' : 'FontFile2'} ${file.id} 0 R >>`
    )
    objects.stream(
      file,
      cff
        ? '/Subtype /CIDFontType0C /Filter /FlateDecode'
        : `/Length1 ${program.fileLength} /Filter /FlateDecode`,
      program.file
    )
    objects.stream(cmap, '/Filter /FlateDecode', program.toUnicode)
  }

  private program(): FontProgram {
    const key = `${this.face.key}\u0000${this.chars}`
    let p = programs.get(key)
    if (!p) {
      const font = this.subset.encode()
      p = {
        file: deflateSmall(font),
        fileLength: font.length,
        toUnicode: deflateSmall(Buffer.from(toUnicodeCmap(this.codePoints), 'latin1')),
        widths: this.widths.map((w) => pdfNumber(w)).join(' ')
      }
      if (programs.size >= programLimit) programs.clear()
      programs.set(key, p)
    }
    return p
  }
}
