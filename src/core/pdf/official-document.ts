import { bodySizePt, createOfficialPage, mmToPt, nfc, type PageSetup } from './official-page'
import { drawHeader, type HeaderOptions } from './official-header'
import { drawSignerBlock, signerBlockHeight, type SignerBlockOptions } from './official-signer'
import { drawTable, type TableOptions } from './official-table'
import { createRepeater } from './official-repeat'

export { mmToPt, officialMarginsMm, bodySizePt } from './official-page'
export type { HeaderOptions } from './official-header'
export type { SignerBlockOptions } from './official-signer'
export type { TableColumn, TableOptions, TableRow } from './official-table'

export type OfficialDocumentOptions = PageSetup

/** A run of text with its own style inside a paragraph ("Điều 1." bold, then regular text). */
export interface TextRun {
  text: string
  bold?: boolean
  italic?: boolean
}

export interface TitleOptions {
  /** Bold line(s) under the title, e.g. "Về việc khen thưởng …". */
  subtitle?: string
  /** Italic line under the subtitle, e.g. "(Kèm theo Quyết định số … ngày … của …)". */
  note?: string
  /** Short rule under the block (default true). */
  rule?: boolean
}

export interface ParagraphOptions {
  bold?: boolean
  italic?: boolean
  /** Default 'justify'. */
  align?: 'left' | 'center' | 'right' | 'justify'
  /** Default 10 mm for justified and left-aligned text, 0 otherwise. */
  indentFirstMm?: number
  /** Default 13. */
  sizePt?: number
  /** Space after the paragraph, pt (default 6). */
  gapAfterPt?: number
}

export interface OfficialDocument {
  /** Escape hatch: the underlying pdfkit document (fonts registered as `serif-regular`, …). */
  doc: PDFKit.PDFDocument
  /** Width of the text area, pt. */
  readonly contentWidth: number
  header(opts: HeaderOptions): void
  title(lines: string[], opts?: TitleOptions): void
  paragraph(text: string | TextRun[], opts?: ParagraphOptions): void
  table(opts: TableOptions): void
  signerBlock(opts: SignerBlockOptions): void
  /** The height `paragraph(text, opts)` would take here, its space after included, pt. */
  paragraphHeight(text: string | TextRun[], opts?: ParagraphOptions): number
  /** The room `signerBlock(opts)` keeps together, pt. */
  signerBlockHeight(opts: SignerBlockOptions): number
  /** Vertical space, mm. */
  space(mm: number): void
  /** Starts a new page. */
  pageBreak(): void
  /**
   * Draws the blocks in `draw`, or places again what they drew the last time `key` came: for
   * identical blocks on the pages of a merged letter. `draw` must draw the same for the same key.
   */
  repeat(key: string, draw: () => void): void
  /** Starts a new page unless `heightPt` still fits on this one. */
  keepTogether(heightPt: number): void
  /** Page numbers centred at the top from page 2; identical bytes for identical input. */
  finish(): Promise<Buffer>
}

const paragraphLineGap = 3

/**
 * Names a title line must not break inside ("Ủy / ban nhân dân", "Chủ / tịch", "phường / Tiền
 * Phong"): each is one unit when the line is filled.
 */
const unbreakable =
  /(?:Phó )?Chủ tịch|Ủy ban nhân dân|Hội đồng nhân dân|Ban Tổ chức|Quyết định số \S+|ngày \S+|(?:Giấy|Bằng) khen|hộ gia đình|(?:phường|xã|thị trấn|quận|huyện|tỉnh|thành phố)(?: \p{Lu}\S*)+/gu

/** Lines of at most `width`, filled word by word, never breaking inside an unbreakable name. */
export function phraseLines(text: string, width: number, measure: (t: string) => number): string[] {
  const units: string[] = []
  let last = 0
  for (const m of text.matchAll(unbreakable)) {
    units.push(...text.slice(last, m.index).split(' '))
    units.push(m[0])
    last = m.index + m[0].length
  }
  units.push(...text.slice(last).split(' '))
  const lines: string[] = []
  let line = ''
  for (let unit of units.filter((u) => u !== '')) {
    // Punctuation right after a name stays with it: "Tiền Phong)".
    if (/^[),.;:]/.test(unit) && line) {
      line += unit
      continue
    }
    unit = unit.trim()
    const next = line ? `${line} ${unit}` : unit
    if (line && measure(next) > width) {
      lines.push(line)
      line = unit
    } else line = next
  }
  if (line) lines.push(line)
  return lines
}

