import type { Organisation } from '../../shared/entities'
import { toUpperVietnamese } from '../../shared/text'
import { placeDateLine } from './document-date'
import { loadPdfDocument } from './deferred-modules'
import { fontName, registerBundledFonts, styleOf, type BundledFonts } from './fonts'

export const mmToPt = (mm: number): number => (mm * 72) / 25.4

/** Decree 30/2020 margins (mm): top and bottom 20–25, left 30–35, right 15–20. */
export const officialMarginsMm = { top: 20, bottom: 20, left: 30, right: 15 } as const
/** Body text 13–14 pt; we use 13. */
export const bodySizePt = 13

export interface OfficialDocumentOptions {
  organisation: Organisation
  fonts: BundledFonts
  orientation: 'portrait' | 'landscape'
  /** Written as CreationDate and ModDate: the same input gives the same bytes. */
  creationDate: Date
  /** PDF metadata title. */
  title: string
}

export interface HeaderOptions {
  /** "125/QĐ-UBND"; omitted = no "Số:" line. */
  number?: string
  place: string
  /** ISO date; null leaves blanks ("ngày      tháng      năm"). */
  date: string | null
  /** Print the place-date line (default true; an attached list has none). */
  placeDate?: boolean
}

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

export interface TableColumn {
  header: string
  /** Scaled down proportionally when the columns are wider than the text area. */
  widthMm: number
  /** Default 'left'. */
  align?: 'left' | 'center' | 'right'
}

/** A full-width group line such as "I. TẬP THỂ (14)", or an ordinary row. */
export type TableRow = { cells: string[]; bold?: boolean; italic?: boolean } | { group: string }

export interface TableOptions {
  columns: TableColumn[]
  /**
   * Header rows above the columns' own headers, each cell spanning `span` columns. A column
   * whose header is '' under a cell spanning only that column merges into it (a two-row cell
   * such as "STT" next to "Năm sinh" over "Nam | Nữ").
   */
  headerRows?: { header: string; span: number }[][]
  rows: TableRow[]
  /** Repeat the header at the top of each page (default true). */
  repeatHeader?: boolean
  /** Default 12. */
  sizePt?: number
}

export interface SignerBlockOptions {
  signer: { name: string; title: string; onBehalfOf?: string } | null
  /** "Nơi nhận" lines without the dash, e.g. ["Như Điều 3", "Lưu: VT"]. */
  recipients?: string[]
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
  /** Vertical space, mm. */
  space(mm: number): void
  /** Starts a new page. */
  pageBreak(): void
  /** Starts a new page unless `heightPt` still fits on this one. */
  keepTogether(heightPt: number): void
  /** Page numbers centred at the top from page 2; identical bytes for identical input. */
  finish(): Promise<Buffer>
}

const nfc = (s: string): string => s.normalize('NFC')
const upper = (s: string): string => toUpperVietnamese(nfc(s))

const ruleWidthPt = 0.6
const tableLineWidthPt = 0.5
const cellPadX = mmToPt(1.5)
const cellPadY = mmToPt(1)
const tableLineGap = 1
const paragraphLineGap = 3

