import type { Organisation } from '@shared/entities'
import { toUpperVietnamese } from '@shared/text'
import { loadPdfDocument } from './deferred-modules'
import { fontName, registerBundledFonts, styleOf, type BundledFonts } from './fonts'

export const mmToPt = (mm: number): number => (mm * 72) / 25.4

/** Decree 30/2020 margins (mm): top and bottom 20–25, left 30–35, right 15–20. */
export const officialMarginsMm = { top: 20, bottom: 20, left: 30, right: 15 } as const
/** Body text 13–14 pt; we use 13. */
export const bodySizePt = 13

export const nfc = (s: string): string => s.normalize('NFC')
export const upper = (s: string): string => toUpperVietnamese(nfc(s))

export interface TextStyle {
  bold?: boolean
  italic?: boolean
}

export interface PageSetup {
  organisation: Organisation
  fonts: BundledFonts
  orientation: 'portrait' | 'landscape'
  creationDate: Date
  title: string
  /** Page numbers from page 2 (default true); off for merged one-page letters. */
  pageNumbers?: boolean
  /**
   * Deflate streams (default true). Merged letters turn it off: their pages are a few hundred
   * bytes each around repeated forms, and deflating a thousand of them costs more than it saves.
   */
  compress?: boolean
}

/**
 * The drawing surface every block of an official document shares: the pdfkit document, the
 * text area, the header's two columns (the signer is centred under the right one) and the few
 * primitives the blocks are drawn with.
 */
export interface OfficialPage {
  doc: PDFKit.PDFDocument
  left: number
  top: number
  contentWidth: number
  leftColumnWidth: number
  rightX: number
  rightColumnWidth: number
  bottomY(): number
  use(style: TextStyle, sizePt: number): void
  lineHeight(sizePt: number, style?: TextStyle): number
  rule(x: number, y: number, width: number): void
  /** One line centred in [x, x + width]; returns its width. */
  centredLine(
    text: string,
    x: number,
    y: number,
    width: number,
    style: TextStyle,
    sizePt: number
  ): number
  newPage(): void
  /** Starts a new page unless `heightPt` still fits on this one. */
  keepTogether(heightPt: number): void
  /** Resolves with the file once `doc.end()` has been called. */
  ended: Promise<Buffer>
}

const ruleWidthPt = 0.6
export const nationalTitle = 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'
export const nationalSizePt = 12

export function createOfficialPage(opts: PageSetup): OfficialPage {
  const margins = {
    top: mmToPt(officialMarginsMm.top),
    bottom: mmToPt(officialMarginsMm.bottom),
    left: mmToPt(officialMarginsMm.left),
    right: mmToPt(officialMarginsMm.right)
  }
  const PDFDocument = loadPdfDocument()
  const doc = new PDFDocument({
    size: 'A4',
    layout: opts.orientation,
    margins,
    // page numbers are drawn at the end; merged one-page letters flush each page as they go
    bufferPages: opts.pageNumbers !== false,
    autoFirstPage: true,
    compress: opts.compress !== false,
    lang: 'vi-VN',
    displayTitle: true,
    info: {
      Title: nfc(opts.title),
      Author: nfc(opts.organisation.authorityName),
      Creator: 'Dais',
      Producer: 'Dais',
      CreationDate: opts.creationDate,
      ModDate: opts.creationDate
    }
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
  const use = (style: TextStyle, sizePt: number): void => {
    doc.font(fontName('serif', styleOf(style))).fontSize(sizePt)
  }
  const lineHeight = (sizePt: number, style: TextStyle = {}): number => {
    use(style, sizePt)
    return doc.currentLineHeight(true)
  }
  const newPage = (): void => {
    doc.addPage()
    doc.x = left
    doc.y = margins.top
  }

  // The header's two columns: the right one holds the national title and motto. In landscape
  // the issuing body stays at the left and the national title at the right.
  use({ bold: true }, nationalSizePt)
  const rightColumnWidth = Math.min(
    contentWidth * 0.62,
    doc.widthOfString(nationalTitle) + mmToPt(8)
  )
  const leftColumnWidth = Math.min(contentWidth - rightColumnWidth, mmToPt(75))

  return {
    doc,
    left,
    top: margins.top,
    contentWidth,
    leftColumnWidth,
    rightX: left + contentWidth - rightColumnWidth,
    rightColumnWidth,
    bottomY,
    use,
    lineHeight,
    rule(x, y, width) {
      doc
        .save()
        .lineWidth(ruleWidthPt)
        .moveTo(x, y)
        .lineTo(x + width, y)
        .stroke()
        .restore()
    },
    centredLine(text, x, y, width, style, sizePt) {
      use(style, sizePt)
      doc.text(nfc(text), x, y, { width, align: 'center', lineBreak: false })
      return doc.widthOfString(nfc(text))
    },
    newPage,
    keepTogether(heightPt) {
      if (doc.y + heightPt > bottomY()) newPage()
    },
    ended
  }
}
