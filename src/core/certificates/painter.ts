import type { PrinterProfile } from '@shared/certificates/entities'
import type { Logo } from '@shared/entities'
import type { FontFace } from './fonts'
import { ptPerMm, type PageLayout, type PaintItem } from './layout'
import type { QrMatrix } from './qr'
import { DocumentFont } from './pdf-font'
import { pdfNumber, RawObjects, type PdfRef } from './pdf-objects'
import { PdfFile, type PdfInfo } from './pdf-file'
import { coverBox, embedImage, imageMatrix, type EmbeddedImage } from './pdf-images'

/** Content-stream coordinates: a thousandth of a point is far below a printer's dot. */
const n = (v: number) => pdfNumber(v, 3)

const rgb = (hex: string) => {
  const v = parseInt(hex.slice(1), 16)
  return `${n(((v >> 16) & 255) / 255)} ${n(((v >> 8) & 255) / 255)} ${n((v & 255) / 255)}`
}

export type PdfOptions = PdfInfo

const paintedLimit = 512

/** Each byte with its bits in the opposite order. */
const reversedByte = Uint8Array.from({ length: 256 }, (_, b) => {
  let r = 0
  for (let i = 0; i < 8; i++) if (b & (1 << i)) r |= 0x80 >> i
  return r
})

interface Painted {
  ops: string
  /** "/T3 Do" once the item is a form XObject. */
  form: string | null
}

interface OpenPage {
  ref: PdfRef
  widthPt: number
  heightPt: number
  content: string[]
}

/**
 * Certificate pages written as raw PDF objects into a PdfFile: one resource dictionary shared by
 * every page, text as positioned glyph runs of the shared faces (subset fonts written at the end),
 * repeated text as form XObjects, vectors as raw operators, images embedded once.
 */
export class CertificatePdf {
  /** The PDF's bytes as a readable stream: listen before painting (or use toBuffer). */
  readonly file: PdfFile
  private readonly objects: RawObjects
  private readonly resources: PdfRef
  private readonly fonts = new Map<string, DocumentFont & { resource: string }>()
  private readonly images = new Map<string, EmbeddedImage & { name: string }>()
  private readonly xobjects: Record<string, PdfRef> = {}
  /** A text item's operators in this document (laid-out items repeat from page to page). */
  private readonly painted = new Map<PaintItem, Painted>()
  private current: OpenPage | null = null
  private forms = 0
  /** QR image masks by their matrix (one per code text: see qrMatrix), so a code repeated on
   * many pages is written once. */
  private readonly qrImages = new Map<QrMatrix, string>()
  private qrCount = 0

  constructor(opts: PdfOptions) {
    this.file = new PdfFile(opts)
    this.objects = new RawObjects(this.file)
    this.resources = this.objects.allocate()
  }

  private font(face: FontFace): DocumentFont & { resource: string } {
    let f = this.fonts.get(face.key)
    if (!f) {
      f = Object.assign(new DocumentFont(face, this.objects), {
        resource: `F${this.fonts.size + 1}`
      })
      this.fonts.set(face.key, f)
    }
    return f
  }

  private image(logo: Logo): EmbeddedImage & { name: string } {
    let img = this.images.get(logo.dataBase64)
    if (!img) {
      const embedded = embedImage(Buffer.from(logo.dataBase64, 'base64'), this.objects)
      img = { ...embedded, name: `I${this.images.size + 1}` }
      this.xobjects[img.name] = img.ref
      this.images.set(logo.dataBase64, img)
    }
    return img
  }

  /** Starts a page of the given size with the printer profile applied as one transform. */
  beginPage(widthPt: number, heightPt: number, profile: PrinterProfile | null): void {
    this.finishPage()
    const content = [`1 0 0 -1 0 ${pdfNumber(heightPt)} cm`]
    if (profile) {
      const sx = profile.scaleX
      const sy = profile.scaleY
      const dx = profile.offsetXMm * ptPerMm
      const dy = profile.offsetYMm * ptPerMm
      const m = profile.rotate180
        ? [-sx, 0, 0, -sy, widthPt - dx, heightPt - dy]
        : [sx, 0, 0, sy, dx, dy]
      content.push(`${m.map(n).join(' ')} cm`)
    }
    this.current = { ref: this.objects.allocate(), widthPt, heightPt, content }
  }

  private openPage(): OpenPage {
    if (!this.current) throw new Error('beginPage() before painting')
    return this.current
  }