export function createOfficialDocument(opts: OfficialDocumentOptions): OfficialDocument {
  const margins = {
    top: mmToPt(officialMarginsMm.top),
    bottom: mmToPt(officialMarginsMm.bottom),
    left: mmToPt(officialMarginsMm.left),
    right: mmToPt(officialMarginsMm.right)
  }
  const info = {
    Title: nfc(opts.title),
    Author: nfc(opts.organisation.authorityName),
    Creator: 'Dais',
    Producer: 'Dais',
    CreationDate: opts.creationDate,
    ModDate: opts.creationDate
  }
  const PDFDocument = loadPdfDocument()
  const doc = new PDFDocument({
    size: 'A4',
    layout: opts.orientation,
    margins,
    bufferPages: true,
    autoFirstPage: true,
    compress: true,
    lang: 'vi-VN',
    displayTitle: true,
    info
  })
  registerBundledFonts(doc, opts.fonts)

  const chunks: Buffer[] = []
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })

  const left = margins.left
  const contentWidth = doc.page.width - margins.left - margins.right
  const bottomY = (): number => doc.page.height - margins.bottom

  const use = (style: { bold?: boolean; italic?: boolean }, sizePt: number): void => {
    doc.font(fontName('serif', styleOf(style))).fontSize(sizePt)
  }
  const lineHeight = (sizePt: number, style: { bold?: boolean; italic?: boolean } = {}): number => {
    use(style, sizePt)
    return doc.currentLineHeight(true)
  }
  const rule = (x: number, y: number, width: number): void => {
    doc
      .save()
      .lineWidth(ruleWidthPt)
      .moveTo(x, y)
      .lineTo(x + width, y)
      .stroke()
      .restore()
  }
  /** One line centred in [x, x + width], returns its width. */
  const centredLine = (
    text: string,
    x: number,
    y: number,
    width: number,
    style: { bold?: boolean; italic?: boolean },
    sizePt: number
  ): number => {
    use(style, sizePt)
    doc.text(nfc(text), x, y, { width, align: 'center', lineBreak: false })
    return doc.widthOfString(nfc(text))
  }
  const newPage = (): void => {
    doc.addPage()
    doc.x = left
    doc.y = margins.top
  }
  const keepTogether = (heightPt: number): void => {
    if (doc.y + heightPt > bottomY()) newPage()
  }

  // The header's two columns: the right one holds the national title and motto.
  const nationalTitle = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
  const motto = 'Độc lập - Tự do - Hạnh phúc'
  const nationalSize = 12
  const mottoSize = 13
  const headerSize = 13
  use({ bold: true }, nationalSize)
  const nationalWidth = doc.widthOfString(nationalTitle)
  const rightColumnWidth = Math.min(contentWidth * 0.62, nationalWidth + mmToPt(8))
  // In landscape the issuing body stays at the left and the national title at the right.
  const leftColumnWidth = Math.min(contentWidth - rightColumnWidth, mmToPt(75))
  const rightX = left + contentWidth - rightColumnWidth

  function header(h: HeaderOptions): void {
    const top = doc.y
    // Left: superior bodies upper-case regular, the issuing body upper-case bold, short rule.
    const lines = opts.organisation.headerLines.map(upper)
    let y = top
    const lh = lineHeight(headerSize)
    let lastWidth = 0
    lines.forEach((line, i) => {
      const bold = i === lines.length - 1
      lastWidth = centredLine(line, left, y, leftColumnWidth, { bold }, headerSize)
      y += lh
    })
    const leftRuleY = y + 3
    if (lines.length > 0) {
      const w = lastWidth * 0.4
      rule(left + (leftColumnWidth - w) / 2, leftRuleY, w)
    }
    // Right: national title and motto (bold), a rule as long as the motto.
    let ry = top
    centredLine(nationalTitle, rightX, ry, rightColumnWidth, { bold: true }, nationalSize)
    ry += lineHeight(headerSize)
    const mottoWidth = centredLine(motto, rightX, ry, rightColumnWidth, { bold: true }, mottoSize)
    ry += lineHeight(mottoSize, { bold: true })
    const rightRuleY = ry + 3
    rule(rightX + (rightColumnWidth - mottoWidth) / 2, rightRuleY, mottoWidth)

    const rowY = Math.max(leftRuleY, rightRuleY) + mmToPt(3)
    if (h.number !== undefined) {
      centredLine(`Số: ${h.number}`, left, rowY, leftColumnWidth, {}, headerSize)
    }
    if (h.placeDate !== false) {
      centredLine(
        placeDateLine(h.place, h.date),
        rightX,
        rowY,
        rightColumnWidth,
        { italic: true },
        bodySizePt
      )
    }
    doc.x = left
    doc.y =
      h.number !== undefined || h.placeDate !== false
        ? rowY + lineHeight(bodySizePt) + mmToPt(6)
        : rowY + mmToPt(3)
  }

  function title(lines: string[], t: TitleOptions = {}): void {
    const size = 14
    // A title never sits alone at the bottom of a page.
    keepTogether(mmToPt(40))
    const block = (text: string, style: { bold?: boolean; italic?: boolean }): number => {
      use(style, size)
      doc.text(nfc(text), left, doc.y, { width: contentWidth, align: 'center', lineGap: 1 })
      // The width of the longest line, for the rule.
      return Math.min(contentWidth, doc.widthOfString(nfc(text)))
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

  function paragraph(text: string | TextRun[], p: ParagraphOptions = {}): void {
    const align = p.align ?? 'justify'
    const indentMm = p.indentFirstMm ?? (align === 'justify' || align === 'left' ? 10 : 0)
    const runs = (typeof text === 'string' ? [{ text }] : text).filter((r) => r.text !== '')
    const size = p.sizePt ?? bodySizePt
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

  function table(t: TableOptions): void {
    const size = t.sizePt ?? 12
    const requested = t.columns.map((c) => mmToPt(c.widthMm))
    const total = requested.reduce((a, b) => a + b, 0)
    const scale = total > contentWidth ? contentWidth / total : 1
    const widths = requested.map((w) => w * scale)
    const tableWidth = widths.reduce((a, b) => a + b, 0)
    const x0 = left + (contentWidth - tableWidth) / 2
    const colX = widths.map((_, i) => x0 + widths.slice(0, i).reduce((a, b) => a + b, 0))
    const spanWidth = (from: number, span: number): number =>
      widths.slice(from, from + span).reduce((a, b) => a + b, 0)

    // Measuring is the slow part of a long table: each distinct cell is measured once.
    const measured = new Map<string, number>()
    const textHeight = (
      text: string,
      width: number,
      style: { bold?: boolean; italic?: boolean }
    ): number => {
      const key = `${style.bold ? 'b' : ''}${style.italic ? 'i' : ''}|${width}|${text}`
      let h = measured.get(key)
      if (h === undefined) {
        use(style, size)
        h = doc.heightOfString(nfc(text) || ' ', {
          width: Math.max(1, width - 2 * cellPadX),
          lineGap: tableLineGap
        })
        measured.set(key, h)
      }
      return h
    }

    // Header cells on a grid of levels: headerRows, then the columns' own headers.
    interface HeaderCell {
      text: string
      col: number
      span: number
      level: number
      levels: number
    }
    const extra = t.headerRows ?? []
    const levelCount = extra.length + 1
    const cells: HeaderCell[] = []
    extra.forEach((row, level) => {
      let col = 0
      for (const c of row) {
        cells.push({ text: c.header, col, span: c.span, level, levels: 1 })
        col += c.span
      }
    })
    t.columns.forEach((c, col) => {
      const above = cells.find(
        (h) => h.level === levelCount - 2 && h.col === col && h.span === 1 && h.levels === 1
      )
      if (c.header === '' && above) above.levels = 2
      else cells.push({ text: c.header, col, span: 1, level: levelCount - 1, levels: 1 })
    })
    const levelHeights = Array.from({ length: levelCount }, () => 0)
    for (const c of cells.filter((c) => c.levels === 1)) {
      const h = textHeight(c.text, spanWidth(c.col, c.span), { bold: true }) + 2 * cellPadY
      levelHeights[c.level] = Math.max(levelHeights[c.level] ?? 0, h)
    }
    for (const c of cells.filter((c) => c.levels > 1)) {
      const h = textHeight(c.text, spanWidth(c.col, c.span), { bold: true }) + 2 * cellPadY
      const have = levelHeights.slice(c.level, c.level + c.levels).reduce((a, b) => a + b, 0)
      const last = c.level + c.levels - 1
      if (h > have) levelHeights[last] = (levelHeights[last] ?? 0) + h - have
    }
    const headerHeight = levelHeights.reduce((a, b) => a + b, 0)

    const drawCell = (
      text: string,
      x: number,
      y: number,
      width: number,
      height: number,
      style: { bold?: boolean; italic?: boolean },
      align: 'left' | 'center' | 'right',
      vCentre: boolean
    ): void => {
      doc.save().lineWidth(tableLineWidthPt).rect(x, y, width, height).stroke().restore()
      if (text === '') return
      const ty = vCentre ? y + (height - textHeight(text, width, style)) / 2 : y + cellPadY
      use(style, size)
      doc.text(nfc(text), x + cellPadX, ty, {
        width: width - 2 * cellPadX,
        // A row taller than a whole page (pathological) is cut at the page's end rather than
        // letting pdfkit start stray pages in the middle of the table.
        height: Math.min(height, bottomY() - ty),
        align,
        lineGap: tableLineGap
      })
    }

    const drawHeader = (): void => {
      const y0 = doc.y
      for (const c of cells) {
        const y = y0 + levelHeights.slice(0, c.level).reduce((a, b) => a + b, 0)
        const h = levelHeights.slice(c.level, c.level + c.levels).reduce((a, b) => a + b, 0)
        drawCell(
          c.text,
          colX[c.col] ?? x0,
          y,
          spanWidth(c.col, c.span),
          h,
          { bold: true },
          'center',
          true
        )
      }
      doc.y = y0 + headerHeight
    }

    const rowHeight = (row: TableRow): number => {
      if ('group' in row) return textHeight(row.group, tableWidth, { bold: true }) + 2 * cellPadY
      let h = 0
      widths.forEach((w, i) => {
        h = Math.max(h, textHeight(row.cells[i] ?? '', w, row))
      })
      return h + 2 * cellPadY
    }
    const heights = t.rows.map(rowHeight)

    // The header and the first row (two, after a group line) stay together.
    const firstBlock =
      headerHeight + (heights[0] ?? 0) + ('group' in (t.rows[0] ?? {}) ? (heights[1] ?? 0) : 0)
    keepTogether(firstBlock)
    drawHeader()
    t.rows.forEach((row, i) => {
      const h = heights[i] ?? 0
      // A group line never ends a page: it moves with the row after it.
      const needed = 'group' in row ? h + (heights[i + 1] ?? 0) : h
      if (doc.y + needed > bottomY()) {
        newPage()
        if (t.repeatHeader !== false) drawHeader()
      }
      const y = doc.y
      if ('group' in row) {
        drawCell(row.group, x0, y, tableWidth, h, { bold: true }, 'left', true)
      } else {
        // Every column gets its bordered cell, even when the row has fewer cells.
        widths.forEach((w, c) => {
          drawCell(
            row.cells[c] ?? '',
            colX[c] ?? x0,
            y,
            w,
            h,
            row,
            t.columns[c]?.align ?? 'left',
            false
          )
        })
      }
      doc.y = y + h
    })
    doc.x = left
    doc.y += mmToPt(4)
  }

  function signerBlock(s: SignerBlockOptions): void {
    const signatureSpace = mmToPt(30)
    const signerLines: string[] = []
    if (s.signer) {
      if (s.signer.onBehalfOf) signerLines.push(`KT. ${upper(s.signer.onBehalfOf)}`)
      signerLines.push(upper(s.signer.title))
    }
    const recipients = s.recipients ?? []
    const signerHeight =
      signerLines.length * lineHeight(bodySizePt, { bold: true }) +
      signatureSpace +
      lineHeight(bodySizePt, { bold: true })
    const recipientsHeight =
      recipients.length > 0
        ? lineHeight(12, { bold: true, italic: true }) + recipients.length * lineHeight(11) * 1.5
        : 0
    keepTogether(Math.max(signerHeight, recipientsHeight) + mmToPt(4))
    const top = doc.y + mmToPt(2)

    // Right: the signer, centred in the header's right column.
    if (s.signer) {
      let y = top
      for (const line of signerLines) {
        centredLine(line, rightX, y, rightColumnWidth, { bold: true }, bodySizePt)
        y += lineHeight(bodySizePt, { bold: true })
      }
      y += signatureSpace
      centredLine(s.signer.name, rightX, y, rightColumnWidth, { bold: true }, bodySizePt)
    }

    // Left: "Nơi nhận:" bold italic 12 pt, then "- …;" lines in 11 pt, the last ending with ".".
    let ly = top
    if (recipients.length > 0) {
      use({ bold: true, italic: true }, 12)
      doc.text('Nơi nhận:', left, ly, { lineBreak: false })
      ly += lineHeight(12, { bold: true, italic: true })
      use({}, 11)
      // The left half of the text area (Decree 30's "Nơi nhận" box); the signer is centred right.
      const width = contentWidth / 2
      recipients.forEach((r, i) => {
        const text = nfc(r).replace(/[;.,\s]+$/, '')
        const line = `- ${text}${i === recipients.length - 1 ? '.' : ';'}`
        doc.text(line, left, ly, { width, lineGap: 0 })
        ly = doc.y
      })
    }
    doc.x = left
    doc.y = Math.max(top + (s.signer ? signerHeight : 0), ly) + mmToPt(4)
  }

  async function finish(): Promise<Buffer> {
    const range = doc.bufferedPageRange()
    for (let i = range.start + 1; i < range.start + range.count; i++) {
      doc.switchToPage(i)
      const y = mmToPt(10)
      centredLine(String(i - range.start + 1), left, y, contentWidth, {}, bodySizePt)
    }
    doc.end()
    return ended
  }

  return {
    doc,
    contentWidth,
    header,
    title,
    paragraph,
    table,
    signerBlock,
    space: (mm) => {
      doc.y += mmToPt(mm)
    },
    pageBreak: newPage,
    keepTogether,
    finish
  }
}
