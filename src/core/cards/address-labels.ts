import type { LabelSheet } from '@shared/cards/contract'
import type { Delegate } from '@shared/delegates/entities'
import { AppError } from '@shared/result'
import { loadPdfDocument } from '../pdf/deferred-modules'
import { fontName, loadBundledFonts, registerBundledFonts } from '../pdf/fonts'
import { inviteeLine } from './invitations'

const a4 = { widthMm: 210, heightMm: 297 }
const ptPerMm = 72 / 25.4

const sheet = (
  id: string,
  name: string,
  [columns, rows]: [number, number],
  [labelWidthMm, labelHeightMm]: [number, number],
  [leftMm, topMm]: [number, number],
  [pitchXMm, pitchYMm]: [number, number]
): LabelSheet => ({
  id,
  name,
  columns,
  rows,
  labelWidthMm,
  labelHeightMm,
  leftMm,
  topMm,
  pitchXMm,
  pitchYMm
})

/**
 * Common A4 label sheets sold for envelopes (the manufacturers' published layouts); an office
 * with another sheet measures it and enters a custom grid.
 */
export const labelSheets: readonly LabelSheet[] = [
  sheet(
    'L7160',
    'Avery L7160 / J8160 — 21 (3 × 7), 63,5 × 38,1 mm',
    [3, 7],
    [63.5, 38.1],
    [7.25, 15.15],
    [66.04, 38.1]
  ),
  sheet(
    'L7159',
    'Avery L7159 / J8159 — 24 (3 × 8), 63,5 × 33,9 mm',
    [3, 8],
    [63.5, 33.9],
    [6.45, 12.9],
    [66.04, 33.9]
  ),
  sheet(
    'L7161',
    'Avery L7161 / J8161 — 18 (3 × 6), 63,5 × 46,6 mm',
    [3, 6],
    [63.5, 46.6],
    [7.25, 8.8],
    [66.04, 46.6]
  ),
  sheet(
    'L7162',
    'Avery L7162 / J8162 — 16 (2 × 8), 99,1 × 33,9 mm',
    [2, 8],
    [99.1, 33.9],
    [4.65, 12.9],
    [101.6, 33.9]
  ),
  sheet(
    'L7163',
    'Avery L7163 / J8163 — 14 (2 × 7), 99,1 × 38,1 mm',
    [2, 7],
    [99.1, 38.1],
    [4.65, 15.15],
    [101.6, 38.1]
  ),
  sheet(
    'L7165',
    'Avery L7165 / J8165 — 8 (2 × 4), 99,1 × 67,7 mm',
    [2, 4],
    [99.1, 67.7],
    [4.65, 13.1],
    [101.6, 67.7]
  ),
  sheet(
    'decal-3x8',
    'Decal A4 — 24 (3 × 8), 70 × 37 mm, không lề',
    [3, 8],
    [70, 37],
    [0, 0.5],
    [70, 37]
  ),
  sheet(
    'decal-3x7',
    'Decal A4 — 21 (3 × 7), 70 × 42,3 mm, không lề',
    [3, 7],
    [70, 42.3],
    [0, 0.45],
    [70, 42.3]
  ),
  sheet(
    'decal-2x7',
    'Decal A4 — 14 (2 × 7), 105 × 42,3 mm, không lề',
    [2, 7],
    [105, 42.3],
    [0, 0.45],
    [105, 42.3]
  ),
  sheet(
    'decal-2x4',
    'Decal A4 — 8 (2 × 4), 105 × 74 mm, không lề',
    [2, 4],
    [105, 74],
    [0, 0.5],
    [105, 74]
  )
]

