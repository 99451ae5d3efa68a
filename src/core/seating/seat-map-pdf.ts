import type { FileOut } from '@shared/contract-part'
import type { HallPlan } from '@shared/seating/entities'
import { seatLabel } from '@shared/seating/hall'
import { sortByVietnameseName } from '@shared/text'
import type { AppContext } from '../app-context'
import { categoriesOf, delegatesOf } from '../delegates'
import { loadPdfDocument } from '../pdf/deferred-modules'
import { fontName, loadBundledFonts, registerBundledFonts } from '../pdf/fonts'
import type { DatabaseData } from '../schema/database-schema'
import { honoreeDelegateOrder } from './honoree-order'
import {
  layOutSeatMap,
  seatMapPapers,
  type SeatBox,
  type SeatMapPaper,
  type SeatMapPerson
} from './seat-map-layout'

const nfc = (s: string) => s.normalize('NFC')

/** A category colour as a light fill that keeps black names readable (and prints in grey). */
export function lightFill(hex: string | null): string {
  if (!hex) return '#FFFFFF'
  const n = Number.parseInt(hex.slice(1), 16)
  const mix = (c: number) => Math.round(c + (255 - c) * 0.72)
  const rgb = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map(mix)
  return `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`
}

export interface SeatMapDocument {
  title: string
  hallName: string
  plan: HallPlan
  people: Map<string, SeatMapPerson & { unit: string }>
  categories: { name: string; color: string | null }[]
  paper: SeatMapPaper
  creationDate: Date
}

export function seatMapDocument(
  data: DatabaseData,
  eventId: string,
  plan: HallPlan,
  paper: SeatMapPaper,
  creationDate: Date
): SeatMapDocument {
  const categories = categoriesOf(data, eventId)
  const colour = new Map(categories.map((c) => [c.id, c.color ?? null]))
  const honorees = new Set(honoreeDelegateOrder(data, eventId))
  const people = new Map(
    delegatesOf(data, eventId).map((d) => [
      d.id,
      {
        id: d.id,
        fullName: nfc(d.fullName),
        unit: nfc(d.unit),
        color: d.categoryId ? (colour.get(d.categoryId) ?? null) : null,
        honoree: honorees.has(d.id)
      }
    ])
  )
  return {
    title: nfc(data.events.find((e) => e.id === eventId)?.title ?? ''),
    hallName: nfc(plan.name),
    plan,
    people,
    categories: categories.map((c) => ({ name: nfc(c.name), color: c.color ?? null })),
    paper,
    creationDate
  }
}

const sans = (style: 'regular' | 'bold' | 'italic') => fontName('sans', style)

function paintBox(doc: PDFKit.PDFDocument, b: SeatBox, nameSize: number, numberSize: number) {
  doc
    .lineWidth(b.honoree ? 1.6 : 0.5)
    .rect(b.x, b.y, b.width, b.height)
    .fillAndStroke(lightFill(b.color), '#000000')
  if (b.honoree) {
    const s = Math.min(b.width, b.height) * 0.22
    doc
      .polygon([b.x + b.width - s, b.y], [b.x + b.width, b.y], [b.x + b.width, b.y + s])
      .fill('#000000')
  }
  doc.fillColor('#000000').font(sans('regular')).fontSize(numberSize)
  doc.text(b.number, b.x + 1.5, b.y + 1, { lineBreak: false })
  const lineHeight = nameSize * 1.15
  const top =
    b.y + numberSize * 0.9 + (b.height - numberSize * 0.9 - b.lines.length * lineHeight) / 2
  doc.font(sans('bold')).fontSize(nameSize)
  b.lines.forEach((line, i) => {
    doc.text(line, b.x, top + i * lineHeight, { width: b.width, align: 'center', lineBreak: false })
  })
}

