import { deflateSync } from 'node:zlib'
import PDFDocument from 'pdfkit'
import type { PrinterProfile } from '../../shared/certificates/entities'
import type { Logo } from '../../shared/entities'
import type { FontFace } from './fonts'
import { TtfSubset } from './ttf-subset'
import { ptPerMm, type PageLayout, type PaintItem } from './layout'

/** pdfkit's embedded font, of which the painter uses the subset and width/unicode tables. */
interface EmbeddedFont {
  id: string
  subset: { includeGlyph(glyphId: number): number; encode(): Uint8Array }
  widths: number[]
  unicode: number[][]
  scale: number
  ref(): unknown
}

interface ContentStream {
  buffer: Uint8Array[]
  compress: boolean
  data: Record<string, unknown>
}

interface DocInternals {
  _font: EmbeddedFont
  page: {
    fonts: Record<string, unknown>
    write(data: string | Uint8Array): void
    content: ContentStream
  }
}

/**
 * A page's content is a kilobyte or two: zlib's default 32 KB window costs more to set up than
 * to use, so pages are deflated here with a small window (any zlib stream is valid in a PDF).
 */
const pageDeflate = { level: 6, windowBits: 9, memLevel: 2 } as const

function compressContent(content: ContentStream): void {
  if (!content.compress || content.buffer.length === 0) return
  content.buffer = [deflateSync(Buffer.concat(content.buffer), pageDeflate)]
  content.compress = false
  content.data.Filter = 'FlateDecode'
}

interface DocFont {
  embedded: EmbeddedFont
  /** code point → 4-hex-digit glyph id in this document's subset */
  hex: Map<number, string>
}

const n = (v: number) => {
  const r = Math.round(v * 1000) / 1000
  return Object.is(r, -0) ? '0' : String(r)
}

const rgb = (hex: string) => {
  const v = parseInt(hex.slice(1), 16)
  return `${n(((v >> 16) & 255) / 255)} ${n(((v >> 8) & 255) / 255)} ${n((v & 255) / 255)}`
}

export interface PdfOptions {
  title: string
  /** Fixed creation date: identical input gives identical bytes. */
  creationDate: Date
}

/**
 * A thin pdfkit painter: fonts are the shared fontkit objects (parsed once per process), text is
 * written as positioned glyph runs with no second layout pass, vectors as raw operators.
 */
export class CertificatePdf {
  readonly doc: PDFKit.PDFDocument
  private readonly fonts = new Map<string, DocFont>()
  private readonly images = new Map<string, unknown>()
  private readonly w: DocInternals

  constructor(opts: PdfOptions) {
    this.doc = new PDFDocument({
      autoFirstPage: false,
      // no default Helvetica: parsing its metrics costs more than a whole certificate page
      font: null as unknown as string,
      compress: true,
      info: {
        Title: opts.title,
        Producer: 'Dais',
        Creator: 'Dais',
        CreationDate: opts.creationDate,
        ModDate: opts.creationDate
      }
    })
    this.w = this.doc as unknown as DocInternals
    const doc = this.doc as unknown as { ref(data?: object): ContentStream }
    const ref = doc.ref.bind(doc)
    doc.ref = (data?: object) => (this.lastRef = ref(data))
  }

  /** The object pdfkit created last: the font file stream while a subset is being encoded. */
  private lastRef: ContentStream | null = null

  /**
   * pdfkit creates the font file stream and then asks the subset for its bytes: they arrive
   * deflated at level 1 (fonts cost most of a one-page file's time at zlib's default level).
   */
  private fastSubset(ttf: NonNullable<FontFace['ttf']>) {
    const subset = new TtfSubset(ttf)
    return {
      cff: null,
      includeGlyph: (gid: number) => subset.includeGlyph(gid),
      encode: () => {
        const stream = this.lastRef!
        stream.compress = false
        stream.data.Filter = 'FlateDecode'
        return deflateSync(subset.encode(), { level: 1 })
      }
    }
  }

  private font(face: FontFace): DocFont {
    let f = this.fonts.get(face.key)
    if (!f) {
      this.doc.registerFont(face.key, face.font as unknown as string)
      this.doc.font(face.key)
      const embedded = this.w._font
      if (face.ttf) embedded.subset = this.fastSubset(face.ttf)
      f = { embedded, hex: new Map() }
      this.fonts.set(face.key, f)
    }
    return f
  }

