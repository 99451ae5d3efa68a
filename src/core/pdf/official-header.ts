import type { Organisation } from '@shared/entities'
import { placeDateLine } from '@shared/dates/vietnamese-date'
import {
  bodySizePt,
  mmToPt,
  nationalSizePt,
  nationalTitle,
  upper,
  type OfficialPage
} from './official-page'

export interface HeaderOptions {
  /** "125/QĐ-UBND"; omitted = no "Số:" line. */
  number?: string
  place: string
  /** ISO date; null leaves blanks ("ngày      tháng      năm"). */
  date: string | null
  /** Print the place-date line (default true; an attached list has none). */
  placeDate?: boolean
}

const motto = 'Độc lập - Tự do - Hạnh phúc'
const mottoSizePt = 13
const headerSizePt = 13
/** The rule under the issuing body, as a share of its last line (Decree 30: 1/3 to 1/2). */
export const bodyRuleShare = 0.4

/**
 * The issuing body's header lines with their weight: a separate superior body (the first
 * `superiorLineCount` lines, e.g. "UBND TỈNH BẮC NINH" over "SỞ NỘI VỤ") is regular; every line
 * of the issuing body itself is bold.
 */
export function headerLineStyles(
  organisation: Pick<Organisation, 'headerLines' | 'superiorLineCount'>
): { text: string; bold: boolean }[] {
  const lines = organisation.headerLines.map(upper).filter((l) => l.trim() !== '')
  // The issuing body always keeps at least its last line.
  const superior = Math.min(organisation.superiorLineCount ?? 0, Math.max(0, lines.length - 1))
  return lines.map((text, i) => ({ text, bold: i >= superior }))
}

export function drawHeader(page: OfficialPage, organisation: Organisation, h: HeaderOptions): void {
  const { doc, left, leftColumnWidth, rightX, rightColumnWidth } = page
  const top = doc.y
  const lines = headerLineStyles(organisation)
  let y = top
  const lh = page.lineHeight(headerSizePt)
  let lastWidth = 0
  for (const line of lines) {
    lastWidth = page.centredLine(
      line.text,
      left,
      y,
      leftColumnWidth,
      { bold: line.bold },
      headerSizePt
    )
    y += lh
  }
  const leftRuleY = y + 3
  if (lines.length > 0) {
    const w = lastWidth * bodyRuleShare
    page.rule(left + (leftColumnWidth - w) / 2, leftRuleY, w)
  }
  // Right: national title and motto (bold), a rule as long as the motto.
  let ry = top
  page.centredLine(nationalTitle, rightX, ry, rightColumnWidth, { bold: true }, nationalSizePt)
  ry += page.lineHeight(headerSizePt)
  const mottoWidth = page.centredLine(
    motto,
    rightX,
    ry,
    rightColumnWidth,
    { bold: true },
    mottoSizePt
  )
  ry += page.lineHeight(mottoSizePt, { bold: true })
  const rightRuleY = ry + 3
  page.rule(rightX + (rightColumnWidth - mottoWidth) / 2, rightRuleY, mottoWidth)

  const rowY = Math.max(leftRuleY, rightRuleY) + mmToPt(3)
  if (h.number !== undefined) {
    page.centredLine(`Số: ${h.number}`, left, rowY, leftColumnWidth, {}, headerSizePt)
  }
  if (h.placeDate !== false) {
    page.centredLine(
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
      ? rowY + page.lineHeight(bodySizePt) + mmToPt(6)
      : rowY + mmToPt(3)
}
