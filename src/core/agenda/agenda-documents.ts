import type { AgendaDocumentKind } from '@shared/agenda/records'
import type { AgendaItem } from '@shared/agenda/entities'
import { computeSchedule, formatClock, wallTimeOf, type Schedule } from '@shared/agenda/clock'
import {
  buildMcScript,
  honoreeSeating,
  trayLists,
  type StagePlanInput
} from '@shared/agenda/stage-plan'
import type { FileOut } from '@shared/contract-part'
import { AppError } from '@shared/result'
import { vietnameseDate, vietnameseDateTime } from '@shared/dates/vietnamese-date'
import { capitaliseFirst } from '@shared/text/case'
import type { AppContext } from '../app-context'
import { attendanceFigures, attendanceState } from '../attendance'
import { loadBundledFonts } from '../pdf/fonts'
import { createOfficialDocument, type OfficialDocument } from '../pdf/official-document'
import type { DatabaseData } from '../schema/database-schema'
import { eventItems, eventSettings, findEvent, voteWords } from './agenda-lookups'
import { decisionViews, eventRounds, honoreeViews } from './agenda-views'

const titles: Record<AgendaDocumentKind, string> = {
  programme: 'CHƯƠNG TRÌNH',
  'run-sheet': 'KỊCH BẢN ĐIỀU HÀNH',
  'mc-script': 'LỜI DẪN CHƯƠNG TRÌNH',
  'tray-lists': 'DANH SÁCH XẾP KHAY',
  seating: 'SƠ ĐỒ CHỖ NGỒI NGƯỜI NHẬN KHEN THƯỞNG',
  timeline: 'DIỄN BIẾN THỰC TẾ'
}

const fileNames: Record<AgendaDocumentKind, string> = {
  programme: 'chuong-trinh',
  'run-sheet': 'kich-ban-dieu-hanh',
  'mc-script': 'loi-dan-mc',
  'tray-lists': 'danh-sach-xep-khay',
  seating: 'cho-ngoi-nguoi-nhan',
  timeline: 'dien-bien-thuc-te'
}

const span = (s: Schedule, index: number) => {
  const i = s.items[index]
  return i ? `${formatClock(i.start)} - ${formatClock(i.end)}` : ''
}

const plannedSpan = (s: Schedule, index: number) => {
  const i = s.items[index]
  return i ? `${formatClock(i.plannedStart)} - ${formatClock(i.plannedEnd)}` : ''
}

/** Rows of items with a group line whenever the session changes. */
function withSessions<T>(
  items: readonly AgendaItem[],
  row: (item: AgendaItem, index: number) => T
) {
  const rows: (T | { group: string })[] = []
  let session = ''
  items.forEach((item, index) => {
    if (item.session !== session && item.session !== '') rows.push({ group: item.session })
    session = item.session
    rows.push(row(item, index))
  })
  return rows
}

function registerNumbers(data: DatabaseData): Map<string, string> {
  return new Map(
    data.honours.register
      .filter((r) => r.status === 'active')
      .map((r) => [`${r.decisionId}:${r.honoreeId}`, r.registerNumber])
  )
}

/** What a document's body is written from. */
interface DocumentParts {
  pdf: OfficialDocument
  data: DatabaseData
  ctx: AppContext
  items: readonly AgendaItem[]
  settings: ReturnType<typeof eventSettings>
  rounds: StagePlanInput['rounds']
  schedule: Schedule
  plan: StagePlanInput
}

/** The public programme: time, item and presenter, by session. */
function writeProgramme({ pdf, items, schedule }: DocumentParts): void {
  pdf.table({
    columns: [
      { header: 'Thời gian', widthMm: 30, align: 'center' },
      { header: 'Nội dung', widthMm: 95 },
      { header: 'Thực hiện', widthMm: 40 }
    ],
    rows: withSessions(items, (item, i) => ({
      cells: [
        span(schedule, i),
        item.publicNotes ? `${item.title}\n${item.publicNotes}` : item.title,
        item.presenter
      ]
    })),
    repeatHeader: true
  })
}