  /** Draws an image into a box, upright as its orientation says; 'cover' crops, never stretches. */
  private drawImage(
    logo: Logo,
    box: { x: number; y: number; w: number; h: number },
    fit?: 'cover'
  ): void {
    const page = this.openPage()
    const img = this.image(logo)
    const at = fit === 'cover' ? coverBox(img, box) : box
    const clip = fit === 'cover' ? `${[box.x, box.y, box.w, box.h].map(n).join(' ')} re W n ` : ''
    page.content.push(
      `q ${clip}${imageMatrix(img.orientation, at.x, at.y, at.w, at.h).map(n).join(' ')} cm /${img.name} Do Q`
    )
  }

  background(logo: Logo, widthPt: number, heightPt: number): void {
    this.drawImage(logo, { x: 0, y: 0, w: widthPt, h: heightPt })
  }

  /**
   * A text item's operators. Laid-out items repeat from page to page (the same objects come
   * back from the layout cache): the second time one is painted it becomes a form XObject that
   * every later page draws by name, so a page's own content is mostly what is new on it.
   */
  private text(item: Extract<PaintItem, { type: 'text' }>): string {
    let p = this.painted.get(item)
    if (!p) {
      const f = this.font(item.face)
      const lines = [`BT ${rgb(item.color)} rg /${f.resource} ${n(item.sizePt)} Tf`]
      // Page space runs top-down: a counter-clockwise turn is [cos, -sin, -sin, -cos].
      const a = ((item.angleDeg ?? 0) * Math.PI) / 180
      const m =
        a === 0
          ? '1 0 0 -1'
          : [Math.cos(a), -Math.sin(a), -Math.sin(a), -Math.cos(a)].map(n).join(' ')
      for (const r of item.runs) {
        lines.push(`${m} ${n(r.x)} ${n(r.y)} Tm <${f.encode(r.text)}> Tj`)
      }
      lines.push('ET')
      p = { ops: lines.join('\n'), form: null }
      this.remember(item, p)
      return p.ops
    }
    if (!p.form) p.form = this.form(p.ops)
    return p.form
  }

  private remember(item: PaintItem, p: Painted): void {
    if (this.painted.size >= paintedLimit) {
      for (const [k, v] of this.painted) if (!v.form) this.painted.delete(k)
      if (this.painted.size >= paintedLimit) this.painted.clear()
    }
    this.painted.set(item, p)
  }

  /** Writes operators as a form XObject in page space; returns the operator that draws it. */
  private form(ops: string): string {
    const ref = this.objects.allocate()
    const name = `T${++this.forms}`
    this.xobjects[name] = ref
    const page = this.openPage()
    // generous bounds: the form draws in page space, text stays where the layout put it
    const w = pdfNumber(page.widthPt)
    const h = pdfNumber(page.heightPt)
    this.objects.operators(
      ref,
      `/Type /XObject /Subtype /Form /BBox [-${w} -${h} ${pdfNumber(page.widthPt * 2)} ${pdfNumber(page.heightPt * 2)}] /Resources ${this.resources.id} 0 R`,
      ops
    )
    return `/${name} Do`
  }

  /**
   * A QR code as a 1-bit image mask, one sample per module, painted black: a few hundred bytes
   * where rectangles took kilobytes of operators. The same code reuses its image.
   */
  private qr(item: Extract<PaintItem, { type: 'qr' }>): string {
    let name = this.qrImages.get(item.matrix)
    if (!name) {
      const { size, rows, words } = item.matrix
      const rowBytes = (size + 7) >> 3
      const bits = Buffer.allocUnsafe(rowBytes * size)
      // every byte is written: eight modules at a time from the packed rows (first module in the
      // low bit), reversed into the image's byte order (first module in the high bit)
      for (let row = 0, at = 0; row < size; row++)
        for (let j = 0; j < rowBytes; j++, at++)
          bits[at] = reversedByte[(rows[row * words + (j >> 2)]! >>> ((j & 3) * 8)) & 0xff]!
      const ref = this.objects.allocate()
      name = `Q${++this.qrCount}`
      this.xobjects[name] = ref
      this.objects.stream(
        ref,
        `/Type /XObject /Subtype /Image /Width ${size} /Height ${size} /ImageMask true /BitsPerComponent 1 /Decode [1 0]`,
        bits
      )
      if (this.qrImages.size >= paintedLimit) this.qrImages.clear()
      this.qrImages.set(item.matrix, name)
    }
    // image space has its first row at the top of the unit square; page space runs top-down
    const s = item.size
    return `q 0 0 0 rg ${n(s)} 0 0 ${n(-s)} ${n(item.x)} ${n(item.y + s)} cm /${name} Do Q`
  }