/** The hall drawn with every name (page 1), then every delegate with the seat, by name. */
export async function renderSeatMap(input: SeatMapDocument, ctx: Pick<AppContext, 'resourcesDir'>) {
  const fonts = loadBundledFonts(ctx.resourcesDir)
  const face = fonts.sans.bold
  const measure = (text: string, size: number) =>
    (face.layout(nfc(text)).advanceWidth / face.unitsPerEm) * size
  const layout = layOutSeatMap({
    plan: input.plan,
    people: input.people,
    paper: input.paper,
    measure
  })
  const PDFDocument = loadPdfDocument()
  const paper = seatMapPapers[input.paper]
  const doc = new PDFDocument({
    size: [paper.width, paper.height],
    margins: {
      top: layout.margin,
      bottom: layout.margin,
      left: layout.margin,
      right: layout.margin
    },
    autoFirstPage: true,
    compress: true,
    lang: 'vi-VN',
    info: {
      Title: `Sơ đồ chỗ ngồi — ${input.title}`,
      Creator: 'Dais',
      Producer: 'Dais',
      CreationDate: input.creationDate,
      ModDate: input.creationDate
    }
  })
  registerBundledFonts(doc, fonts)
  const chunks: Buffer[] = []
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (c: Buffer) => chunks.push(c))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  const scale = input.paper === 'A3' ? 1.4 : 1
  const width = paper.width - 2 * layout.margin
  doc
    .font(sans('bold'))
    .fontSize(15 * scale)
    .fillColor('#000000')
  doc.text('SƠ ĐỒ CHỖ NGỒI', layout.margin, layout.margin, { width, align: 'center' })
  doc.font(sans('regular')).fontSize(10 * scale)
  doc.text([input.title, input.hallName].filter(Boolean).join(' — '), { width, align: 'center' })

  const { stage } = layout
  doc.lineWidth(0.8).rect(stage.x, stage.y, stage.width, stage.height).stroke('#000000')
  doc
    .font(sans('bold'))
    .fontSize(8 * scale)
    .fillColor('#000000')
  doc.text('SÂN KHẤU — BÀN ĐOÀN CHỦ TỊCH', stage.x, stage.y + 3, {
    width: stage.width,
    align: 'center',
    lineBreak: false
  })
  for (const b of layout.table) paintBox(doc, b, layout.nameSize, layout.numberSize)
  for (const block of layout.blocks) {
    doc
      .font(sans('bold'))
      .fontSize(9 * scale)
      .fillColor('#000000')
    doc.text(block.title, block.x, block.y, {
      width: block.width,
      align: 'center',
      lineBreak: false
    })
  }
  doc.font(sans('regular')).fontSize(layout.numberSize + 1)
  for (const label of layout.rowLabels) {
    doc.text(label.text, label.x, label.y, {
      width: label.width,
      align: 'center',
      lineBreak: false
    })
  }
  for (const b of layout.seats) paintBox(doc, b, layout.nameSize, layout.numberSize)

  let x = layout.margin
  const y = paper.height - layout.margin - 12 * scale
  doc.font(sans('regular')).fontSize(8 * scale)
  for (const c of input.categories) {
    doc
      .lineWidth(0.5)
      .rect(x, y, 10 * scale, 8 * scale)
      .fillAndStroke(lightFill(c.color), '#000000')
    doc.fillColor('#000000').text(c.name, x + 13 * scale, y, { lineBreak: false })
    x += 13 * scale + doc.widthOfString(c.name) + 14 * scale
  }
  doc
    .lineWidth(1.6)
    .rect(x, y, 10 * scale, 8 * scale)
    .stroke('#000000')
  const s = 8 * scale * 0.45
  doc.polygon([x + 10 * scale - s, y], [x + 10 * scale, y], [x + 10 * scale, y + s]).fill('#000000')
  doc.fillColor('#000000').text('Người nhận khen thưởng (ghế cạnh lối đi)', x + 13 * scale, y, {
    lineBreak: false
  })
  x += 13 * scale + doc.widthOfString('Người nhận khen thưởng (ghế cạnh lối đi)') + 14 * scale
  doc.text('Hàng 1 gần sân khấu; ghế đánh số từ trái sang phải khi nhìn lên sân khấu.', x, y, {
    lineBreak: false
  })

  paintIndex(doc, input, layout.margin, scale)
  doc.end()
  return { pdf: await ended, tooLong: layout.tooLong }
}

