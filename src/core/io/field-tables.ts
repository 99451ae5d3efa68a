import type { ColumnTarget, ImportKind } from '@shared/import/records'
import { searchKey } from '@shared/text'

/** A header's comparison key: no diacritics, lower case, punctuation as spaces. */
export function headerKey(label: string): string {
  return searchKey(label)
    .replace(/[/,;.:()\-–—_*"'’\n\\[\]]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

/** Header synonyms per column target, written as offices write them (any diacritics). */
const delegateSynonyms: Partial<Record<ColumnTarget, string[]>> = {
  rowNumber: ['STT', 'TT', 'Số TT', 'Số thứ tự', 'No', 'No.'],
  fullName: [
    'Họ và tên',
    'Họ tên',
    'Họ và tên đại biểu',
    'Họ tên đại biểu',
    'Tên đại biểu',
    'Full name',
    'Name'
  ],
  familyAndMiddle: ['Họ và đệm', 'Họ đệm', 'Họ và tên đệm', 'Họ', 'Family and middle names'],
  givenName: ['Tên', 'Given name'],
  gender: ['Giới tính', 'Giới', 'Nam/Nữ', 'Gender', 'Sex'],
  birthYear: ['Năm sinh', 'Sinh năm', 'Birth year', 'Year of birth'],
  birthYearMale: ['Năm sinh Nam', 'Birth year male'],
  birthYearFemale: ['Năm sinh Nữ', 'Birth year female'],
  birthDate: ['Ngày sinh', 'Ngày tháng năm sinh', 'Ngày, tháng, năm sinh', 'Date of birth'],
  ethnicity: ['Dân tộc', 'Ethnicity'],
  religion: ['Tôn giáo', 'Religion'],
  position: [
    'Chức vụ',
    'Chức vụ, nghề nghiệp',
    'Chức vụ/nghề nghiệp',
    'Nghề nghiệp',
    'Chức danh',
    'Chức vụ, chức danh',
    'Position'
  ],
  unit: [
    'Đơn vị',
    'Đơn vị công tác',
    'Nơi công tác',
    'Đơn vị/nơi cư trú',
    'Đơn vị, nơi cư trú',
    'Nơi cư trú',
    'Nơi ở',
    'Địa chỉ',
    'Unit'
  ],
  professionalLevel: ['Trình độ chuyên môn', 'Chuyên môn', 'Trình độ CM', 'Professional level'],
  politicalTheoryLevel: [
    'Lý luận chính trị',
    'Trình độ lý luận chính trị',
    'LLCT',
    'Trình độ LLCT',
    'Political theory'
  ],
  partyMember: ['Đảng viên', 'Là đảng viên', 'ĐV', 'Party member'],
  partyJoinDate: ['Ngày vào Đảng', 'Ngày vào Đảng CSVN', 'Party join date'],
  memberships: ['Đoàn thể', 'Tổ chức đoàn thể', 'Hội viên', 'Memberships'],
  category: ['Thành phần', 'Đối tượng', 'Loại đại biểu', 'Nhóm', 'Category'],
  seat: ['Ghế', 'Số ghế', 'Ghế ngồi', 'Chỗ ngồi', 'Vị trí ngồi', 'Seat'],
  phone: ['Số điện thoại', 'Điện thoại', 'SĐT', 'ĐT', 'Phone'],
  notes: ['Ghi chú', 'Notes', 'Note']
}

const honoreeSynonyms: Partial<Record<ColumnTarget, string[]>> = {
  rowNumber: delegateSynonyms.rowNumber ?? [],
  kind: ['Loại', 'Phân loại', 'Loại đối tượng', 'Tập thể/Cá nhân', 'Kind'],
  name: [
    'Tên tập thể / Họ và tên',
    'Tên tập thể, cá nhân',
    'Tên tập thể/cá nhân',
    'Tập thể, cá nhân',
    'Tên tập thể',
    'Tên đơn vị',
    'Họ và tên',
    'Họ tên',
    'Tên',
    'Name'
  ],
  gender: delegateSynonyms.gender ?? [],
  birthYear: delegateSynonyms.birthYear ?? [],
  birthYearMale: delegateSynonyms.birthYearMale ?? [],
  birthYearFemale: delegateSynonyms.birthYearFemale ?? [],
  posthumous: ['Truy tặng', 'Posthumous'],
  positionLine: [
    'Chức vụ, đơn vị / Địa chỉ',
    'Chức vụ, đơn vị',
    'Chức vụ, đơn vị công tác',
    'Chức vụ/Địa chỉ',
    'Chức vụ',
    'Đơn vị',
    'Địa chỉ',
    'Nơi công tác',
    'Position / address'
  ],
  achievement: ['Thành tích', 'Thành tích đạt được', 'Nội dung khen', 'Lý do khen', 'Achievement'],
  notes: delegateSynonyms.notes ?? []
}

const unitSynonyms: Partial<Record<ColumnTarget, string[]>> = {
  rowNumber: delegateSynonyms.rowNumber ?? [],
  name: [
    'Tên đơn vị',
    'Đơn vị',
    'Tên cơ quan, đơn vị',
    'Cơ quan, đơn vị',
    'Tên tổ dân phố',
    'Tổ dân phố',
    'Tên',
    'Unit'
  ],
  unitKind: ['Loại', 'Loại đơn vị', 'Phân loại', 'Khối', 'Kind'],
  head: [
    'Người đứng đầu',
    'Họ và tên người đứng đầu',
    'Tổ trưởng',
    'Họ và tên tổ trưởng',
    'Họ tên tổ trưởng',
    'Thủ trưởng đơn vị',
    'Trưởng đơn vị',
    'Head'
  ],
  headPosition: ['Chức vụ', 'Chức vụ người đứng đầu', "Head's position"],
  households: ['Số hộ', 'Tổng số hộ', 'Số hộ gia đình', 'Households'],
  notes: delegateSynonyms.notes ?? []
}

const householdSynonyms: Partial<Record<ColumnTarget, string[]>> = {
  rowNumber: delegateSynonyms.rowNumber ?? [],
  householdHead: [
    'Chủ hộ',
    'Họ tên chủ hộ',
    'Họ và tên chủ hộ',
    'Tên chủ hộ',
    'Họ và tên',
    'Họ tên',
    'Household head'
  ],
  residentialGroup: ['Tổ dân phố', 'Tổ', 'TDP', 'Thuộc tổ', 'Tổ dân phố số', 'Residential group'],
  address: ['Địa chỉ', 'Số nhà', 'Địa chỉ hộ', 'Address'],
  titled: [
    'Gia đình văn hóa',
    'GĐVH',
    'Đạt gia đình văn hóa',
    'Đạt GĐVH',
    'Danh hiệu',
    'Kết quả',
    'Cultural Family'
  ],
  notes: delegateSynonyms.notes ?? []
}

const registrationSynonyms: Partial<Record<ColumnTarget, string[]>> = {
  rowNumber: delegateSynonyms.rowNumber ?? [],
  unit: ['Đơn vị', 'Tên đơn vị', 'Cơ quan, đơn vị', 'Tập thể', 'Tổ dân phố', 'Tổ', 'TDP', 'Unit'],
  personName: ['Họ và tên', 'Họ tên', 'Cá nhân', 'Họ và tên cá nhân', 'Người đăng ký', 'Person'],
  title: [
    'Danh hiệu',
    'Danh hiệu đăng ký',
    'Danh hiệu thi đua',
    'Đăng ký danh hiệu',
    'Danh hiệu đăng ký thi đua',
    'Title'
  ],
  result: ['Kết quả', 'Kết quả cuối năm', 'Kết quả đánh giá', 'Đánh giá', 'Result'],
  reason: ['Lý do', 'Lý do không đạt', 'Ghi chú kết quả', 'Reason'],
  notes: delegateSynonyms.notes ?? []
}

interface Synonym {
  target: ColumnTarget
  key: string
}

const compile = (table: Partial<Record<ColumnTarget, string[]>>): Synonym[] =>
  Object.entries(table).flatMap(([target, labels]) =>
    (labels ?? []).map((label) => ({ target: target as ColumnTarget, key: headerKey(label) }))
  )

const synonyms: Record<ImportKind, Synonym[]> = {
  delegates: compile(delegateSynonyms),
  honorees: compile(honoreeSynonyms),
  units: compile(unitSynonyms),
  households: compile(householdSynonyms),
  registrations: compile(registrationSynonyms)
}

/**
 * How well a header matches a target: 3 exact, 2 the header starts with a multi-word synonym
 * ("Họ và tên đại biểu (ghi đầy đủ)"), 0 none. Returns the best target.
 */
export function matchHeader(
  kind: ImportKind,
  key: string
): { target: ColumnTarget; score: number } | null {
  if (key === '') return null
  let best: { target: ColumnTarget; score: number; length: number } | null = null
  for (const s of synonyms[kind]) {
    let score = 0
    if (key === s.key) score = 3
    else if (s.key.includes(' ') && key.startsWith(`${s.key} `)) score = 2
    if (
      score > 0 &&
      (!best || score > best.score || (score === best.score && s.key.length > best.length))
    ) {
      best = { target: s.target, score, length: s.key.length }
    }
  }
  return best ? { target: best.target, score: best.score } : null
}
