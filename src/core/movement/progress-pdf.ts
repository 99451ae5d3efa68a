/**
 * The progress page (annex to the annual report): one A4 page a chairman reads in a minute — the
 * table of targets with each year's figure, a chart per target, and the units holding each
 * figure back.
 */
import type { Organisation } from '@shared/entities'
import type { LaggingUnit, MovementProgress, TargetProgress } from '@shared/movement/progress'
import { formatShare, goalLabel } from '@shared/movement/target-math'
import type { BundledFonts } from '../pdf/fonts'
import { fontName } from '../pdf/fonts'
import { createOfficialDocument, mmToPt, type TableColumn } from '../pdf/official-document'
import { chartLayout, paintChart } from './progress-chart'

export interface ProgressPdfInput {
  organisation: Organisation
  progress: MovementProgress
  fromYear: number
  fonts: BundledFonts
  /** ISO date of the report. */
  date: string
  creationDate: Date
}

const verdict = (met: boolean | null) =>
  met === null ? 'Chưa có số liệu' : met ? 'Đạt' : 'Chưa đạt'

export const laggingStatusText: Record<LaggingUnit['status'], string> = {
  'not-registered': 'chưa đăng ký',
  'not-achieved': 'không đạt',
  pending: 'chưa đánh giá',
  'below-target': 'chưa đạt chỉ tiêu',
  'no-tally': 'chưa báo cáo số hộ'
}

/** "Tổ dân phố số 7 (không đạt: lý do)", "Tổ dân phố số 3 (88/100 hộ, thiếu 3)". */
export function laggingLine(u: LaggingUnit): string {
  if (u.status === 'below-target')
    return `${u.name} (${u.count}/${u.total} hộ, còn thiếu ${u.missing})`
  const reason = u.reason ? `: ${u.reason}` : ''
  return `${u.name} (${laggingStatusText[u.status]}${reason})`
}

/** The figure of one target in one year: "95 %", or "–" without data. */
const yearCell = (p: TargetProgress, year: number) => {
  const s = p.series.find((x) => x.year === year)
  return s && s.hasData ? `${formatShare(s, p.target.percent)} %` : '–'
}

function lagSummary(p: TargetProgress, max: number): string {
  if (p.current.met === true) return ''
  if (p.lagging.length === 0) return ''
  const shown = p.lagging.slice(0, max).map(laggingLine)
  const more = p.lagging.length - shown.length
  return `${shown.join('; ')}${more > 0 ? `; và ${more} đơn vị khác` : ''}`
}

export async function renderProgressPdf(input: ProgressPdfInput): Promise<Buffer> {
  const { organisation, progress } = input
  const d = createOfficialDocument({
    organisation,
    fonts: input.fonts,
    orientation: 'portrait',
    creationDate: input.creationDate,
    title: `Tiến độ thực hiện chỉ tiêu thi đua năm ${progress.year}`
  })
  d.header({ place: organisation.placeName, date: input.date })
  d.title(['TIẾN ĐỘ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA'], {
    subtitle: progress.title,
    note: `(Số liệu đến hết năm ${progress.year})`
  })
  const years = progress.years.slice(-6)
  const columns: TableColumn[] = [
    { header: 'STT', widthMm: 12, align: 'center' },
    { header: 'Chỉ tiêu', widthMm: 56 },
    { header: 'Mục tiêu', widthMm: 26, align: 'center' },
    ...years.map((y): TableColumn => ({ header: String(y), widthMm: 15, align: 'center' })),
    { header: `Năm ${progress.year}`, widthMm: 20, align: 'center' }
  ]
  d.table({
    columns,
    sizePt: 11,
    rows: progress.targets.map((p, i) => ({
      cells: [
        String(i + 1),
        p.target.label,
        `${goalLabel(p.target.comparison, p.target.percent)} (${p.target.deadlineYear})`,
        ...years.map((y) => yearCell(p, y)),
        verdict(p.current.met)
      ]
    }))
  })

  // One chart per target, side by side.
  const doc = d.doc
  const count = Math.max(1, progress.targets.length)
  const gap = mmToPt(4)
  const width = (d.contentWidth - gap * (count - 1)) / count
  const height = mmToPt(42)
  d.space(3)
  d.keepTogether(height + mmToPt(14))
  const top = doc.y
  const left = mmToPt(30)
  progress.targets.forEach((p, i) => {
    const x = left + i * (width + gap)
    doc.font(fontName('serif', 'bold')).fontSize(9.5)
    doc.text(`${i + 1}. ${p.target.label}`.normalize('NFC'), x, top, {
      width,
      height: mmToPt(9),
      ellipsis: true
    })
    paintChart(doc, chartLayout(p, { x, y: top + mmToPt(9), width, height }, input.fromYear))
  })
  doc.x = left
  doc.y = top + mmToPt(9) + height + mmToPt(2)
  doc.font(fontName('sans', 'regular')).fontSize(7.5).fillColor('#444444')
  doc.text(
    'Đường liền: kết quả từng năm; nét đứt đỏ: mục tiêu; nét đứt xám: lộ trình đến hạn; chấm xanh: dự báo theo tốc độ hiện tại.',
    left,
    doc.y,
    { width: d.contentWidth }
  )
  doc.fillColor('#000000')
  d.space(3)

  d.paragraph(`Đánh giá năm ${progress.year}:`, { bold: true, indentFirstMm: 0 })
  const lines = progress.targets.map((p, i) => {
    const projection = p.projection
      ? ` Theo tốc độ hiện tại, năm ${p.projection.year} dự kiến ${formatShare({ count: Math.round(p.projection.percent * 100), total: 10_000 })} % (${p.projection.met ? 'đạt' : 'không đạt'}).`
      : ''
    const short =
      p.current.met === false && p.shortfall !== null && p.shortfall > 0
        ? ` Còn thiếu ${p.shortfall} ${p.target.measure === 'households-titled' ? 'hộ' : 'đơn vị'}.`
        : ''
    const lag = lagSummary(p, 6)
    return `${i + 1}. ${p.target.label}: ${p.current.hasData ? `${p.current.count}/${p.current.total}, ${formatShare(p.current, p.target.percent)} %` : 'chưa có số liệu'} — ${verdict(p.current.met).toLocaleLowerCase('vi')}.${short}${lag ? ` Đơn vị chưa đạt: ${lag}.` : ''}${projection}`
  })
  lines.forEach((line, i) =>
    d.paragraph(i === lines.length - 1 ? `${line}/.` : line, {
      sizePt: 11,
      indentFirstMm: 0,
      gapAfterPt: 3
    })
  )
  return d.finish()
}
