/*
 * Spreadsheet import: kinds, fields and problem texts, free of zod so the renderer can use them
 * at run time (see entities.ts for the schemas).
 */

export const importKinds = [
  'delegates',
  'honorees',
  'units',
  'households',
  'registrations'
] as const
export type ImportKind = (typeof importKinds)[number]

/** Kinds kept by the organisation rather than by an event (the movement's units and households). */
export const organisationImportKinds: readonly ImportKind[] = [
  'units',
  'households',
  'registrations'
]

/** The canonical, editable values of a delegate row (all strings; see the value formats). */
export const delegateImportFields = [
  'fullName',
  'familyAndMiddle',
  'givenName',
  'gender',
  'birthYear',
  'birthDate',
  'ethnicity',
  'religion',
  'position',
  'unit',
  'professionalLevel',
  'politicalTheoryLevel',
  'partyMember',
  'partyJoinDate',
  'memberships',
  'category',
  'seat',
  'phone',
  'notes'
] as const

export const honoreeImportFields = [
  'kind',
  'name',
  'gender',
  'posthumous',
  'positionLine',
  'achievement',
  'notes'
] as const

/** A unit of the ward: kind `agency` / `school` / `association` / `residential-group` / `other`. */
export const unitImportFields = [
  'name',
  'unitKind',
  'head',
  'headPosition',
  'households',
  'notes'
] as const

/** One household of a residential group's list; `titled` = "Gia đình văn hóa" that year. */
export const householdImportFields = [
  'householdHead',
  'residentialGroup',
  'address',
  'titled',
  'notes'
] as const

/**
 * One registration of a group's list: the unit, the person (individual titles), the title as the
 * user's list names it, the year-end result `pending` / `achieved` / `not-achieved` and its reason.
 */
export const registrationImportFields = [
  'unit',
  'personName',
  'title',
  'result',
  'reason',
  'notes'
] as const

export type DelegateImportField = (typeof delegateImportFields)[number]
export type HonoreeImportField = (typeof honoreeImportFields)[number]
export type UnitImportField = (typeof unitImportFields)[number]
export type HouseholdImportField = (typeof householdImportFields)[number]
export type RegistrationImportField = (typeof registrationImportFields)[number]
export type ImportField =
  | DelegateImportField
  | HonoreeImportField
  | UnitImportField
  | HouseholdImportField
  | RegistrationImportField

export const importFieldsByKind: Record<ImportKind, readonly ImportField[]> = {
  delegates: delegateImportFields,
  honorees: honoreeImportFields,
  units: unitImportFields,
  households: householdImportFields,
  registrations: registrationImportFields
}

/** The field a row cannot do without, per kind. */
export const nameFieldOf: Record<ImportKind, ImportField> = {
  delegates: 'fullName',
  honorees: 'name',
  units: 'name',
  households: 'householdHead',
  registrations: 'title'
}

/**
 * Column targets a header can map to: the fields plus the helper columns that are folded into
 * them while reading (row number, the two year columns under "Năm sinh", family/given parts).
 */
export const columnTargets = {
  delegates: ['rowNumber', ...delegateImportFields, 'birthYearMale', 'birthYearFemale'] as const,
  honorees: [
    'rowNumber',
    ...honoreeImportFields,
    'birthYearMale',
    'birthYearFemale',
    'birthYear'
  ] as const,
  units: ['rowNumber', ...unitImportFields] as const,
  households: ['rowNumber', ...householdImportFields] as const,
  registrations: ['rowNumber', ...registrationImportFields] as const
}
export type ColumnTarget = (typeof columnTargets)[ImportKind][number]

/**
 * Value formats in rows: dates ISO `YYYY-MM-DD`; gender `male` / `female` / empty; booleans
 * `true` / `false`; honoree kind `collective` / `individual` / `household`; unit kind as in
 * `unitKinds`; households a whole number; the rest as text.
 */
export const importValueFormats: Partial<
  Record<ColumnTarget, 'date' | 'gender' | 'boolean' | 'year' | 'kind'>
