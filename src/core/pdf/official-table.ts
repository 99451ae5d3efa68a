import { mmToPt, nfc, type OfficialPage } from './official-page'

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
  /**
   * The closing rows (a total, "Trong đó …") never stand alone on a page: the last `rows` rows
   * stay on the page of the row before them, with `afterPt` of room left under the table for
   * what closes the document (the closing line and the signer). When that is more than a
   * whole page can hold, only the rows are kept together.
   */
  keepLast?: { rows: number; afterPt: number }
}

const tableLineWidthPt = 0.5
const cellPadX = mmToPt(1.5)
const cellPadY = mmToPt(1)
const tableLineGap = 1

type CellStyle = { bold?: boolean; italic?: boolean }

/** The columns' widths scaled to the text area, the table centred in it. */
function columnGeometry(page: OfficialPage, t: TableOptions) {
  const { left, contentWidth } = page
  const requested = t.columns.map((c) => mmToPt(c.widthMm))
  const total = requested.reduce((a, b) => a + b, 0)
  const scale = total > contentWidth ? contentWidth / total : 1
  const widths = requested.map((w) => w * scale)
  const tableWidth = widths.reduce((a, b) => a + b, 0)
  const x0 = left + (contentWidth - tableWidth) / 2
  const colX = widths.map((_, i) => x0 + widths.slice(0, i).reduce((a, b) => a + b, 0))
  const spanWidth = (from: number, span: number): number =>
    widths.slice(from, from + span).reduce((a, b) => a + b, 0)
  return { widths, tableWidth, x0, colX, spanWidth }
}

/** A cell's text height; measuring is the slow part of a long table, so each distinct cell once. */
function cellMeasurer(page: OfficialPage, size: number) {
  const { doc, use } = page
  const measured = new Map<string, number>()
  return (text: string, width: number, style: CellStyle): number => {
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
}

interface HeaderCell {
  text: string
  col: number
  span: number
  level: number
  levels: number
}

/** Header cells on a grid of levels: headerRows, then the columns' own headers. */
function headerLayout(
  t: TableOptions,
  spanWidth: (from: number, span: number) => number,
  textHeight: (text: string, width: number, style: CellStyle) => number
) {
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
  return { cells, levelHeights, headerHeight }
}

/** Draws one bordered cell with its text. */
function cellPainter(
  page: OfficialPage,
  size: number,
  textHeight: (text: string, width: number, style: CellStyle) => number
) {
  const { doc, use, bottomY } = page
  return (
    text: string,
    x: number,
    y: number,
    width: number,
    height: number,
    style: CellStyle,
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
}

export function drawTable(page: OfficialPage, t: TableOptions): void {
  const { doc, left, bottomY } = page
  const size = t.sizePt ?? 12
  const { widths, tableWidth, x0, colX, spanWidth } = columnGeometry(page, t)
  const textHeight = cellMeasurer(page, size)
  const { cells, levelHeights, headerHeight } = headerLayout(t, spanWidth, textHeight)
  const drawCell = cellPainter(page, size, textHeight)

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
  const firstCount = 'group' in (t.rows[0] ?? {}) ? 2 : 1
  const sum = (from: number, to = heights.length) =>
    heights.slice(from, to).reduce((a, b) => a + b, 0)
  // The last ordinary row, which the closing rows and what follows the table stay with.
  const tailFrom = t.keepLast ? Math.max(0, t.rows.length - t.keepLast.rows - 1) : -1
  const fullPage = bottomY() - page.top - headerHeight
  const tailNeed = (): number => {
    const rows = sum(tailFrom)
    const all = rows + mmToPt(4) + (t.keepLast?.afterPt ?? 0)
    return all <= fullPage ? all : rows
  }
  const firstBlock =
    headerHeight + (tailFrom >= 0 && tailFrom < firstCount ? tailNeed() : sum(0, firstCount))
  page.keepTogether(firstBlock)
  drawHeader()
  t.rows.forEach((row, i) => {
    const h = heights[i] ?? 0
    // A group line never ends a page: it moves with the row after it.
    let needed = 'group' in row ? h + (heights[i + 1] ?? 0) : h
    // The last member moves to the next page with the closing rows rather than leave them alone.
    if (i === tailFrom && i >= firstCount) needed = Math.max(needed, tailNeed())
    if (doc.y + needed > bottomY()) {
      page.newPage()
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
