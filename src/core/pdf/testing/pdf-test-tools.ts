/** Poppler command-line tools over PDF buffers, for tests (pdftotext, pdffonts, pdfinfo, pdftoppm). */
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)

async function withPdfFile<T>(
  pdf: Buffer,
  work: (path: string, dir: string) => Promise<T>
): Promise<T> {
  const dir = await mkdtemp(join(tmpdir(), 'dais-pdf-'))
  try {
    const path = join(dir, 'in.pdf')
    await writeFile(path, pdf)
    return await work(path, dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** `pdftotext -layout`; pages are separated by form feeds (\f). */
export async function pdfToText(pdf: Buffer, opts: { layout?: boolean } = {}): Promise<string> {
  return withPdfFile(pdf, async (path) => {
    const args = [...(opts.layout === false ? [] : ['-layout']), '-enc', 'UTF-8', path, '-']
    const { stdout } = await run('pdftotext', args, { maxBuffer: 64 * 1024 * 1024 })
    return stdout
  })
}

/** The text of each page (`pdftotext -layout`, split on form feeds). */
export async function pdfPageTexts(pdf: Buffer): Promise<string[]> {
  const text = await pdfToText(pdf)
  const pages = text.split('\f')
  if (pages.at(-1)?.trim() === '') pages.pop()
  return pages
}

export interface PdfFontRow {
  name: string
  type: string
  encoding: string
  embedded: boolean
  subset: boolean
  unicode: boolean
}

/** `pdffonts`, one row per font. */
export async function pdfFonts(pdf: Buffer): Promise<PdfFontRow[]> {
  return withPdfFile(pdf, async (path) => {
    const { stdout } = await run('pdffonts', [path])
    const lines = stdout.split('\n')
    const rule = lines.findIndex((l) => l.startsWith('---'))
    return lines
      .slice(rule + 1)
      .filter((l) => l.trim() !== '')
      .map((l) => {
        // name type encoding emb sub uni object ID; the type may contain spaces ("CID TrueType").
        const m = /^(\S+)\s+(.+?)\s{2,}(\S+)\s+(yes|no)\s+(yes|no)\s+(yes|no)\s+\d+\s+\d+\s*$/.exec(
          l
        )
        if (!m) throw new Error(`unexpected pdffonts line: ${l}`)
        return {
          name: m[1] ?? '',
          type: m[2] ?? '',
          encoding: m[3] ?? '',
          embedded: m[4] === 'yes',
          subset: m[5] === 'yes',
          unicode: m[6] === 'yes'
        }
      })
  })
}

/** `pdfinfo` as key → value. */
export async function pdfInfo(pdf: Buffer): Promise<Record<string, string>> {
  return withPdfFile(pdf, async (path) => {
    const { stdout } = await run('pdfinfo', [path])
    const info: Record<string, string> = {}
    for (const line of stdout.split('\n')) {
      const i = line.indexOf(':')
      if (i > 0) info[line.slice(0, i).trim()] = line.slice(i + 1).trim()
    }
    return info
  })
}

export async function pdfPageCount(pdf: Buffer): Promise<number> {
  return Number((await pdfInfo(pdf))['Pages'])
}

/** One page (1-based) rendered to PNG with `pdftoppm`. */
export async function pdfToPng(pdf: Buffer, page: number, dpi = 100): Promise<Buffer> {
  return withPdfFile(pdf, async (path, dir) => {
    const out = join(dir, 'page')
    const p = String(page)
    await run('pdftoppm', ['-png', '-r', String(dpi), '-f', p, '-l', p, '-singlefile', path, out])
    return readFile(`${out}.png`)
  })
}

export interface PdfTextRun {
  /** 1-based. */
  page: number
  text: string
  /** The embedded font's name without its subset tag, e.g. "Tinos-Bold". */
  font: string
  /** Left edge and baseline, pt from the page's top-left corner. */
  x: number
  y: number
  width: number
}

export interface PdfRule {
  page: number
  x: number
  y: number
  width: number
}

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs')
let pdfjs: Promise<PdfJs> | null = null

async function openWithPdfJs(pdf: Buffer) {
  pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs')
  const lib = await pdfjs
  const task = lib.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false })
  return { lib, doc: await task.promise }
}

/** Every text run with its font, read with pdf.js (empty runs left out). */
export async function pdfTextRuns(pdf: Buffer): Promise<PdfTextRun[]> {
  const { doc } = await openWithPdfJs(pdf)
  const runs: PdfTextRun[] = []
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const height = page.view[3] ?? 0
      await page.getOperatorList()
      const content = await page.getTextContent()
      for (const item of content.items) {
        if (!('str' in item) || item.str.trim() === '') continue
        const font = (page.commonObjs.get(item.fontName) as { name?: string }).name ?? ''
        runs.push({
          page: n,
          text: item.str,
          font: font.replace(/^[A-Z]{6}\+/, ''),
          x: item.transform[4] as number,
          y: height - (item.transform[5] as number),
          width: item.width
        })
      }
    }
  } finally {
    await doc.destroy()
  }
  return runs
}

/** Horizontal lines stroked on each page (rules under headers and titles, table borders). */
export async function pdfHorizontalRules(pdf: Buffer): Promise<PdfRule[]> {
  const { lib, doc } = await openWithPdfJs(pdf)
  const rules: PdfRule[] = []
  try {
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n)
      const ops = await page.getOperatorList()
      ops.fnArray.forEach((fn, i) => {
        if (fn !== lib.OPS.constructPath) return
        // [op, path data, bounding box]; pdfkit draws in a top-down user space.
        const box = (ops.argsArray[i] as unknown[])[2] as ArrayLike<number> | undefined
        if (!box || box.length < 4) return
        const [x0, y0, x1, y1] = [box[0]!, box[1]!, box[2]!, box[3]!]
        if (Math.abs(y1 - y0) < 0.01 && x1 - x0 > 1)
          rules.push({ page: n, x: x0, y: y0, width: x1 - x0 })
      })
    }
  } finally {
    await doc.destroy()
  }
  return rules
}

/**
 * For tests: the lines of the signature block that starts with `first`, top to bottom — every run
 * on its page centred under it (the block is centred in the header's right column).
 */
export function signatureLines(runs: PdfTextRun[], first: string): string[] {
  const top = runs.findLast((r) => r.text === first)
  if (!top) throw new Error(`no "${first}" in ${runs.map((r) => r.text).join(' | ')}`)
  const centre = top.x + top.width / 2
  return runs
    .filter(
      (r) => r.page === top.page && r.y >= top.y && Math.abs(r.x + r.width / 2 - centre) < 1.5
    )
    .sort((a, b) => a.y - b.y)
    .map((r) => r.text)
}