> = {
  birthDate: 'date',
  partyJoinDate: 'date',
  gender: 'gender',
  partyMember: 'boolean',
  posthumous: 'boolean',
  titled: 'boolean',
  birthYear: 'year',
  kind: 'kind'
}

export const importProblemCodes = [
  'MISSING_NAME',
  'MISSING_KIND',
  'INVALID_YEAR',
  'BORN_AFTER_TODAY',
  'JOINED_AFTER_TODAY',
  'INVALID_DATE',
  'AMBIGUOUS_DATE',
  'YEAR_IN_BOTH_GENDER_COLUMNS',
  'GENDER_CONFLICT',
  'INVALID_GENDER',
  'MISSING_GENDER',
  'INVALID_BOOLEAN',
  'INVALID_KIND',
  'TOO_LONG',
  'PHONE_LEADING_ZERO_RESTORED',
  'PHONE_SUSPECT',
  'DUPLICATE_IN_FILE',
  'DUPLICATE_IN_EVENT',
  'SUSPECT_CHARACTER',
  'LEGACY_ENCODING_CONVERTED',
  'HIDDEN_ROW',
  'FORMULA_WITHOUT_VALUE',
  'CELL_ERROR',
  'UNKNOWN_CATEGORY',
  'INVALID_UNIT_KIND',
  'INVALID_NUMBER',
  'UNKNOWN_UNIT',
  'UNIT_UPDATED',
  'UNKNOWN_TITLE',
  'INVALID_RESULT',
  'MISSING_PERSON',
  'NO_HEADER',
  'NO_NAME_COLUMN',
  'HIDDEN_SHEET_IGNORED',
  'OTHER_SHEETS_IGNORED'
] as const
export type ImportProblemCode = (typeof importProblemCodes)[number]