/** The organisers' run sheet: every item with its minutes, people and internal notes. */
function writeRunSheet({ pdf, items, settings, schedule, plan }: DocumentParts): void {
  pdf.table({
    columns: [
      { header: 'STT', widthMm: 12, align: 'center' },
      { header: 'Thời gian', widthMm: 28, align: 'center' },
      { header: 'Phút', widthMm: 12, align: 'center' },
      { header: 'Nội dung', widthMm: 78 },
      { header: 'Người phụ trách', widthMm: 50 },
      { header: 'Ghi chú nội bộ', widthMm: 67 }
    ],
    rows: withSessions(items, (item, i) => ({
      cells: [
        String(i + 1),
        span(schedule, i),
        String(item.durationMinutes),
        item.title,
        item.presenter,
        [
          item.fixedStart ? `Cố định lúc ${item.fixedStart}.` : '',
          item.internalNotes,
          item.vote ? `Kết quả: ${voteWords(item.vote)}.` : '',
          ...plan.rounds
            .filter((r) => r.agendaItemId === item.id)
            .map((r) => `${r.title}: ${r.honoreeIds.length} người nhận`)
        ]
          .filter((p) => p !== '')
          .join('\n')
      ]
    })),
    repeatHeader: true
  })
  if (settings.plannedEnd) {
    pdf.paragraph(
      `Kết thúc dự kiến ${formatClock(schedule.expectedFinish)}; kế hoạch ${settings.plannedEnd}` +
        (schedule.overrunMinutes > 0 ? ` (vượt ${schedule.overrunMinutes} phút).` : '.'),
      { italic: true }
    )
  }
}

/** One page per award round: the tray in the order it is handed out. */
function writeTrayLists({ pdf, data, rounds, plan }: DocumentParts): void {
  const numbers = registerNumbers(data)
  trayLists(plan).forEach((tray, n) => {
    if (n > 0) pdf.pageBreak()
    const round = rounds.find((r) => r.id === tray.roundId)
    pdf.paragraph(`${tray.title} (${tray.entries.length} người nhận)`, { bold: true })
    if (tray.presenters.length) pdf.paragraph(`Người trao: ${tray.presenters.join('; ')}`)
    if (tray.attendants.length) pdf.paragraph(`Người bưng khay: ${tray.attendants.join('; ')}`)
    pdf.paragraph(
      'Xếp từ trên xuống: số 1 nằm trên cùng, trao đầu tiên (người đứng bên trái nhìn từ phía đại biểu).',
      { italic: true }
    )
    pdf.table({
      columns: [
        { header: 'Thứ tự', widthMm: 18, align: 'center' },
        { header: 'Người nhận', widthMm: 117 },
        { header: 'Số sổ', widthMm: 30, align: 'center' }
      ],
      rows: tray.entries.map((e) => ({
        cells: [
          String(e.position),
          e.line,
          numbers.get(`${round?.decisionId ?? ''}:${e.honoreeId}`) ?? ''
        ]
      })),
      repeatHeader: true
    })
  })
}

/** The honorees' aisle seats in the order they go on stage. */
function writeSeating({ pdf, plan }: DocumentParts): void {
  pdf.paragraph('Ghế cạnh lối đi, xếp theo thứ tự đợt trao và thứ tự đứng trên sân khấu.', {
    italic: true
  })
  pdf.table({
    columns: [
      { header: 'Ghế', widthMm: 15, align: 'center' },
      { header: 'Đợt', widthMm: 25, align: 'center' },
      { header: 'Người nhận', widthMm: 125 }
    ],
    rows: honoreeSeating(plan).map((s) => ({ cells: [String(s.seat), s.roundTitle, s.line] })),
    repeatHeader: true
  })
}

/** What actually happened: each item's planned and actual times and its delay. */
function writeTimeline({ pdf, ctx, items, schedule }: DocumentParts): void {
  pdf.table({
    columns: [
      { header: 'STT', widthMm: 12, align: 'center' },
      { header: 'Nội dung', widthMm: 98 },
      { header: 'Dự kiến', widthMm: 30, align: 'center' },
      { header: 'Bắt đầu', widthMm: 25, align: 'center' },
      { header: 'Kết thúc', widthMm: 25, align: 'center' },
      { header: 'Chênh lệch', widthMm: 25, align: 'center' },
      { header: 'Ghi chú', widthMm: 32 }
    ],
    rows: items.map((item, i) => {
      const s = schedule.items[i]
      const delay = s && item.actualStart ? s.delay : null
      return {
        cells: [
          String(i + 1),
          item.title,
          plannedSpan(schedule, i),
          item.actualStart ? item.actualStart.slice(11, 16) : '',
          item.actualEnd ? item.actualEnd.slice(11, 16) : '',
          delay === null ? '' : delay === 0 ? 'đúng giờ' : `${delay > 0 ? '+' : ''}${delay} phút`,
          item.vote ? voteWords(item.vote) : item.actualStart ? '' : 'chưa diễn ra'
        ]
      }
    }),
    repeatHeader: true
  })
  pdf.paragraph(`Lập lúc ${vietnameseDateTime(wallTimeOf(ctx.clock.now()))}.`, {
    italic: true
  })
}

