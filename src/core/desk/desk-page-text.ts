/**
 * What the desk page on another computer says, in Vietnamese and English: the page has no access
 * to the app's i18n (it is served by the desk listener, not the renderer), so its words live here,
 * in the same vi/en shape; `{name}`-style placeholders are filled in by the page.
 */
export const deskTextVi = {
  htmlLang: 'vi',
  timeLocale: 'vi-VN',
  title: 'Dais — Bàn điểm danh',
  heading: 'Bàn điểm danh',
  language: 'Ngôn ngữ',
  pairCode: 'Mã ghép nối (6 chữ số, hiện trên máy chính)',
  pair: 'Ghép nối',
  pairFailed: 'Mã ghép nối không đúng, đã dùng hoặc đã hết hạn.',
  unpaired: 'Bàn này chưa ghép nối hoặc đã bị thu hồi.',
  offline: 'MẤT KẾT NỐI với máy chính — bàn này không điểm danh được. Đang thử lại…',
  deskRegion: 'Điểm danh',
  scan: 'Quét thẻ hoặc gõ tên (không cần dấu), rồi Enter',
  camera: 'Quét bằng camera',
  cameraHint:
    'Trang này không dùng được camera: trình duyệt chỉ cho mở camera trên trang https hoặc trên chính máy chạy Dais, còn bàn này mở qua mạng của hội trường (http). Hãy dùng máy quét USB (gõ mã rồi Enter) hoặc gõ tên; quét bằng camera có trên máy chính.',
  results: 'Kết quả tìm',
  searchLine: '{name} — {unit}',
  searchLineIn: '{name} — {unit} (đã có mặt)',
  checkInNamed: 'Điểm danh {name}',
  checkOutNamed: 'Ra về: {name}',
  substituteShort: 'Người đi thay…',
  substituteFor: 'Người đi thay cho {name}',
  substituteForUnit: 'Người đi thay cho {name} ({unit})',
  substituteButton: 'Người đi thay cho {name}…',
  guest: 'Thêm khách mời (người không có trong danh sách)',
  guestTitle: 'Khách mời mới',
  personName: 'Họ và tên',
  personPosition: 'Chức vụ (nếu có)',
  personUnit: 'Đơn vị (nếu có)',
  personSave: 'Thêm và điểm danh',
  personCancel: 'Hủy',
  nameRequired: 'Nhập họ và tên.',
  present: 'Có mặt',
  already: 'Đã điểm danh lúc {time}',
  undone: 'Đã hoàn tác',
  checkedOut: 'Đã ra về',
  refused: 'Không hợp lệ: {reason}',
  reasons: {
    malformed: 'mã sai dạng',
    forged: 'mã giả',
    revoked: 'thẻ đã bị thu hồi',
    unknown: 'không có trong danh sách',
    otherEvent: 'thẻ của sự kiện khác'
  },
  replaces: 'Đi thay cho {name}',
  figures: 'Có mặt {present}/{summoned} đại biểu',
  undo: 'Hoàn tác',
  undoCheckIn: 'Hoàn tác lần điểm danh này',
  undoCheckOut: 'Hoàn tác lần ra về này',
  failed: 'Chưa ghi nhận: {message}',
  /** The main computer's refusals, by the core's stable error code. */
  errors: {
    INVALID_ARGUMENT: 'thông tin nhập vào không hợp lệ.',
    invalidField: 'ô “{field}” không hợp lệ.',
    NOT_FOUND: 'không tìm thấy người hoặc lần điểm danh này (có thể vừa bị xoá trên máy chính).',
    CONFLICT: 'dữ liệu vừa thay đổi trên máy chính; hãy tìm lại rồi thử lại.',
    READ_ONLY: 'máy chính đang mở dữ liệu ở chế độ chỉ đọc.',
    STORAGE_FAILED: 'máy chính chưa lưu được vào ổ đĩa; hãy báo người phụ trách máy chính.',
    FORBIDDEN: 'bàn này không được làm việc này.',
    FROZEN: 'dữ liệu này đã khoá trên máy chính.',
    other: 'máy chính gặp lỗi không mong đợi; không có gì bị thay đổi.'
  },
  /** Refusals of one person, by the core's `details.reason`. */
  conflicts: {
    hasSubstitute: '{name} đã có người đi thay; hãy hoàn tác người đó trước.',
    isSubstitute: '{name} là người đi thay; hãy chọn người được thay.',
    laterEntry: '{name} có lần điểm danh hoặc ra về sau lần này; hãy hoàn tác lần đó trước.',
    notIn: '{name} chưa điểm danh.'
  }
}

export type DeskText = typeof deskTextVi

