import type { AttendanceFigures } from '@shared/attendance/entities'
import { percentText } from '@shared/attendance/quorum'
import type { FileOut } from '@shared/contract-part'
import type { Delegate } from '@shared/delegates/entities'
import type { AppContext } from '../app-context'
import { loadBundledFonts } from '../pdf/fonts'
import { createOfficialDocument, type TableOptions } from '../pdf/official-document'
import { compositionTables, delegateIndex } from '../rosters'
import type { DatabaseData } from '../schema/database-schema'
import {
  attendanceFigures,
  attendanceState,
  delegatesInNameOrder,
  isSummoned,
  presence,
  type AttendanceState
} from './attendance-state'

export interface CredentialsReportOptions {
  /** The chair of the credentials committee, as signed; '' leaves the name to be written. */
  chairName?: string
}

const two = (n: number) => String(n).padStart(2, '0')

const reasonText = { excused: 'Vắng có lý do', unexcused: 'Vắng không lý do' } as const

/** The opening lines: summoned, present (with substitutes), absent with reasons, guests. */
export function figureLines(f: AttendanceFigures): string[] {
  const unknown = f.absent - f.excused - f.unexcused
  const reasons = [
    f.excused > 0 ? `có lý do: ${two(f.excused)}` : '',
    f.unexcused > 0 ? `không có lý do: ${two(f.unexcused)}` : '',
    unknown > 0 && unknown < f.absent ? `chưa rõ lý do: ${two(unknown)}` : ''
  ].filter(Boolean)
  return [
    `Tổng số đại biểu được triệu tập: ${two(f.summoned)} đồng chí.`,
    `Số đại biểu có mặt: ${two(f.present)} đồng chí, đạt ${percentText(f.percent)}%` +
      (f.substitutes > 0 ? ` (trong đó ${two(f.substitutes)} đồng chí dự thay).` : '.'),
    `Số đại biểu vắng mặt: ${two(f.absent)} đồng chí` +
      (reasons.length > 0 ? ` (${reasons.join('; ')}).` : '.'),
    ...(f.guests > 0 ? [`Khách mời có mặt: ${two(f.guests)} đồng chí.`] : [])
  ]
}

/** The committee's conclusion under the general quorum rule (the event's first). */
export function conclusionLine(s: AttendanceState, f: AttendanceFigures): string {
  const rule = s.rules[0]!
  const general = f.quorum[0]!
  const ruleText = rule.name.trim().replace(/\.$/, '').toLocaleLowerCase('vi')
  return (
    `Ban Thẩm tra tư cách đại biểu kết luận: ${two(f.present)} đại biểu có mặt đủ tư cách ` +
    `đại biểu. Số đại biểu có mặt ${general.met ? 'đủ' : 'chưa đủ'} điều kiện để Đại hội ` +
    `tiến hành (${ruleText}: ít nhất ${two(general.required)} đại biểu)./.`
  )
}

function substitutesTable(s: AttendanceState): TableOptions | null {
  const rows = [...s.substituteOf]
    .map(([subId, replacedId]) => [s.byId.get(subId), s.byId.get(replacedId)] as const)
    .filter(([sub]) => sub && s.current.get(sub.id)?.action === 'in')
    .map(([sub, replaced], i) => ({
      cells: [String(i + 1), sub!.fullName, replaced?.fullName ?? '', replaced?.unit ?? sub!.unit]
    }))
  if (rows.length === 0) return null
  return {
    columns: [
      { header: 'STT', widthMm: 12, align: 'center' },
      { header: 'Người dự thay', widthMm: 50 },
      { header: 'Dự thay đồng chí', widthMm: 50 },
      { header: 'Đơn vị', widthMm: 53 }
    ],
    rows,
    sizePt: 12
  }
}

function absenteesTable(absentees: readonly Delegate[], s: AttendanceState): TableOptions {
  return {
    columns: [
      { header: 'STT', widthMm: 12, align: 'center' },
      { header: 'Họ và tên', widthMm: 50 },
      { header: 'Chức vụ, đơn vị', widthMm: 68 },
      { header: 'Lý do', widthMm: 35 }
    ],
    rows: absentees.map((d, i) => {
      const absence = s.absence.get(d.id)
      const reason = absence
        ? `${reasonText[absence.reason]}${absence.note ? ` (${absence.note})` : ''}`
        : ''
      return {
        cells: [String(i + 1), d.fullName, [d.position, d.unit].filter(Boolean).join(', '), reason]
      }
    }),
    sizePt: 12
  }
}

/**
 * Báo cáo thẩm tra tư cách đại biểu: the figures, the composition of those present (the
 * composition report's tables), the substitutes, the conclusion and, on its own page, the list
 * of absentees.
 */
export async function renderCredentialsReport(
  data: DatabaseData,
  ctx: AppContext,
  eventId: string,
  options: CredentialsReportOptions = {}
): Promise<FileOut> {
  const event = data.events.find((e) => e.id === eventId)!
  const s = attendanceState(data, eventId)
  const f = attendanceFigures(s)
  const index = delegateIndex(data, eventId)
  const present = s.delegates.filter((d) => isSummoned(s, d) && presence(s, d))
  const absentees = delegatesInNameOrder(data, eventId).filter(
    (d) => isSummoned(s, d) && !presence(s, d)
  )
  const d = createOfficialDocument({
    organisation: data.organisation,
    fonts: loadBundledFonts(ctx.resourcesDir),
    orientation: 'portrait',
    creationDate: ctx.clock.now(),
    title: `Báo cáo thẩm tra tư cách đại biểu - ${event.title}`
  })
  const today = ctx.clock.now().toISOString().slice(0, 10)
  d.header({ place: data.organisation.placeName, date: event.date ?? today })
  d.title(['BÁO CÁO', 'THẨM TRA TƯ CÁCH ĐẠI BIỂU'], { subtitle: event.title })
  for (const line of figureLines(f)) d.paragraph(line)
  d.paragraph('I. CƠ CẤU ĐẠI BIỂU CÓ MẶT', { bold: true, indentFirstMm: 0 })
  const members = present.map((p) => ({ id: p.id, delegateId: p.id, fields: index.snapshot(p) }))
  const tables = compositionTables(members, { total: null, minimums: [] }, event.date)
  d.paragraph(tables.summary, { bold: true })
  d.table(tables.sections)
  const subs = substitutesTable(s)
  d.paragraph(`II. ĐẠI BIỂU DỰ THAY${subs ? '' : ': không có.'}`, { bold: true, indentFirstMm: 0 })
  if (subs) d.table(subs)
  d.paragraph('III. KẾT LUẬN', { bold: true, indentFirstMm: 0 })
  const signer = {
    signer: {
      name: options.chairName ?? '',
      title: 'Trưởng ban',
      collective: 'Ban Thẩm tra tư cách đại biểu'
    }
  }
  d.keepTogether(d.paragraphHeight(conclusionLine(s, f)) + d.signerBlockHeight(signer))
  d.paragraph(conclusionLine(s, f))
  d.signerBlock(signer)
  d.pageBreak()
  d.title(['DANH SÁCH ĐẠI BIỂU VẮNG MẶT'], { subtitle: event.title })
  if (absentees.length > 0) d.table(absenteesTable(absentees, s))
  d.paragraph(`Danh sách có ${two(absentees.length)} đại biểu vắng mặt./.`, {
    italic: true,
    indentFirstMm: 0
  })
  return {
    fileName: 'Bao cao tham tra tu cach dai bieu.pdf',
    contentType: 'application/pdf',
    contentBase64: (await d.finish()).toString('base64')
  }
}