const writers: Record<AgendaDocumentKind, (parts: DocumentParts) => void> = {
  programme: writeProgramme,
  'run-sheet': writeRunSheet,
  'mc-script': ({ pdf, plan, items, schedule }) => writeMcScript(pdf, plan, items, schedule),
  'tray-lists': writeTrayLists,
  seating: writeSeating,
  timeline: writeTimeline
}

/** Renders one of the programme's documents as a Decree 30 style PDF. */
export async function renderAgendaDocument(
  data: DatabaseData,
  ctx: AppContext,
  eventId: string,
  kind: AgendaDocumentKind
): Promise<FileOut> {
  const event = findEvent(data, eventId)
  const items = eventItems(data, eventId)
  const settings = eventSettings(data, eventId)
  if (items.length === 0 && kind !== 'tray-lists' && kind !== 'seating') {
    throw new AppError('INCOMPLETE', 'The programme has no items yet.')
  }
  const rounds = eventRounds(data, eventId)
  if ((kind === 'tray-lists' || kind === 'seating') && rounds.length === 0) {
    throw new AppError('INCOMPLETE', 'There are no award rounds yet.')
  }
  const live = kind === 'timeline'
  const schedule = computeSchedule({
    date: event.date,
    startTime: event.startTime,
    plannedEnd: settings.plannedEnd,
    items: live ? items : items.map((i) => ({ ...i, actualStart: null, actualEnd: null }))
  })
  const plan: StagePlanInput = {
    items,
    rounds,
    honorees: Object.fromEntries(honoreeViews(data, eventId).map((h) => [h.id, h])),
    decisions: Object.fromEntries(decisionViews(data, eventId).map((d) => [d.id, d])),
    attendance: kind === 'mc-script' ? attendanceFigures(attendanceState(data, eventId)) : null
  }

  const landscape = kind === 'run-sheet' || kind === 'timeline'
  const pdf = createOfficialDocument({
    organisation: data.organisation,
    fonts: loadBundledFonts(ctx.resourcesDir),
    orientation: landscape ? 'landscape' : 'portrait',
    creationDate: ctx.clock.now(),
    title: `${titles[kind]} - ${event.title}`
  })
  pdf.header({ place: data.organisation.placeName, date: event.date })
  pdf.title([titles[kind]], { subtitle: event.title })
  const when = [event.date ? capitaliseFirst(vietnameseDate(event.date)) : '', event.venue]
    .filter((p) => p !== '')
    .join(' - ')
  if (when) pdf.paragraph(when, { align: 'center', italic: true })

  writers[kind]({ pdf, data, ctx, items, settings, rounds, schedule, plan })
  const bytes = await pdf.finish()
  return {
    fileName: `${fileNames[kind]}.pdf`,
    contentType: 'application/pdf',
    contentBase64: bytes.toString('base64')
  }
}

function writeMcScript(
  pdf: OfficialDocument,
  plan: StagePlanInput,
  items: readonly AgendaItem[],
  schedule: Schedule
): void {
  const blocks = buildMcScript(plan)
  blocks.forEach((block) => {
    const index = items.findIndex((i) => i.id === block.itemId)
    const time = index >= 0 ? `${formatClock(schedule.items[index]?.start ?? 0)} - ` : ''
    pdf.paragraph(`${time}${block.title}`, { bold: true })
    if (block.presenter) pdf.paragraph(`Thực hiện: ${block.presenter}`, { italic: true })
    for (const line of block.lines) pdf.paragraph(line, { indentFirstMm: 10, align: 'justify' })
    for (const round of block.rounds) {
      pdf.keepTogether(120)
      pdf.paragraph(round.title, { bold: true, italic: true })
      pdf.paragraph(round.invitation, { indentFirstMm: 10, align: 'justify' })
      pdf.paragraph(round.call, { indentFirstMm: 10 })
      round.names.forEach((name, n) => pdf.paragraph(`${n + 1}. ${name}`, { indentFirstMm: 15 }))
    }
  })
}