/** Problem texts; `{name}` placeholders are filled from the problem's params. */
export const importProblemTexts: Record<ImportProblemCode, { vi: string; en: string }> = {
  MISSING_NAME: { vi: 'Thiếu họ tên', en: 'The name is missing' },
  MISSING_KIND: {
    vi: 'Không rõ là tập thể, cá nhân hay hộ gia đình',
    en: 'Not known whether a collective, an individual or a household'
  },
  INVALID_YEAR: { vi: 'Năm sinh không hợp lệ: "{value}"', en: 'Invalid birth year: "{value}"' },
  BORN_AFTER_TODAY: {
    vi: 'Năm/ngày sinh sau hôm nay ({today}): "{value}"',
    en: 'Born after today ({today}): "{value}"'
  },
  JOINED_AFTER_TODAY: {
    vi: 'Ngày vào Đảng sau hôm nay ({today}): "{value}"',
    en: 'Joined the Party after today ({today}): "{value}"'
  },
  INVALID_DATE: { vi: 'Ngày không hợp lệ: "{value}"', en: 'Invalid date: "{value}"' },
  AMBIGUOUS_DATE: {
    vi: 'Ngày "{value}" có thể hiểu hai cách; đã hiểu là {date} (ngày/tháng/năm)',
    en: 'The date "{value}" can be read two ways; read as {date} (day/month/year)'
  },
  YEAR_IN_BOTH_GENDER_COLUMNS: {
    vi: 'Năm sinh có ở cả cột Nam và cột Nữ',
    en: 'A birth year in both the Nam (male) and Nữ (female) columns'
  },
  GENDER_CONFLICT: {
    vi: 'Cột giới tính ("{value}") không khớp với cột năm sinh Nam/Nữ',
    en: 'The gender column ("{value}") disagrees with the Nam/Nữ year columns'
  },
  INVALID_GENDER: { vi: 'Giới tính không rõ: "{value}"', en: 'Unclear gender: "{value}"' },
  MISSING_GENDER: {
    vi: 'Chưa rõ giới tính (cần để ghi Ông/Bà)',
    en: 'No gender given (needed for Ông/Bà)'
  },
  INVALID_BOOLEAN: {
    vi: 'Không hiểu giá trị có/không: "{value}"',
    en: 'Not a yes/no value: "{value}"'
  },
  INVALID_KIND: { vi: 'Loại không rõ: "{value}"', en: 'Unknown kind: "{value}"' },
  TOO_LONG: { vi: 'Quá dài (tối đa {max} ký tự)', en: 'Too long (at most {max} characters)' },
  PHONE_LEADING_ZERO_RESTORED: {
    vi: 'Số điện thoại mất số 0 đầu (ô dạng số); đã thêm lại: {value}',
    en: 'The phone number lost its leading 0 (a number cell); restored: {value}'
  },
  PHONE_SUSPECT: { vi: 'Số điện thoại lạ: "{value}"', en: 'Unusual phone number: "{value}"' },
  DUPLICATE_IN_FILE: {
    vi: 'Trùng tên với dòng {otherRow} trong tệp',
    en: 'Same name as row {otherRow} of the file'
  },
  DUPLICATE_IN_EVENT: {
    vi: 'Đã có người trùng tên trong sự kiện: {value}',
    en: 'The event already has someone with this name: {value}'
  },
  SUSPECT_CHARACTER: {
    vi: 'Ký tự đáng ngờ {value} (sai bảng mã?)',
    en: 'Suspicious character {value} (wrong code page?)'
  },
  LEGACY_ENCODING_CONVERTED: {
    vi: 'Đã chuyển từ bảng mã {value} sang Unicode',
    en: 'Converted from the {value} encoding to Unicode'
  },
  HIDDEN_ROW: {
    vi: 'Dòng bị ẩn trong bảng tính; mặc định không nhập',
    en: 'The row is hidden in the spreadsheet; not imported unless you include it'
  },
  FORMULA_WITHOUT_VALUE: {
    vi: 'Ô công thức không có giá trị đã tính; hãy mở và lưu lại tệp bằng Excel',
    en: 'A formula cell without a computed value; open and save the file in Excel'
  },
  CELL_ERROR: { vi: 'Ô có lỗi {value}', en: 'The cell holds the error {value}' },
  UNKNOWN_CATEGORY: {
    vi: 'Chưa có nhóm đại biểu "{value}" (các nhóm hiện có: {known}); sẽ để trống',
    en: 'No delegate category "{value}" (the categories are: {known}); it will be left empty'
  },
  INVALID_UNIT_KIND: {
    vi: 'Loại đơn vị không rõ: "{value}" (cơ quan, trường học, đoàn thể, tổ dân phố, khác)',
    en: 'Unknown unit kind: "{value}" (agency, school, association, residential group, other)'
  },
  INVALID_NUMBER: {
    vi: 'Không phải số nguyên không âm: "{value}"',
    en: 'Not a whole number of zero or more: "{value}"'
  },
  UNKNOWN_UNIT: {
    vi: 'Chưa có tổ dân phố "{value}" trong danh sách đơn vị; hãy nhập danh sách đơn vị trước',
    en: 'No residential group "{value}" among the units; import the units first'
  },
  UNIT_UPDATED: {
    vi: 'Đã có đơn vị "{value}"; sẽ cập nhật người đứng đầu và số hộ',
    en: 'The unit "{value}" exists; its head and households will be updated'
  },
  UNKNOWN_TITLE: {
    vi: 'Danh hiệu "{value}" không có trong danh sách danh hiệu; hãy thêm danh hiệu hoặc sửa tên',
    en: 'The title "{value}" is not in the list of titles; add the title or correct the name'
  },
  INVALID_RESULT: {
    vi: 'Kết quả không rõ: "{value}" (ghi Đạt, Không đạt hoặc để trống)',
    en: 'Unclear result: "{value}" (write Đạt, Không đạt or leave it empty)'
  },
  MISSING_PERSON: {
    vi: 'Danh hiệu cá nhân "{value}" cần họ và tên người đăng ký',
    en: 'The individual title "{value}" needs the name of the person registering'
  },
  NO_HEADER: {
    vi: 'Không tìm thấy dòng tiêu đề cột (Họ và tên, Năm sinh…)',
    en: 'No header row found (Họ và tên, Năm sinh…)'
  },
  NO_NAME_COLUMN: {
    vi: 'Chưa chọn cột họ tên; hãy chọn trong phần ghép cột',
    en: 'No column is mapped to the name; choose one in the column mapping'
  },
  HIDDEN_SHEET_IGNORED: { vi: 'Bỏ qua trang ẩn "{value}"', en: 'Hidden sheet "{value}" ignored' },
  OTHER_SHEETS_IGNORED: {
    vi: 'Chỉ đọc trang "{sheet}"; bỏ qua: {value}',
    en: 'Only the sheet "{sheet}" is read; ignored: {value}'
  }
}

