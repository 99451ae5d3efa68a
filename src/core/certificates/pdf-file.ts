import { createHash } from 'node:crypto'
import { Readable } from 'node:stream'

/** An object number of a PdfFile; `offset` is where its "n 0 obj" starts once written. */
export interface PdfRef {
  readonly id: number
  offset: number
}

export interface PdfInfo {
  title: string
  /** Fixed creation date: identical input gives identical bytes. */
  creationDate: Date
}

/** A PDF text string: printable ASCII as a literal, anything else as UTF-16BE with its BOM. */
export function pdfTextString(s: string): string {
  if (/^[\x20-\x7e]*$/.test(s)) return `(${s.replace(/[\\()]/g, '\\$&')})`
  return `<${Buffer.from(`\ufeff${s}`, 'utf16le').swap16().toString('hex')}>`
}

const two = (v: number) => String(v).padStart(2, '0')

/** "(D:20250905080000Z)": a PDF date in UTC. */
export function pdfDate(d: Date): string {
  const date = `${d.getUTCFullYear()}${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())}`
  return `(D:${date}${two(d.getUTCHours())}${two(d.getUTCMinutes())}${two(d.getUTCSeconds())}Z)`
}

/**
 * The file around the objects: header, object numbers and where each one starts, the page tree,
 * catalogue and information dictionary, the cross-reference table and trailer. The bytes come out
 * as this stream's chunks in the order they are written; it ends once finish() has written the
 * trailer, and refuses to finish while an object number was handed out but never written.
 */
export class PdfFile extends Readable {
  readonly pages: PdfRef
  private readonly offsets: number[] = []
  private readonly kids: number[] = []
  private offset = 0
  private finished = false

  constructor(private readonly info: PdfInfo) {
    super()
    this.write(Buffer.from('%PDF-1.4\n%\xff\xff\xff\xff\n', 'latin1'))
    this.pages = this.allocate()
  }

  override _read(): void {}

  /** Where the next written byte goes. */
  get position(): number {
    return this.offset
  }

  allocate(): PdfRef {
    return { id: this.offsets.push(-1), offset: -1 }
  }

  /** Bytes of whole objects; `placed` then says where each of them starts. */
  write(chunk: Buffer): void {
    if (this.finished) throw new Error('the PDF is already finished')
    this.offset += chunk.length
    this.push(chunk)
  }

  placed(ref: PdfRef, offset: number): void {
    ref.offset = offset
    this.offsets[ref.id - 1] = offset
  }

  addPage(page: PdfRef): void {
    this.kids.push(page.id)
  }

  finish(): void {
    const catalog = this.allocate()
    const info = this.allocate()
    const objects = [
      [
        this.pages,
        `<< /Type /Pages /Count ${this.kids.length} /Kids [${this.kids.map((k) => `${k} 0 R`).join(' ')}] >>`
      ],
      [catalog, `<< /Type /Catalog /Pages ${this.pages.id} 0 R >>`],
      [
        info,
        `<< /Title ${pdfTextString(this.info.title)} /Producer (Dais) /Creator (Dais) /CreationDate ${pdfDate(this.info.creationDate)} /ModDate ${pdfDate(this.info.creationDate)} >>`
      ]
    ] as const
    const parts: string[] = []
    let at = this.offset
    for (const [ref, body] of objects) {
      const text = `${ref.id} 0 obj\n${body}\nendobj\n`
      this.placed(ref, at)
      at += Buffer.byteLength(text, 'latin1')
      parts.push(text)
    }
    const missing = this.offsets.findIndex((o) => o < 0)
    if (missing >= 0) throw new Error(`PDF object ${missing + 1} was numbered but never written`)
    const size = this.offsets.length + 1
    const id = createHash('sha256')
      .update(`${this.info.title}\n${this.info.creationDate.toISOString()}`)
      .digest('hex')
      .slice(0, 32)
    parts.push(`xref\n0 ${size}\n0000000000 65535 f \n`)
    for (const o of this.offsets) parts.push(`${String(o).padStart(10, '0')} 00000 n \n`)
    parts.push(
      `trailer\n<< /Size ${size} /Root ${catalog.id} 0 R /Info ${info.id} 0 R /ID [<${id}> <${id}>] >>\nstartxref\n${at}\n%%EOF\n`
    )
    this.write(Buffer.from(parts.join(''), 'latin1'))
    this.finished = true
    this.push(null)
  }
}
