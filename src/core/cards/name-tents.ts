import type { PrinterProfile, Template } from '@shared/certificates/entities'
import type { Delegate } from '@shared/delegates/entities'
import type { FontSet } from '../certificates'
import { layoutCertificate, ptPerMm, type LayoutSubject } from '../certificates'
import { CertificatePdf } from '../certificates'

/**
 * Who sits at the presidium and secretariat table: presidium first, then secretariat, each in
 * delegate number order.
 */
export function tableMembers(delegates: readonly Delegate[]): Delegate[] {
  const byNumber = (a: Delegate, b: Delegate) => a.number - b.number
  return [
    ...delegates.filter((d) => d.flags.presidium).sort(byNumber),
    ...delegates.filter((d) => !d.flags.presidium && d.flags.secretariat).sort(byNumber)
  ]
}

export interface NameTentOptions {
  /** A "nameTent" template: its page is one face (297 × 105 mm for A4 folded lengthwise). */
  template: Template
  fonts: FontSet
  profile: PrinterProfile | null
  subjects: readonly LayoutSubject[]
  title: string
  creationDate: Date
}

const foldTickMm = 5

/**
 * One sheet per member, twice the face's height, folded along its middle into a tent. Both faces
 * hang from the fold, so each reads upright with its top at the fold: the lower half of the
 * sheet is printed as designed and the upper half turned by 180°. Short ticks at both ends mark
 * the fold.
 */
export async function renderNameTents(opts: NameTentOptions): Promise<Buffer> {
  const pdf = new CertificatePdf({ title: opts.title, creationDate: opts.creationDate })
  const w = opts.template.page.widthMm * ptPerMm
  const h = opts.template.page.heightMm * ptPerMm
  const tick = foldTickMm * ptPerMm
  const ticks = [
    { x1: 0, x2: tick },
    { x1: w - tick, x2: w }
  ].map((t) => ({ type: 'line' as const, ...t, y1: h, y2: h, color: '#999999', widthPt: 0.5 }))
  const options = { purpose: 'print', marginMm: null, profile: null } as const
  for (const subject of opts.subjects) {
    const layout = layoutCertificate(opts.template, subject, opts.fonts, options)
    pdf.beginPage(w, 2 * h, opts.profile)
    pdf.paintWith(layout, [-1, 0, 0, -1, w, h])
    pdf.paintWith(layout, [1, 0, 0, 1, 0, h])
    pdf.paint(ticks)
  }
  return pdf.toBuffer()
}
