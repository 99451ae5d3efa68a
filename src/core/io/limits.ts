import { AppError } from '@shared/result'

/** What an import accepts; beyond it a file is refused before any real work. */
export const importLimits = {
  maxFileBytes: 50 * 1024 * 1024,
  /** Sum of the uncompressed sizes in the XLSX zip directory. */
  maxUncompressedBytes: 120 * 1024 * 1024,
  maxCompressionRatio: 200,
  maxRows: 100_000,
  maxColumns: 200
}

export type RefusalReason =
  | 'EMPTY'
  | 'TOO_BIG'
  | 'ZIP_BOMB'
  | 'TOO_MANY_ROWS'
  | 'TOO_MANY_COLUMNS'
  | 'NOT_A_SPREADSHEET'
  | 'OLD_XLS'
  | 'CORRUPT'
  | 'ENCRYPTED'

/** 100000 → "100,000", without Intl (formatting numbers loads ICU data: tens of ms at start-up). */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+$)/g, ',')

const messages: Record<RefusalReason, string> = {
  EMPTY: 'Tệp rỗng. / The file is empty.',
  TOO_BIG: 'Tệp quá lớn (tối đa 50 MB). / The file is too big (50 MB at most).',
  ZIP_BOMB:
    'Tệp XLSX giải nén ra quá lớn (có thể là tệp độc hại). / The XLSX file unpacks to far too much data (possibly hostile).',
  TOO_MANY_ROWS: `Tệp có quá nhiều dòng (tối đa ${grouped(importLimits.maxRows)}). / Too many rows (${grouped(importLimits.maxRows)} at most).`,
  TOO_MANY_COLUMNS: `Tệp có quá nhiều cột (tối đa ${importLimits.maxColumns}). / Too many columns (${importLimits.maxColumns} at most).`,
  NOT_A_SPREADSHEET: 'Không phải tệp bảng tính XLSX hoặc CSV. / Not an XLSX or CSV spreadsheet.',
  OLD_XLS:
    'Tệp Excel đời cũ (.xls): hãy mở bằng Excel hoặc LibreOffice và lưu thành .xlsx. / An old Excel file (.xls): save it as .xlsx first.',
  CORRUPT: 'Tệp XLSX bị hỏng hoặc không đầy đủ. / The XLSX file is damaged or incomplete.',
  ENCRYPTED:
    'Tệp được đặt mật khẩu; hãy bỏ mật khẩu rồi thử lại. / The file is password-protected; remove the password first.'
}

export function refuse(reason: RefusalReason, detail?: string): AppError {
  return new AppError('UNSUPPORTED_FILE', messages[reason], {
    reason,
    ...(detail ? { detail } : {})
  })
}
