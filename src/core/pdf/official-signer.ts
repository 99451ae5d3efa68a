import type { SignerBlock } from '@shared/entities'
import { signerTitleLines } from '@shared/text/signer-lines'
import { bodySizePt, mmToPt, nfc, type OfficialPage } from './official-page'

export interface SignerBlockOptions {
  signer: SignerBlock | null
  /** "Nơi nhận" lines without the dash, e.g. ["Như Điều 3", "Lưu: VT"]. */
  recipients?: string[]
  /**
   * Who else signs, in columns left of the signer ("NGƯỜI LẬP BIỂU", "KẾ TOÁN" on a bonus
   * table): the title bold, "(Ký, ghi rõ họ tên)" under it, the name (if known) level with the
   * signer's. Takes the place of "Nơi nhận".
   */
  alongside?: { title: string; name?: string }[]
}

const signatureSpace = mmToPt(30)

function measure(page: OfficialPage, s: SignerBlockOptions) {
  const signerLines = s.signer ? signerTitleLines(s.signer) : []
  const recipients = s.recipients ?? []
  const boldLine = page.lineHeight(bodySizePt, { bold: true })
  const signerHeight = signerLines.length * boldLine + signatureSpace + boldLine
  const recipientsHeight =
    recipients.length > 0
      ? page.lineHeight(12, { bold: true, italic: true }) +
        recipients.length * page.lineHeight(11) * 1.5
      : 0
  return {
    signerLines,
    recipients,
    boldLine,
    signerHeight,
    keep: Math.max(signerHeight, recipientsHeight) + mmToPt(4)
  }
}

/** The room the signer block keeps together on one page, pt. */
export const signerBlockHeight = (page: OfficialPage, s: SignerBlockOptions): number =>
  measure(page, s).keep

export function drawSignerBlock(page: OfficialPage, s: SignerBlockOptions): void {
  const { doc, left, contentWidth, rightX, rightColumnWidth } = page
  const { signerLines, recipients, boldLine, signerHeight, keep } = measure(page, s)
  page.keepTogether(keep)
  const top = doc.y + mmToPt(2)

  // Right: the signer, centred in the header's right column.
  if (s.signer) {
    let y = top
    for (const line of signerLines) {
      page.centredLine(line, rightX, y, rightColumnWidth, { bold: true }, bodySizePt)
      y += boldLine
    }
    y += signatureSpace
    page.centredLine(s.signer.name, rightX, y, rightColumnWidth, { bold: true }, bodySizePt)
  }

  // Left of the signer: the other signatures, each centred in its share of the width.
  const others = s.alongside ?? []
  if (others.length > 0) {
    const width = (rightX - left) / others.length
    others.forEach((o, i) => {
      const x = left + i * width
      page.centredLine(o.title, x, top, width, { bold: true }, bodySizePt)
      page.centredLine('(Ký, ghi rõ họ tên)', x, top + boldLine, width, { italic: true }, 12)
      if (o.name)
        page.centredLine(
          o.name,
          x,
          top + signerHeight - boldLine,
          width,
          { bold: true },
          bodySizePt
        )
    })
  }

  // Left: "Nơi nhận:" bold italic 12 pt, then "- …;" lines in 11 pt, the last ending with ".".
  let ly = top
  if (recipients.length > 0) {
    page.use({ bold: true, italic: true }, 12)
    doc.text('Nơi nhận:', left, ly, { lineBreak: false })
    ly += page.lineHeight(12, { bold: true, italic: true })
    page.use({}, 11)
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