/** Refuses a grid whose labels overlap or leave the A4 sheet, saying which. */
export function checkLabelSheet(s: LabelSheet): void {
  const fail = (message: string) => {
    throw new AppError('INVALID_ARGUMENT', `sheet: ${message}`)
  }
  if (s.columns > 1 && s.pitchXMm + 0.01 < s.labelWidthMm)
    fail(`the horizontal pitch ${s.pitchXMm} mm is less than the label width ${s.labelWidthMm} mm.`)
  if (s.rows > 1 && s.pitchYMm + 0.01 < s.labelHeightMm)
    fail(`the vertical pitch ${s.pitchYMm} mm is less than the label height ${s.labelHeightMm} mm.`)
  const right = s.leftMm + (s.columns - 1) * s.pitchXMm + s.labelWidthMm
  const bottom = s.topMm + (s.rows - 1) * s.pitchYMm + s.labelHeightMm
  if (right > a4.widthMm + 0.01)
    fail(`${s.columns} labels across end at ${right.toFixed(1)} mm, past the A4 width (210 mm).`)
  if (bottom > a4.heightMm + 0.01)
    fail(`${s.rows} rows end at ${bottom.toFixed(1)} mm, past the A4 height (297 mm).`)
}

/** Where the k-th label of a sheet goes (row by row, left to right), in mm from the top-left. */
export function labelBox(s: LabelSheet, k: number) {
  const column = k % s.columns
  const row = Math.floor(k / s.columns)
  return {
    xMm: s.leftMm + column * s.pitchXMm,
    yMm: s.topMm + row * s.pitchYMm,
    widthMm: s.labelWidthMm,
    heightMm: s.labelHeightMm
  }
}

export interface AddressLabelsOptions {
  sheet: LabelSheet
  /** In print order. */
  delegates: readonly Delegate[]
  /** Labels already peeled off the first sheet. */
  skip: number
  resourcesDir: string
  title: string
  creationDate: Date
}

/** The lines of one envelope label: "Kính gửi:", the name with Ông/Bà, position, unit. */
export const labelLines = (d: Delegate) =>
  [
    { text: 'Kính gửi:', bold: false },
    { text: inviteeLine(d), bold: true },
    { text: d.position.normalize('NFC').trim(), bold: false },
    { text: d.unit.normalize('NFC').trim(), bold: false }
  ].filter((l) => l.text !== '')

/** Envelope labels on A4 label sheets; each label's text shrinks (to 6 pt) to fit its box. */
export async function renderAddressLabels(o: AddressLabelsOptions): Promise<Buffer> {
  checkLabelSheet(o.sheet)
  const PDFDocument = loadPdfDocument()
  const doc = new PDFDocument({
    size: 'A4',
    autoFirstPage: false,
    margin: 0,
    compress: true,
    info: { Title: o.title, Creator: 'Dais', Producer: 'Dais', CreationDate: o.creationDate }
  })
  registerBundledFonts(doc, loadBundledFonts(o.resourcesDir))
  const chunks: Buffer[] = []
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  const perSheet = o.sheet.columns * o.sheet.rows
  const skip = Math.min(o.skip, perSheet - 1)
  o.delegates.forEach((d, i) => {
    const k = (skip + i) % perSheet
    if (i === 0 || k === 0) doc.addPage({ size: 'A4', margin: 0 })
    const box = labelBox(o.sheet, k)
    const insetMm = Math.min(4, box.heightMm * 0.1, box.widthMm * 0.06)
    const x = (box.xMm + insetMm) * ptPerMm
    const width = (box.widthMm - 2 * insetMm) * ptPerMm
    const height = (box.heightMm - 2 * insetMm) * ptPerMm
    const lines = labelLines(d)
    const heightAt = (size: number) =>
      lines.reduce((sum, l) => {
        doc.font(fontName('serif', l.bold ? 'bold' : 'regular')).fontSize(size)
        return sum + doc.heightOfString(l.text, { width })
      }, 0)
    let size = 12
    while (size > 6 && heightAt(size) > height) size -= 0.5
    let y = box.yMm * ptPerMm + (box.heightMm * ptPerMm - heightAt(size)) / 2
    for (const l of lines) {
      doc.font(fontName('serif', l.bold ? 'bold' : 'regular')).fontSize(size)
      doc.text(l.text, x, y, { width })
      y += doc.heightOfString(l.text, { width })
    }
  })
  doc.end()
  return ended
}
