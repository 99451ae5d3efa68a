import { deflateSync } from 'node:zlib'

import type { PdfFile, PdfRef } from './pdf-file'

export type { PdfRef } from './pdf-file'

/** A number as PDF writers write it: at most six decimals (or `decimals`), no exponent, no "-0". */
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

const compressFrom = 1024

export const deflateSmall = (data: Uint8Array): Buffer => deflateSync(data, smallDeflate)

/**
 * Objects written into a PdfFile: their dictionaries are formatted here as text and queued;
 * they go out as one chunk on flush().
 */
export class RawObjects {
  private parts: (string | Uint8Array)[] = []
  private refs: PdfRef[] = []
  private offsets: number[] = []
  private pending = 0

  constructor(private readonly file: PdfFile) {}

  get pagesId(): number {
    return this.file.pages.id
  }

  /** A new object number; the file finishes only once every number is written. */
  allocate(): PdfRef {
    return this.file.allocate()
  }

  /** Appends a page object to the document's page tree. */
  addPage(page: PdfRef): void {
    this.file.addPage(page)
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

  /**
   * Content operators (a page's, a form's) as a stream: compressed only when long enough for
   * zlib to pay for its set-up; a page of forms and a line or two of its own is not.
   */
  operators(ref: PdfRef, dict: string, ops: string): void {
    if (ops.length < compressFrom) this.stream(ref, dict, ops)
    else {
      const filter = dict ? `${dict} /Filter /FlateDecode` : '/Filter /FlateDecode'
      this.stream(ref, filter, deflateSmall(Buffer.from(ops, 'latin1')))
    }
  }

  /** Writes the queued objects as one chunk and tells the file where each one starts. */
  flush(): void {
    if (this.refs.length === 0) return
    const base = this.file.position
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
    this.file.write(chunk)
    for (let i = 0; i < refs.length; i++) this.file.placed(refs[i]!, base + offsets[i]!)
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
