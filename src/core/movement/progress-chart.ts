/*
 * A target's chart for the printed progress page, as a pure layout (what to draw where, in pt)
 * and a thin pdfkit painter. The same series the app's chart shows.
 */
import type { TargetProgress } from '@shared/movement/progress'
import { formatPercent } from '@shared/movement/target-math'
import { fontName } from '../pdf/fonts'

export interface ChartBox {
  x: number
  y: number
  width: number
  height: number
}

type Point = [number, number]
export interface ChartLayout {
  axes: Point[]
  grid: { y: number; label: string }[]
  years: { x: number; label: string }[]
  goal: Point[]
  line: Point[]
  series: { at: Point; label: string }[]
  projection: Point[]
}

const axisLabelWidth = 22
const yearLabelHeight = 10

/** The y range: from a round 10 below everything drawn, to 100. */
function lowerBound(p: TargetProgress): number {
  const values = [
    p.target.percent,
    ...p.series.flatMap((s) => (s.percent === null ? [] : [s.percent])),
    ...p.line.map((l) => l.percent),
    ...(p.projection ? [p.projection.percent] : [])
  ]
  return Math.max(0, Math.floor((Math.min(...values) - 5) / 10) * 10)
}

export function chartLayout(p: TargetProgress, box: ChartBox, fromYear: number): ChartLayout {
  const lo = lowerBound(p)
  const toYear = Math.max(p.target.deadlineYear, fromYear + 1)
  const left = box.x + axisLabelWidth
  const bottom = box.y + box.height - yearLabelHeight
  const width = box.width - axisLabelWidth - 4
  const height = box.height - yearLabelHeight - 4
  const px = (year: number): number => left + ((year - fromYear) / (toYear - fromYear)) * width
  const py = (percent: number): number => bottom - ((percent - lo) / (100 - lo)) * height
  const step = 100 - lo > 40 ? 20 : 100 - lo > 20 ? 10 : 5
  const grid: ChartLayout['grid'] = []
  for (let v = lo; v <= 100; v += step) grid.push({ y: py(v), label: `${v}` })
  const years: ChartLayout['years'] = []
  for (let y = fromYear; y <= toYear; y++) years.push({ x: px(y), label: String(y) })
  const known = p.series.filter((s) => s.percent !== null)
  const last = known[known.length - 1]
  return {
    axes: [
      [left, bottom - height],
      [left, bottom],
      [left + width, bottom]
    ],
    grid,
    years,
    goal: [
      [left, py(p.target.percent)],
      [left + width, py(p.target.percent)]
    ],
    line: p.line.map((l): Point => [px(l.year), py(l.percent)]),
    series: known.map((s) => ({
      at: [px(s.year), py(s.percent as number)] as Point,
      label: formatPercent(Math.floor((s.percent as number) * 10) / 10)
    })),
    projection:
      p.projection && last
        ? [
            [px(last.year), py(last.percent as number)],
            [px(p.projection.year), py(p.projection.percent)]
          ]
        : []
  }
}

const polyline = (doc: PDFKit.PDFDocument, points: Point[]) => {
  points.forEach(([x, y], i) => (i === 0 ? doc.moveTo(x, y) : doc.lineTo(x, y)))
}

export function paintChart(doc: PDFKit.PDFDocument, layout: ChartLayout): void {
  doc.save()
  doc.font(fontName('sans', 'regular')).fontSize(6.5).fillColor('#444444')
  for (const g of layout.grid) {
    doc.lineWidth(0.3).strokeColor('#dddddd')
    polyline(doc, [
      [layout.axes[1]?.[0] ?? 0, g.y],
      [layout.axes[2]?.[0] ?? 0, g.y]
    ])
    doc.stroke()
    doc.text(g.label, (layout.axes[1]?.[0] ?? 0) - 20, g.y - 3, {
      width: 17,
      align: 'right',
      lineBreak: false
    })
  }
  const baseY = layout.axes[1]?.[1] ?? 0
  layout.years.forEach((y, i) => {
    if (layout.years.length > 7 && i % 2 === 1) return
    doc.text(y.label, y.x - 12, baseY + 2, { width: 24, align: 'center', lineBreak: false })
  })
  doc.lineWidth(0.6).strokeColor('#000000')
  polyline(doc, layout.axes)
  doc.stroke()
  doc.lineWidth(0.8).strokeColor('#b00020').dash(3, { space: 2 })
  polyline(doc, layout.goal)
  doc.stroke().undash()
  doc.lineWidth(0.6).strokeColor('#888888').dash(1.5, { space: 1.5 })
  polyline(doc, layout.line)
  doc.stroke().undash()
  if (layout.projection.length > 0) {
    doc.lineWidth(0.8).strokeColor('#1f5fbf').dash(0.8, { space: 1.6 })
    polyline(doc, layout.projection)
    doc.stroke().undash()
  }
  doc.lineWidth(1.2).strokeColor('#1f5fbf')
  polyline(
    doc,
    layout.series.map((s) => s.at)
  )
  if (layout.series.length > 1) doc.stroke()
  doc.fillColor('#1f5fbf')
  for (const s of layout.series) doc.circle(s.at[0], s.at[1], 1.6).fill()
  doc.fillColor('#000000').fontSize(6.5)
  for (const s of layout.series)
    doc.text(s.label, s.at[0] - 14, s.at[1] - 9, { width: 28, align: 'center', lineBreak: false })
  doc.restore()
}
