import type { PrinterProfile } from '@shared/certificates/entities'
import type { FontSet } from './fonts'
import { ptPerMm, type PaintItem } from './layout'
import { CertificatePdf } from './painter'

const mm = (v: number) => v * ptPerMm

/** Crosshair centres of the calibration sheet, in mm from the sheet's top-left corner. */
export function calibrationMarks(
  widthMm: number,
  heightMm: number
): { xMm: number; yMm: number }[] {
  const xs = [20, Math.round(widthMm / 20) * 10, Math.floor(widthMm - 20)]
  const ys = [20, Math.round(heightMm / 20) * 10, Math.floor(heightMm - 20)]
  return ys.flatMap((yMm) => xs.map((xMm) => ({ xMm, yMm })))
}

export const crosshairArmMm = 6
export const crosshairLinePt = 0.5

/** Rulers on all four edges, crosshairs at known positions with their coordinates, instructions. */
export function calibrationItems(
  widthMm: number,
  heightMm: number,
  fonts: FontSet,
  profileName: string | null
): PaintItem[] {
  const items: PaintItem[] = []
  const black = '#000000'
  const line = (x1: number, y1: number, x2: number, y2: number, widthPt = 0.3) =>
    items.push({
      type: 'line',
      x1: mm(x1),
      y1: mm(y1),
      x2: mm(x2),
      y2: mm(y2),
      color: black,
      widthPt
    })
  const face = fonts.resolve('Arimo', false, false)
  const bold = fonts.resolve('Arimo', true, false)
  const label = (x: number, y: number, text: string, size = 6, f = face) =>
    items.push({
      type: 'text',
      fieldId: 'calibration',
      face: f,
      sizePt: size,
      color: black,
      runs: [{ x: mm(x), y: mm(y), text }]
    })
  for (let x = 0; x <= widthMm; x++) {
    const len = x % 10 === 0 ? 6 : x % 5 === 0 ? 4 : 2
    line(x, 0, x, len)
    line(x, heightMm - len, x, heightMm)
    if (x % 10 === 0 && x > 0 && x < widthMm) label(x + 0.5, 8.5, String(x))
  }
  for (let y = 0; y <= heightMm; y++) {
    const len = y % 10 === 0 ? 6 : y % 5 === 0 ? 4 : 2
    line(0, y, len, y)
    line(widthMm - len, y, widthMm, y)
    if (y % 10 === 0 && y > 0 && y < heightMm) label(7, y + 2.2, String(y))
  }
  for (const { xMm, yMm } of calibrationMarks(widthMm, heightMm)) {
    line(xMm - crosshairArmMm, yMm, xMm + crosshairArmMm, yMm, crosshairLinePt)
    line(xMm, yMm - crosshairArmMm, xMm, yMm + crosshairArmMm, crosshairLinePt)
    label(xMm + 1.2, yMm - 1.2, `(${xMm}, ${yMm}) mm`, 6)
  }
  const cx = widthMm / 2 - 60
  let y = heightMm / 2 + 16
  const lines = [
    `TỜ HIỆU CHỈNH MÁY IN — ${widthMm} × ${heightMm} mm${profileName ? ` — hiệu chỉnh: ${profileName}` : ''}`,
    'In ở cỡ thật: "Actual size / 100 %", không chọn "Fit to page".',
    'Đặt tờ này chồng lên phôi, soi qua ánh sáng; đo độ lệch của dấu chữ thập so với phôi (mm).',
    'Calibration sheet: print at Actual size / 100 %; measure how far the marks sit from the blank.'
  ]
  lines.forEach((t, i) => {
    label(cx, y, t, i === 0 ? 9 : 7.5, i === 0 ? bold : face)
    y += i === 0 ? 6 : 4.5
  })
  return items
}

export async function renderCalibrationPdf(opts: {
  widthMm: number
  heightMm: number
  fonts: FontSet
  profile: PrinterProfile | null
  creationDate: Date
}): Promise<Buffer> {
  const pdf = new CertificatePdf({ title: 'Calibration sheet', creationDate: opts.creationDate })
  pdf.beginPage(mm(opts.widthMm), mm(opts.heightMm), opts.profile)
  pdf.paint(calibrationItems(opts.widthMm, opts.heightMm, opts.fonts, opts.profile?.name ?? null))
  return pdf.toBuffer()
}
