import type { Delegate, DelegateCategory } from '@shared/delegates/entities'
import type { Event, Organisation } from '@shared/entities'
import type { Honoree } from '@shared/honours/entities'
import { toUpperVietnamese } from '@shared/text'
import type { ExportTable, ExportValue } from '../io/export-table'

const issuingBody = (organisation: Organisation) =>
  organisation.headerLines.length > 0
    ? organisation.headerLines.join(' ')
    : toUpperVietnamese(organisation.authorityName)

/**
 * The delegate list as offices keep it: title rows, a two-row header with the birth year under
 * Nam | Nữ, then one row per delegate in delegate-number order. Every imported field has a
 * column, so the file imports back to the same delegates.
 */
export function delegatesTable(
  event: Event,
  organisation: Organisation,
  delegates: readonly Delegate[],
  categories: readonly DelegateCategory[]
): ExportTable {
  const categoryName = new Map(categories.map((c) => [c.id, c.name]))
  const rows = [...delegates].sort((a, b) => a.number - b.number)
  const cells = (d: Delegate, index: number): ExportValue[] => [
    index + 1,
    d.fullName,
    d.familyAndMiddleOverride ?? '',
    d.givenNameOverride ?? '',
    d.gender === 'male' ? (d.birthYear ?? null) : null,
    d.gender === 'female' ? (d.birthYear ?? null) : null,
    d.gender === 'male' ? 'Nam' : d.gender === 'female' ? 'Nữ' : '',
    d.birthYear !== null && d.gender === null ? d.birthYear : null,
    d.birthDate ? { date: d.birthDate } : null,
    d.ethnicity,
    d.religion,
    d.position,
    d.unit,
    d.professionalLevel,
    d.politicalTheoryLevel,
    d.partyMember ? 'x' : '',
    d.partyJoinDate ? { date: d.partyJoinDate } : null,
    d.memberships,
    d.categoryId ? (categoryName.get(d.categoryId) ?? '') : '',
    d.seat ?? '',
    d.phone,
    d.notes
  ]
  return {
    sheetName: 'Danh sách đại biểu',
    titleLines: [issuingBody(organisation), 'DANH SÁCH ĐẠI BIỂU', event.title].filter(Boolean),
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Họ và tên', width: 26 },
      { header: 'Họ và đệm', width: 16 },
      { header: 'Tên', width: 10 },
      { header: 'Nam', group: 'Năm sinh', width: 8 },
      { header: 'Nữ', group: 'Năm sinh', width: 8 },
      { header: 'Giới tính', width: 9 },
      { header: 'Năm sinh (chưa rõ giới tính)', width: 12 },
      { header: 'Ngày sinh', width: 12 },
      { header: 'Dân tộc', width: 10 },
      { header: 'Tôn giáo', width: 10 },
      { header: 'Chức vụ, nghề nghiệp', width: 28 },
      { header: 'Đơn vị / nơi cư trú', width: 28 },
      { header: 'Trình độ chuyên môn', width: 18 },
      { header: 'Lý luận chính trị', width: 14 },
      { header: 'Đảng viên', width: 9 },
      { header: 'Ngày vào Đảng', width: 12 },
      { header: 'Đoàn thể', width: 16 },
      { header: 'Thành phần', width: 16 },
      { header: 'Ghế', width: 8 },
      { header: 'Số điện thoại', width: 14 },
      { header: 'Ghi chú', width: 20 }
    ],
    rows: rows.map((d, i) => ({ cells: cells(d, i) }))
  }
}

const kindHeadings = {
  collective: 'I. TẬP THỂ',
  individual: 'II. CÁ NHÂN',
  household: 'III. HỘ GIA ĐÌNH'
} as const

/** Honorees grouped I. TẬP THỂ / II. CÁ NHÂN / III. HỘ GIA ĐÌNH, as in the attached list. */
export function honoreesTable(
  event: Event,
  organisation: Organisation,
  honorees: readonly Honoree[]
): ExportTable {
  const rows: ExportTable['rows'] = []
  for (const kind of ['collective', 'individual', 'household'] as const) {
    const group = honorees.filter((h) => h.kind === kind)
    if (group.length === 0) continue
    rows.push({ section: `${kindHeadings[kind]} (${String(group.length).padStart(2, '0')})` })
    group.forEach((h, i) =>
      rows.push({
        cells: [
          i + 1,
          { collective: 'Tập thể', individual: 'Cá nhân', household: 'Hộ gia đình' }[h.kind],
          h.name,
          h.gender === 'male' ? 'Nam' : h.gender === 'female' ? 'Nữ' : '',
          h.posthumous ? 'x' : '',
          h.positionLine,
          h.achievement ?? '',
          h.notes
        ]
      })
    )
  }
  return {
    sheetName: 'Danh sách khen thưởng',
    titleLines: [
      issuingBody(organisation),
      'DANH SÁCH TẬP THỂ, CÁ NHÂN, HỘ GIA ĐÌNH ĐƯỢC KHEN THƯỞNG',
      event.title
    ].filter(Boolean),
    columns: [
      { header: 'STT', width: 6 },
      { header: 'Loại', width: 12 },
      { header: 'Tên tập thể / Họ và tên', width: 30 },
      { header: 'Giới tính', width: 9 },
      { header: 'Truy tặng', width: 9 },
      { header: 'Chức vụ, đơn vị / Địa chỉ', width: 36 },
      { header: 'Thành tích', width: 36 },
      { header: 'Ghi chú', width: 20 }
    ],
    rows
  }
}