  paint(items: readonly PaintItem[]): void {
    const out = this.openPage().content
    for (const item of items) {
      switch (item.type) {
        case 'text':
          out.push(this.text(item))
          break
        case 'rect':
          out.push(
            `${n(item.widthPt)} w ${rgb(item.color)} RG ${item.fill ? `${rgb(item.fill)} rg ` : ''}${n(item.x)} ${n(item.y)} ${n(item.w)} ${n(item.h)} re ${item.fill ? 'B' : 'S'}`
          )
          break
        case 'line':
          out.push(
            `${n(item.widthPt)} w ${rgb(item.color)} RG ${n(item.x1)} ${n(item.y1)} m ${n(item.x2)} ${n(item.y2)} l S`
          )
          break
        case 'qr':
          out.push(this.qr(item))
          break
        case 'image':
          this.drawImage(item.image, item, item.fit)
          break
      }
    }
  }

  /**
   * One laid-out page placed on a larger sheet with its top-left corner at (x, y) pt: a card.
   * The sheet's transform (the printer profile) stays the one applied by beginPage.
   */
  paintAt(layout: PageLayout, x: number, y: number): void {
    this.paintWith(layout, [1, 0, 0, 1, x, y])
  }

  /** One laid-out page drawn through a transform of the sheet (a name tent's turned face). */
  paintWith(layout: PageLayout, m: readonly number[]): void {
    const out = this.openPage().content
    out.push(`q ${m.map(n).join(' ')} cm`)
    if (layout.background) this.background(layout.background, layout.widthPt, layout.heightPt)
    this.paint(layout.items)
    out.push('Q')
  }

  /** Background (when the layout carries one) and every item of one certificate. */
  page(layout: PageLayout, profile: PrinterProfile | null): void {
    this.beginPage(layout.widthPt, layout.heightPt, profile)
    if (layout.background) this.background(layout.background, layout.widthPt, layout.heightPt)
    this.paint(layout.items)
  }

  /** Writes the open page: its content stream (deflated) and its page dictionary. */
  private finishPage(): void {
    const page = this.current
    if (!page) return
    this.current = null
    const content = this.objects.allocate()
    page.content.push('')
    const ops = page.content.join('\n')
    this.objects.operators(content, '', ops)
    this.objects.object(
      page.ref,
      `<< /Type /Page /Parent ${this.objects.pagesId} 0 R /MediaBox [0 0 ${pdfNumber(page.widthPt)} ${pdfNumber(page.heightPt)}] /Contents ${content.id} 0 R /Resources ${this.resources.id} 0 R >>`
    )
    this.objects.addPage(page.ref)
    this.objects.flush()
  }

  /** Ends the document (its bytes go to whoever reads `file`). */
  end(): void {
    this.finishPage()
    const fonts: string[] = []
    let i = 0
    for (const f of this.fonts.values()) {
      f.write(this.objects, subsetTag(i++))
      fonts.push(`/${f.resource} ${f.ref.id} 0 R`)
    }
    const xobjects = Object.entries(this.xobjects).map(([k, v]) => `/${k} ${v.id} 0 R`)
    this.objects.object(
      this.resources,
      `<< /ProcSet [/PDF /Text /ImageB /ImageC /ImageI]${fonts.length ? ` /Font << ${fonts.join(' ')} >>` : ''}${xobjects.length ? ` /XObject << ${xobjects.join(' ')} >>` : ''} >>`
    )
    this.objects.flush()
    this.file.finish()
  }

  /** Ends the document and collects its bytes (for single-page files and previews). */
  toBuffer(): Promise<Buffer> {
    const chunks: Buffer[] = []
    this.file.on('data', (c: Buffer) => chunks.push(c))
    const done = new Promise<Buffer>((resolve, reject) => {
      this.file.on('end', () => resolve(Buffer.concat(chunks)))
      this.file.on('error', reject)
    })
    this.end()
    return done
  }
}

/** "DAISAA", "DAISAB", …: the six capitals before "+" that mark an embedded subset. */
function subsetTag(index: number): string {
  const letter = (k: number) => String.fromCharCode(65 + (Math.floor(index / 26 ** k) % 26))
  return `DAIS${letter(1)}${letter(0)}`
}