function paintIndex(
  doc: PDFKit.PDFDocument,
  input: SeatMapDocument,
  margin: number,
  scale: number
) {
  const entries = sortByVietnameseName(
    input.plan.seats.flatMap((s) => {
      const p = input.people.get(s.delegateId)
      return p ? [{ name: p.fullName, unit: p.unit, seat: seatLabel(input.plan, s.place) }] : []
    }),
    (e) => e.name
  )
  if (entries.length === 0) return
  const paper = seatMapPapers[input.paper]
  const size = 8.5 * scale
  const lineHeight = size * 1.35
  const columns = 2
  const gutter = 16
  const columnWidth = (paper.width - 2 * margin - gutter * (columns - 1)) / columns
  const widths = [columnWidth * 0.34, columnWidth * 0.4, columnWidth * 0.26]
  const top = margin + 36 * scale
  const perColumn = Math.floor((paper.height - margin - top) / lineHeight)
  entries.forEach((e, i) => {
    const onPage = i % (perColumn * columns)
    if (onPage === 0) {
      doc.addPage()
      doc
        .font(sans('bold'))
        .fontSize(12 * scale)
        .fillColor('#000000')
      doc.text('DANH SÁCH CHỖ NGỒI THEO TÊN', margin, margin, {
        width: paper.width - 2 * margin,
        align: 'center'
      })
    }
    const column = Math.floor(onPage / perColumn)
    const x = margin + column * (columnWidth + gutter)
    const y = top + (onPage % perColumn) * lineHeight
    if (onPage % perColumn === 0) {
      doc.font(sans('italic')).fontSize(size)
      ;['Họ và tên', 'Đơn vị', 'Chỗ ngồi'].forEach((h, c) => {
        const at = x + widths.slice(0, c).reduce((a, b) => a + b, 0)
        doc.text(h, at, top - lineHeight * 1.2, { lineBreak: false })
      })
    }
    fitted(doc, e.name, x, y, widths[0]! - 4, size, 'bold')
    fitted(doc, e.unit, x + widths[0]!, y, widths[1]! - 4, size, 'regular')
    fitted(doc, e.seat, x + widths[0]! + widths[1]!, y, widths[2]!, size, 'regular')
  })
}

/** One line at `size`, smaller down to 70 % when it needs to, shortened with "…" after that. */
function fitted(
  doc: PDFKit.PDFDocument,
  text: string,
  x: number,
  y: number,
  width: number,
  size: number,
  style: 'regular' | 'bold'
) {
  doc.font(sans(style)).fontSize(size)
  let line = text
  const fit = Math.min(1, width / Math.max(1, doc.widthOfString(line)))
  const smaller = Math.max(0.7, fit) * size
  doc.fontSize(smaller)
  while (line.length > 1 && doc.widthOfString(line) > width)
    line = `${line.slice(0, -2).trimEnd()}…`
  doc.text(line, x, y + (size - smaller) * 0.8, { lineBreak: false })
}

export async function seatMapFile(
  data: DatabaseData,
  eventId: string,
  plan: HallPlan,
  paper: SeatMapPaper,
  ctx: AppContext
): Promise<FileOut> {
  const input = seatMapDocument(data, eventId, plan, paper, ctx.clock.now())
  const { pdf } = await renderSeatMap(input, ctx)
  return {
    fileName: `So do cho ngoi ${paper}.pdf`,
    contentType: 'application/pdf',
    contentBase64: pdf.toString('base64')
  }
}
