import { deflateSync } from 'node:zlib'

/** An object number handed out by pdfkit; pdfkit writes it as "12 0 R" inside its own objects. */
export interface PdfRef {
  readonly id: number
  offset: number
}

/** The part of pdfkit's document this module writes through (object numbers, output, pages). */
interface DocumentInternals {
  ref(data?: object): PdfRef
  _offset: number
  _write(data: Uint8Array): void
  _refEnd(ref: PdfRef): void
  _root: PdfRef & { data: { Pages: { id: number; data: { Kids: PdfRef[]; Count: number } } } }
  _info: PdfRef
  _id: Uint8Array
  _offsets: number[]
  _security: unknown
  _finalize(): void
  push(chunk: Uint8Array | null): boolean
}

/**
 * pdfkit's _finalize writes the cross-reference table one line at a time (a stream push per
 * object); this writes the same bytes as one chunk. Encrypted documents keep pdfkit's own.
 */
function finalizeInOneChunk(this: DocumentInternals, pdfkitFinalize: () => void): void {
  if (this._security) return pdfkitFinalize.call(this)
  const size = this._offsets.length + 1
  const lines = ['xref', `0 ${size}`, '0000000000 65535 f ']
  for (const offset of this._offsets) lines.push(`${String(offset).padStart(10, '0')} 00000 n `)
  const id = Buffer.from(this._id).toString('hex')
  lines.push(
    'trailer',
    `<<\n/Size ${size}\n/Root ${this._root.id} 0 R\n/Info ${this._info.id} 0 R\n/ID [<${id}> <${id}>]\n>>`,
    'startxref',
    String(this._offset),
    '%%EOF\n'
  )
  this._write(Buffer.from(lines.join('\n'), 'latin1'))
  this.push(null)
}

/** A number as pdfkit writes it: at most six decimals (or `decimals`), no exponent, no "-0". */
export function pdfNumber(v: number, decimals = 6): string {
  const scale = 10 ** decimals
  const r = Math.round(v * scale) / scale
  return Object.is(r, -0) ? '0' : String(r)
}

/**
 * A page's content or a font's tables are a few kilobytes: zlib's default 32 KB window and
 * 128 KB hash cost more to set up than they save (any zlib stream is valid in a PDF).
 */
const smallDeflate = { level: 6, windowBits: 12, memLevel: 4, chunkSize: 4096 } as const

export const deflateSmall = (data: Uint8Array): Buffer => deflateSync(data, smallDeflate)

/**
 * Objects written straight into a pdfkit document: pdfkit numbers them, counts them in its
 * cross-reference table and finishes the file; their dictionaries are formatted here as text,
 * without pdfkit's generic object serialiser and its small writes. Objects are queued and go
 * out as one chunk on flush().
 */
export class RawObjects {
  private readonly doc: DocumentInternals
  private parts: (string | Uint8Array)[] = []
  private refs: PdfRef[] = []
  private offsets: number[] = []
  private pending = 0

  constructor(doc: object) {
    this.doc = doc as DocumentInternals
    const pdfkitFinalize = this.doc._finalize
    this.doc._finalize = function (this: DocumentInternals) {
      finalizeInOneChunk.call(this, pdfkitFinalize)
    }
  }

  get pagesId(): number {
    return this.doc._root.data.Pages.id
  }

  /** A new object number; pdfkit finishes the file only once every number is written. */
  allocate(): PdfRef {
    return this.doc.ref()
  }

  /** Appends a page object to the document's page tree. */
  addPage(page: PdfRef): void {
    const pages = this.doc._root.data.Pages.data
    pages.Kids.push(page)
    pages.Count++
  }

  /** A dictionary (or any other direct object) as its text, e.g. "<< /Type /Page ... >>". */
  object(ref: PdfRef, body: string): void {
    this.begin(ref)
    this.add(`${ref.id} 0 obj\n${body}\nendobj\n`)
  }

  /**
   * A stream; `dict` holds the entries besides /Length, e.g. "/Filter /FlateDecode"; text data
   * is written as Latin-1 bytes.
   */
  stream(ref: PdfRef, dict: string, data: Uint8Array | string): void {
    this.begin(ref)
    this.add(`${ref.id} 0 obj\n<< /Length ${data.length}${dict ? ` ${dict}` : ''} >>\nstream\n`)
    this.add(data)
    this.add('\nendstream\nendobj\n')
  }

  /** Writes the queued objects as one chunk and tells pdfkit where each one starts. */
  flush(): void {
    if (this.refs.length === 0) return
    const base = this.doc._offset
    const chunk = Buffer.allocUnsafe(this.pending)
    let at = 0
    for (const p of this.parts) {
      if (typeof p === 'string') at += chunk.write(p, at, 'latin1')
      else {
        chunk.set(p, at)
        at += p.length
      }
    }
    const refs = this.refs
    const offsets = this.offsets
    this.parts = []
    this.refs = []
    this.offsets = []
    this.pending = 0
    this.doc._write(chunk)
    for (let i = 0; i < refs.length; i++) {
      const ref = refs[i]!
      ref.offset = base + offsets[i]!
      this.doc._refEnd(ref)
    }
  }

  private begin(ref: PdfRef): void {
    this.refs.push(ref)
    this.offsets.push(this.pending)
  }

  private add(part: string | Uint8Array): void {
    this.parts.push(part)
    this.pending += part.length
  }
}