export function createOfficialDocument(opts: OfficialDocumentOptions): OfficialDocument {
  const page = createOfficialPage(opts)
  const { doc, left, contentWidth, use, keepTogether } = page
  const rule = page.rule
  const centredLine = page.centredLine

  function title(lines: string[], t: TitleOptions = {}): void {
    const size = 14
    // A title never sits alone at the bottom of a page.
    keepTogether(mmToPt(40))
    const block = (text: string, style: { bold?: boolean; italic?: boolean }): number => {
      use(style, size)
      const lines = phraseLines(nfc(text), contentWidth, (t) => doc.widthOfString(t))
      doc.text(lines.join('\n'), left, doc.y, { width: contentWidth, align: 'center', lineGap: 1 })
      // The width of the longest line, for the rule.
      return Math.min(contentWidth, Math.max(...lines.map((l) => doc.widthOfString(l))))
    }
    let width = 0
    for (const line of lines) width = block(line, { bold: true })
    if (t.subtitle) width = block(t.subtitle, { bold: true })
    if (t.note) width = block(t.note, { italic: true })
    if (t.rule !== false) {
      const w = Math.max(width / 3, mmToPt(25))
      rule(left + (contentWidth - w) / 2, doc.y + 4, w)
    }
    doc.x = left
    doc.y += mmToPt(6)
  }

  const paragraphSetup = (text: string | TextRun[], p: ParagraphOptions) => {
    const align = p.align ?? 'justify'
    const indentMm = p.indentFirstMm ?? (align === 'justify' || align === 'left' ? 10 : 0)
    const runs = (typeof text === 'string' ? [{ text }] : text).filter((r) => r.text !== '')
    return { align, indentMm, runs, size: p.sizePt ?? bodySizePt }
  }

  function paragraphHeight(text: string | TextRun[], p: ParagraphOptions = {}): number {
    const { align, indentMm, runs, size } = paragraphSetup(text, p)
    // Measured in the paragraph's main style: runs of another weight change the width little.
    use({ bold: p.bold, italic: p.italic }, size)
    const whole = nfc(runs.map((r) => r.text).join(''))
    const h = doc.heightOfString(whole || ' ', {
      width: contentWidth,
      align,
      indent: mmToPt(indentMm),
      lineGap: paragraphLineGap
    })
    return h + (p.gapAfterPt ?? 6)
  }

  function paragraph(text: string | TextRun[], p: ParagraphOptions = {}): void {
    const { align, indentMm, runs, size } = paragraphSetup(text, p)
    runs.forEach((run, i) => {
      const style = { bold: run.bold ?? p.bold, italic: run.italic ?? p.italic }
      use(style, size)
      const options = {
        width: contentWidth,
        align,
        indent: mmToPt(indentMm),
        lineGap: paragraphLineGap,
        paragraphGap: 0,
        continued: i < runs.length - 1
      }
      if (i === 0) doc.text(nfc(run.text), left, doc.y, options)
      else doc.text(nfc(run.text), options)
    })
    doc.x = left
    doc.y += p.gapAfterPt ?? 6
  }

  async function finish(): Promise<Buffer> {
    const range = doc.bufferedPageRange()
    const numbered = opts.pageNumbers === false ? 0 : range.count
    for (let i = range.start + 1; i < range.start + numbered; i++) {
      doc.switchToPage(i)
      const y = mmToPt(10)
      centredLine(String(i - range.start + 1), left, y, contentWidth, {}, bodySizePt)
    }
    doc.end()
    return page.ended
  }

  return {
    doc,
    contentWidth,
    header: (h) => drawHeader(page, opts.organisation, h),
    title,
    paragraph,
    table: (t) => drawTable(page, t),
    signerBlock: (s) => drawSignerBlock(page, s),
    paragraphHeight,
    signerBlockHeight: (s) => signerBlockHeight(page, s),
    space: (mm) => {
      doc.y += mmToPt(mm)
    },
    pageBreak: page.newPage,
    repeat: createRepeater(page),
    keepTogether,
    finish
  }
}