export const deskTextEn: DeskText = {
  htmlLang: 'en',
  timeLocale: 'en-GB',
  title: 'Dais — Check-in desk',
  heading: 'Check-in desk',
  language: 'Language',
  pairCode: 'Pairing code (6 digits, shown on the main computer)',
  pair: 'Pair',
  pairFailed: 'Wrong pairing code, or already used, or expired.',
  unpaired: 'This desk is not paired, or it was revoked.',
  offline: 'CONNECTION LOST to the main computer — this desk cannot check anyone in. Retrying…',
  deskRegion: 'Check-in',
  scan: 'Scan a card or type a name (accents optional), then Enter',
  camera: 'Scan with camera',
  cameraHint:
    'This page cannot use a camera: browsers open a camera only on https pages or on the computer running Dais itself, and this desk is opened over the hall network (http). Use a USB scanner (it types the code and Enter) or type the name; camera scanning is on the main computer.',
  results: 'Search results',
  searchLine: '{name} — {unit}',
  searchLineIn: '{name} — {unit} (present)',
  checkInNamed: 'Check in {name}',
  checkOutNamed: 'Check out: {name}',
  substituteShort: 'Substitute…',
  substituteFor: 'Substitute for {name}',
  substituteForUnit: 'Substitute for {name} ({unit})',
  substituteButton: 'Substitute for {name}…',
  guest: 'Add a guest (someone not on the list)',
  guestTitle: 'New guest',
  personName: 'Full name',
  personPosition: 'Position (if any)',
  personUnit: 'Unit (if any)',
  personSave: 'Add and check in',
  personCancel: 'Cancel',
  nameRequired: 'Enter the full name.',
  present: 'Present',
  already: 'Already checked in at {time}',
  undone: 'Undone',
  checkedOut: 'Checked out',
  refused: 'Not valid: {reason}',
  reasons: {
    malformed: 'not a check-in code',
    forged: 'forged code',
    revoked: 'this card was revoked',
    unknown: 'not on the list',
    otherEvent: "another event's card"
  },
  replaces: 'Substitute for {name}',
  figures: 'Present {present}/{summoned} delegates',
  undo: 'Undo',
  undoCheckIn: 'Undo this check-in',
  undoCheckOut: 'Undo this check-out',
  failed: 'Not recorded: {message}',
  errors: {
    INVALID_ARGUMENT: 'what was entered is not valid.',
    invalidField: 'the field “{field}” is not valid.',
    NOT_FOUND:
      'this person or check-in was not found (it may have just been deleted on the main computer).',
    CONFLICT: 'the data just changed on the main computer; search again and retry.',
    READ_ONLY: 'the main computer has the data open read-only.',
    STORAGE_FAILED:
      'the main computer could not save to its disk; tell whoever runs the main computer.',
    FORBIDDEN: 'this desk may not do that.',
    FROZEN: 'this is locked on the main computer.',
    other: 'the main computer hit an unexpected error; nothing was changed.'
  },
  conflicts: {
    hasSubstitute: '{name} already has a substitute; undo that one first.',
    isSubstitute: '{name} is a substitute; choose the person they replace.',
    laterEntry: '{name} has a later check-in or check-out; undo that one first.',
    notIn: '{name} is not checked in.'
  }
}

export const deskTexts = { vi: deskTextVi, en: deskTextEn } as const
export type DeskLanguage = keyof typeof deskTexts

/** A refusal as the main computer's dispatch answers it. */
export interface DeskError {
  code: string
  message: string
  details?: unknown
}

/**
 * A refusal said in the desk's language, from its stable code (and `details.reason` for a
 * conflict about one person, or the field an invalid entry names), never from the core's English
 * message. It is put into the page's script as source, so it refers to nothing but its arguments.
 */
export function deskFailureText(T: DeskText, error: DeskError): string {
  const fill = (text: string, values: Record<string, string>) =>
    text.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)
  const details = (error.details ?? {}) as {
    reason?: unknown
    name?: unknown
    issues?: { path?: unknown[] }[]
  }
  const conflicts = T.conflicts as Record<string, string>
  const reason = typeof details.reason === 'string' ? details.reason : ''
  let said: string
  if (error.code === 'CONFLICT' && Object.prototype.hasOwnProperty.call(conflicts, reason))
    said = fill(conflicts[reason]!, { name: String(details.name ?? '') })
  else if (error.code === 'INVALID_ARGUMENT') {
    const path = (details.issues && details.issues[0] && details.issues[0].path) || []
    const last = String(path[path.length - 1] ?? '')
    const fields: Record<string, string> = {
      fullName: T.personName,
      position: T.personPosition,
      unit: T.personUnit
    }
    said = Object.prototype.hasOwnProperty.call(fields, last)
      ? fill(T.errors.invalidField, { field: fields[last]! })
      : T.errors.INVALID_ARGUMENT
  } else {
    const errors = T.errors as Record<string, string>
    said = Object.prototype.hasOwnProperty.call(errors, error.code)
      ? errors[error.code]!
      : T.errors.other
  }
  return fill(T.failed, { message: said })
}
