import type { MemberFields, Quota, RosterMember } from '@shared/rosters/entities'
import {
  compositionReport,
  compositionSectionLabels,
  quotaCriterionLabels
} from '@shared/rosters/composition'
import { birthYearOf } from '@shared/rosters/member-traits'
import {
  defaultRosterColumns,
  type RosterColumnKey,
  type RosterPrintOrder
} from '@shared/rosters/records'
import { sortByVietnameseName } from '@shared/text'
import type { TableColumn, TableOptions, TableRow } from '../pdf/official-document'
import { shortVietnameseDate } from '@shared/dates/vietnamese-date'

/*
 * What goes into the roster documents' tables, as plain data: the painter (roster-pdf.ts) only
 * hands it to the Decree 30 kit, and tests look at it directly.
 */

interface ColumnSpec {
  header: string
  widthMm: number
  align?: TableColumn['align']
  cell: (m: MemberFields) => string
}

const tick = (b: boolean) => (b ? 'x' : '')
const isoToDmy = (iso: string | null) => (iso ? shortVietnameseDate(iso) : '')

export const rosterColumnSpecs: Record<Exclude<RosterColumnKey, 'stt'>, ColumnSpec> = {
  fullName: { header: 'Họ và tên', widthMm: 40, cell: (m) => m.fullName },
  birthYearMale: {
    header: 'Nam',
    widthMm: 12,
    align: 'center',
    cell: (m) => (m.gender === 'female' ? '' : String(birthYearOf(m) ?? ''))
  },
  birthYearFemale: {
    header: 'Nữ',
    widthMm: 12,
    align: 'center',
    cell: (m) => (m.gender === 'female' ? String(birthYearOf(m) ?? '') : '')
  },
  ethnicity: { header: 'Dân tộc', widthMm: 15, align: 'center', cell: (m) => m.ethnicity },
  religion: { header: 'Tôn giáo', widthMm: 16, align: 'center', cell: (m) => m.religion },
  position: { header: 'Chức vụ, nghề nghiệp', widthMm: 40, cell: (m) => m.position },
  unit: { header: 'Đơn vị, nơi cư trú', widthMm: 36, cell: (m) => m.unit },
  professionalLevel: {
    header: 'Trình độ chuyên môn',
    widthMm: 21,
    align: 'center',
    cell: (m) => m.professionalLevel
  },
  politicalTheoryLevel: {
    header: 'Lý luận chính trị',
    widthMm: 18,
    align: 'center',
    cell: (m) => m.politicalTheoryLevel
  },
  partyMember: {
    header: 'Đảng viên',
    widthMm: 20,
    align: 'center',
    cell: (m) => (m.partyMember ? isoToDmy(m.partyJoinDate) || 'x' : '')
  },
  category: { header: 'Đối tượng', widthMm: 28, cell: (m) => m.category },
  directlyWorking: {
    header: 'Trực tiếp LĐSX',
    widthMm: 17,
    align: 'center',
    cell: (m) => tick(m.directlyWorking)
  },
  phone: { header: 'Điện thoại', widthMm: 24, align: 'center', cell: (m) => m.phone },
  notes: { header: 'Ghi chú', widthMm: 17, cell: (m) => m.notes }
}

/** Members in print order: Vietnamese name order (given name first) or as in the roster. */
export function printOrder(members: readonly RosterMember[], order: RosterPrintOrder) {
  return order === 'roster'
    ? members.slice()
    : sortByVietnameseName(members, (m) => ({
        fullName: m.fields.fullName,
        split:
          m.fields.familyAndMiddleOverride !== null && m.fields.givenNameOverride !== null
            ? {
                familyAndMiddle: m.fields.familyAndMiddleOverride,
                given: m.fields.givenNameOverride
              }
            : undefined
      }))
}

/** "37,5", "7,0", "100,0" — Vietnamese decimal comma, always one decimal. */
export const formatPercent = (n: number) => (Math.round(n * 10) / 10).toFixed(1).replace('.', ',')

/** The closing lines of a delegate list: total (men | women), then the usual shares. */
export function aggregateLines(
  members: readonly RosterMember[],
  quota: Quota,
  eventDate: string | null
) {
  const report = compositionReport(members, quota, eventDate)
  const share = (criterion: keyof typeof quotaCriterionLabels) => {
    const s = report.shares.find((x) => x.criterion === criterion)!
    return `${quotaCriterionLabels[criterion]}: ${s.count} (${formatPercent(s.percent)}%)`
  }
  const gender = report.sections.find((s) => s.key === 'gender')!.rows
  const count = (key: string) => gender.find((r) => r.key === key)?.count ?? 0
  return {
    total: report.total,
    male: count('male'),
    female: count('female'),
    lines: [
      share('women'),
      share('ethnicMinority'),
      share('partyMember'),
      share('directlyWorking'),
      share('under35'),
      share('religious')
    ]
  }
}