export function describeImportProblem(
  problem: { code: ImportProblemCode; params: Record<string, string> },
  language: 'vi' | 'en'
): string {
  const template = importProblemTexts[problem.code][language]
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => problem.params[key] ?? whole)
}

/** Column labels for the mapping selectors and exports. */
export const columnTargetLabels: Record<ColumnTarget, { vi: string; en: string }> = {
  rowNumber: { vi: 'STT', en: 'No.' },
  fullName: { vi: 'Họ và tên', en: 'Full name' },
  familyAndMiddle: { vi: 'Họ và đệm', en: 'Family and middle names' },
  givenName: { vi: 'Tên', en: 'Given name' },
  gender: { vi: 'Giới tính', en: 'Gender' },
  birthYear: { vi: 'Năm sinh', en: 'Birth year' },
  birthYearMale: { vi: 'Năm sinh – Nam', en: 'Birth year – male' },
  birthYearFemale: { vi: 'Năm sinh – Nữ', en: 'Birth year – female' },
  birthDate: { vi: 'Ngày sinh', en: 'Date of birth' },
  ethnicity: { vi: 'Dân tộc', en: 'Ethnicity' },
  religion: { vi: 'Tôn giáo', en: 'Religion' },
  position: { vi: 'Chức vụ', en: 'Position' },
  unit: { vi: 'Đơn vị', en: 'Unit' },
  professionalLevel: { vi: 'Trình độ chuyên môn', en: 'Professional level' },
  politicalTheoryLevel: { vi: 'Lý luận chính trị', en: 'Political theory' },
  partyMember: { vi: 'Đảng viên', en: 'Party member' },
  partyJoinDate: { vi: 'Ngày vào Đảng', en: 'Party join date' },
  memberships: { vi: 'Đoàn thể', en: 'Memberships' },
  category: { vi: 'Thành phần', en: 'Category' },
  seat: { vi: 'Ghế', en: 'Seat' },
  phone: { vi: 'Số điện thoại', en: 'Phone' },
  notes: { vi: 'Ghi chú', en: 'Notes' },
  kind: { vi: 'Loại', en: 'Kind' },
  name: { vi: 'Tên tập thể / Họ và tên', en: 'Name' },
  posthumous: { vi: 'Truy tặng', en: 'Posthumous' },
  positionLine: { vi: 'Chức vụ, đơn vị / Địa chỉ', en: 'Position / address' },
  achievement: { vi: 'Thành tích', en: 'Achievement' },
  unitKind: { vi: 'Loại đơn vị', en: 'Unit kind' },
  head: { vi: 'Người đứng đầu', en: 'Head' },
  headPosition: { vi: 'Chức vụ người đứng đầu', en: "Head's position" },
  households: { vi: 'Số hộ', en: 'Households' },
  householdHead: { vi: 'Chủ hộ', en: 'Household head' },
  residentialGroup: { vi: 'Tổ dân phố', en: 'Residential group' },
  address: { vi: 'Địa chỉ', en: 'Address' },
  titled: { vi: 'Gia đình văn hóa', en: 'Cultural Family' },
  personName: { vi: 'Họ và tên (cá nhân)', en: 'Person (individual titles)' },
  title: { vi: 'Danh hiệu đăng ký', en: 'Title registered for' },
  result: { vi: 'Kết quả cuối năm', en: 'Year-end result' },
  reason: { vi: 'Lý do / ghi chú', en: 'Reason / note' }
}
