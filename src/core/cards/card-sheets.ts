import type { LayoutWarning } from '@shared/certificates/contract'
import type { PrinterProfile, Template } from '@shared/certificates/entities'
import type { FontSet } from '../certificates'
import { layoutCertificate, ptPerMm, type LayoutSubject, type PageLayout } from '../certificates'
import { CertificatePdf } from '../certificates'
import { AppError } from '@shared/result'
import { createYielder } from '../jobs/jobs'
import { impose, type Imposition, type ImpositionInput } from './imposition'

/** The printer margin assumed without a printer profile. */
export const defaultSheetMarginMm = 5

export interface CardSheetsOptions {
  template: Template
  fonts: FontSet
  profile: PrinterProfile | null
  sheet: ImpositionInput['sheet']
  gapMm: number
  orientation: ImpositionInput['orientation']
  /** Cards in print order. */
  subjects: readonly LayoutSubject[]
  /** The subjects' layouts when already made (by layoutCards), so each card is laid out once. */
  layouts?: readonly PageLayout[]
  title: string
  creationDate: Date
  signal?: AbortSignal
  /** Cards done so far, at most every 100 ms and at the end. */
  onProgress?: (done: number, total: number) => void
}

export function cardImposition(
  opts: Pick<CardSheetsOptions, 'template' | 'profile' | 'sheet' | 'gapMm' | 'orientation'>
): Imposition {
  return impose({
    sheet: opts.sheet,
    card: opts.template.page,
    marginMm: opts.profile?.marginMm ?? defaultSheetMarginMm,
    gapMm: opts.gapMm,
    orientation: opts.orientation
  })
}

const layoutOptions = { purpose: 'print', marginMm: null, profile: null } as const

/** Every card's layout, in print order. */
export function layoutCards(
  opts: Pick<CardSheetsOptions, 'template' | 'fonts' | 'subjects'>
): PageLayout[] {
  return opts.subjects.map((s) => layoutCertificate(opts.template, s, opts.fonts, layoutOptions))
}

/** Text that does not fit or that the font cannot print, per delegate. */
export function checkCards(layouts: readonly PageLayout[]): LayoutWarning[] {
  return layouts.flatMap((l) => l.warnings)
}

/**
 * Cards imposed N-up: every sheet carries the crop marks of a full sheet and its cards at their
 * true size; the printer profile is applied once, to the whole sheet.
 */
export async function renderCardSheets(
  opts: CardSheetsOptions
): Promise<{ pdf: Buffer; imposition: Imposition; sheets: number }> {
  const imposition = cardImposition(opts)
  const perSheet = imposition.slots.length
  if (perSheet === 0) throw new Error('no card fits the sheet')
  const pdf = new CertificatePdf({ title: opts.title, creationDate: opts.creationDate })
  const { widthMm, heightMm } = imposition.sheet
  const marks = imposition.marks.map((m) => ({
    type: 'line' as const,
    x1: m.x1 * ptPerMm,
    y1: m.y1 * ptPerMm,
    x2: m.x2 * ptPerMm,
    y2: m.y2 * ptPerMm,
    color: '#000000',
    widthPt: 0.3
  }))
  const sheets = Math.ceil(opts.subjects.length / perSheet)
  const total = opts.subjects.length
  const yieldNow = createYielder()
  let reportedAt = 0
  for (let sheet = 0; sheet < sheets; sheet++) {
    if (opts.signal?.aborted) throw new AppError('CANCELLED', 'Cancelled; no file was written.')
    const done = Math.min(total, sheet * perSheet)
    if (opts.onProgress && performance.now() - reportedAt > 100) {
      reportedAt = performance.now()
      opts.onProgress(done, total)
    }
    await yieldNow()
    pdf.beginPage(widthMm * ptPerMm, heightMm * ptPerMm, opts.profile)
    pdf.paint(marks)
    for (let k = 0; k < perSheet; k++) {
      const subject = opts.subjects[sheet * perSheet + k]
      if (!subject) break
      const slot = imposition.slots[k]!
      const layout =
        opts.layouts?.[sheet * perSheet + k] ??
        layoutCertificate(opts.template, subject, opts.fonts, layoutOptions)
      pdf.paintAt(layout, slot.xMm * ptPerMm, slot.yMm * ptPerMm)
    }
  }
  opts.onProgress?.(total, total)
  return { pdf: await pdf.toBuffer(), imposition, sheets }
}