/** The "danh sách trích ngang" table: chosen columns in the chosen order, Nam | Nữ under Năm sinh. */
export function delegateListTable(
  members: readonly RosterMember[],
  quota: Quota,
  eventDate: string | null,
  columnKeys: readonly RosterColumnKey[] = defaultRosterColumns
): TableOptions {
  const keys = [...new Set(columnKeys)]
  const columns: TableColumn[] = keys.map((key) =>
    key === 'stt'
      ? { header: 'STT', widthMm: 10, align: 'center' }
      : {
          header: rosterColumnSpecs[key].header,
          widthMm: rosterColumnSpecs[key].widthMm,
          align: rosterColumnSpecs[key].align
        }
  )
  const male = keys.indexOf('birthYearMale')
  const female = keys.indexOf('birthYearFemale')
  let headerRows: TableOptions['headerRows']
  if (male >= 0 && female === male + 1) {
    const top: { header: string; span: number }[] = []
    columns.forEach((c, i) => {
      if (i === male) top.push({ header: 'Năm sinh', span: 2 })
      else if (i !== female) {
        top.push({ header: c.header, span: 1 })
        c.header = ''
      }
    })
    headerRows = [top]
  } else {
    if (male >= 0) (columns[male] as TableColumn).header = 'Năm sinh (Nam)'
    if (female >= 0) (columns[female] as TableColumn).header = 'Năm sinh (Nữ)'
  }
  const rows: TableRow[] = members.map((m, i) => ({
    cells: keys.map((key) =>
      key === 'stt' ? String(i + 1) : rosterColumnSpecs[key].cell(m.fields)
    )
  }))
  const aggregate = aggregateLines(members, quota, eventDate)
  const totalCells = keys.map((key) => {
    if (key === 'fullName') return `Tổng cộng: ${aggregate.total}`
    if (key === 'birthYearMale') return String(aggregate.male)
    if (key === 'birthYearFemale') return String(aggregate.female)
    return ''
  })
  if (!keys.includes('fullName')) totalCells[0] = `Tổng cộng: ${aggregate.total}`
  rows.push({ cells: totalCells, bold: true })
  rows.push({ group: `Trong đó: ${aggregate.lines.join('; ')}.` })
  return { columns, headerRows, rows, sizePt: 10 }
}

/** The attendance sheet: one row per member with room for a signature. */
export function attendanceTable(members: readonly RosterMember[]): TableOptions {
  return {
    columns: [
      { header: 'STT', widthMm: 12, align: 'center' },
      { header: 'Họ và tên', widthMm: 48 },
      { header: 'Chức vụ, đơn vị', widthMm: 52 },
      { header: 'Ký tên', widthMm: 30, align: 'center' },
      // Wide enough for "Ghi chú" on one line in 12 pt bold.
      { header: 'Ghi chú', widthMm: 23 }
    ],
    rows: members.map((m, i) => ({
      cells: [
        String(i + 1),
        m.fields.fullName,
        [m.fields.position, m.fields.unit].filter((s) => s !== '').join(', '),
        // Two blank lines of height for the signature.
        '\n\n',
        ''
      ]
    })),
    sizePt: 12
  }
}

/** The composition report's tables: every section with counts and percentages, then the quota. */
export function compositionTables(
  members: readonly RosterMember[],
  quota: Quota,
  eventDate: string | null
): { summary: string; sections: TableOptions; quota: TableOptions | null } {
  const report = compositionReport(members, quota, eventDate)
  const roman = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X']
  const rows: TableRow[] = []
  report.sections.forEach((section, i) => {
    rows.push({ group: `${roman[i]}. ${compositionSectionLabels[section.key].toUpperCase()}` })
    section.rows.forEach((row, j) =>
      rows.push({
        cells: [String(j + 1), row.label, String(row.count), formatPercent(row.percent)]
      })
    )
  })
  const check = report.quotaCheck
  const quotaRows: TableRow[] = []
  if (check.total !== null)
    quotaRows.push({
      cells: [
        'Tổng số',
        String(check.total),
        String(check.count),
        check.totalOk ? 'Đạt' : 'Chưa đạt'
      ]
    })
  for (const share of check.shares)
    quotaRows.push({
      cells: [
        quotaCriterionLabels[share.criterion],
        `≥ ${share.required}`,
        `${share.count} (${formatPercent(share.percent)}%)`,
        share.ok ? 'Đạt' : 'Chưa đạt'
      ]
    })
  return {
    summary: `Tổng số: ${report.total} đại biểu.`,
    sections: {
      columns: [
        { header: 'STT', widthMm: 12, align: 'center' },
        { header: 'Cơ cấu', widthMm: 95 },
        { header: 'Số lượng', widthMm: 25, align: 'center' },
        { header: 'Tỷ lệ (%)', widthMm: 25, align: 'center' }
      ],
      rows,
      sizePt: 12
    },
    quota:
      quotaRows.length === 0
        ? null
        : {
            columns: [
              { header: 'Tiêu chí', widthMm: 62 },
              { header: 'Yêu cầu', widthMm: 30, align: 'center' },
              { header: 'Thực tế', widthMm: 35, align: 'center' },
              { header: 'Đánh giá', widthMm: 30, align: 'center' }
            ],
            rows: quotaRows,
            sizePt: 12
          }
  }
}