  private encode(f: DocFont, face: FontFace, text: string): string {
    let out = ''
    for (let i = 0; i < text.length; i++) {
      let cp = text.charCodeAt(i)
      if (cp >= 0xd800 && cp < 0xdc00) {
        cp = text.codePointAt(i)!
        i++
      }
      let h = f.hex.get(cp)
      if (h === undefined) {
        const e = f.embedded
        const gid = e.subset.includeGlyph(face.glyphId(cp))
        if (e.widths[gid] == null) e.widths[gid] = face.advance(cp) * 1000
        if (e.unicode[gid] == null) e.unicode[gid] = [cp]
        h = gid.toString(16).padStart(4, '0')
        f.hex.set(cp, h)
      }
      out += h
    }
    return out
  }

  private image(logo: Logo): unknown {
    let img = this.images.get(logo.dataBase64)
    if (!img) {
      img = (this.doc as unknown as { openImage(b: Buffer): unknown }).openImage(
        Buffer.from(logo.dataBase64, 'base64')
      )
      this.images.set(logo.dataBase64, img)
    }
    return img
  }

  /** Starts a page of the given size with the printer profile applied as one transform. */
  beginPage(widthPt: number, heightPt: number, profile: PrinterProfile | null): void {
    this.finishPage()
    this.doc.addPage({ size: [widthPt, heightPt], margin: 0 })
    if (!profile) return
    const sx = profile.scaleX
    const sy = profile.scaleY
    const dx = profile.offsetXMm * ptPerMm
    const dy = profile.offsetYMm * ptPerMm
    const m = profile.rotate180
      ? [-sx, 0, 0, -sy, widthPt - dx, heightPt - dy]
      : [sx, 0, 0, sy, dx, dy]
    this.w.page.write(`${m.map(n).join(' ')} cm`)
  }

  background(logo: Logo, widthPt: number, heightPt: number): void {
    this.doc.image(this.image(logo) as Buffer, 0, 0, { width: widthPt, height: heightPt })
  }

  paint(items: readonly PaintItem[]): void {
    const out: string[] = []
    const flush = () => {
      // as bytes: pdfkit would otherwise convert the string one character at a time
      if (out.length) this.w.page.write(Buffer.from(`${out.join('\n')}\n`, 'latin1'))
      out.length = 0
    }
    for (const item of items) {
      switch (item.type) {
        case 'text': {
          const f = this.font(item.face)
          this.w.page.fonts[f.embedded.id] = f.embedded.ref()
          out.push(`BT ${rgb(item.color)} rg /${f.embedded.id} ${n(item.sizePt)} Tf`)
          for (const r of item.runs) {
            out.push(`1 0 0 -1 ${n(r.x)} ${n(r.y)} Tm <${this.encode(f, item.face, r.text)}> Tj`)
          }
          out.push('ET')
          break
        }
        case 'rect':
          out.push(
            `${n(item.widthPt)} w ${rgb(item.color)} RG ${n(item.x)} ${n(item.y)} ${n(item.w)} ${n(item.h)} re S`
          )
          break
        case 'line':
          out.push(
            `${n(item.widthPt)} w ${rgb(item.color)} RG ${n(item.x1)} ${n(item.y1)} m ${n(item.x2)} ${n(item.y2)} l S`
          )
          break
        case 'qr': {
          const { size, dark } = item.matrix
          const quiet = 0
          const cell = item.size / (size + quiet * 2)
          const parts: string[] = ['0 0 0 rg']
          for (let row = 0; row < size; row++) {
            let col = 0
            while (col < size) {
              if (!dark[row * size + col]) {
                col++
                continue
              }
              const start = col
              while (col < size && dark[row * size + col]) col++
              parts.push(
                `${n(item.x + (start + quiet) * cell)} ${n(item.y + (row + quiet) * cell)} ${n((col - start) * cell)} ${n(cell)} re`
              )
            }
          }
          parts.push('f')
          out.push(parts.join('\n'))
          break
        }
        case 'image':
          flush()
          this.doc.image(this.image(item.image) as Buffer, item.x, item.y, {
            width: item.w,
            height: item.h
          })
          break
      }
    }
    flush()
  }

  /** Background (when the layout carries one) and every item of one certificate. */
  page(layout: PageLayout, profile: PrinterProfile | null): void {
    this.beginPage(layout.widthPt, layout.heightPt, profile)
    if (layout.background) this.background(layout.background, layout.widthPt, layout.heightPt)
    this.paint(layout.items)
  }

  private finishPage(): void {
    if (this.w.page) compressContent(this.w.page.content)
  }

  /** Ends the document (its bytes go to whoever listens to doc's data events). */
  end(): void {
    this.finishPage()
    this.doc.end()
  }

  /** Ends the document and collects its bytes (for single-page files and previews). */
  toBuffer(): Promise<Buffer> {
    const chunks: Buffer[] = []
    this.doc.on('data', (c: Buffer) => chunks.push(c))
    const done = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('end', () => resolve(Buffer.concat(chunks)))
      this.doc.on('error', reject)
    })
    this.end()
    return done
  }
}
