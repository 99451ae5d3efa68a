/**
 * Dates as Decree 30 documents write them: days 1–9 and months 1–2 take a leading zero
 * ("ngày 05 tháng 9 năm 2025", "ngày 15 tháng 02 năm 2026").
 */
function parts(iso: string): { day: string; month: string; year: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!m) throw new Error(`expected an ISO date YYYY-MM-DD, got "${iso}"`)
  const [, year, mm, dd] = m as unknown as [string, string, string, string]
  const monthNumber = Number(mm)
  const month = monthNumber <= 2 ? mm : String(monthNumber)
  return { day: dd, month, year }
}

/** "ngày 05 tháng 9 năm 2025"; a missing date leaves blanks to be filled in by hand. */
export function vietnameseDate(iso: string | null): string {
  if (iso === null) return 'ngày      tháng      năm'
  const { day, month, year } = parts(iso)
  return `ngày ${day} tháng ${month} năm ${year}`
}

/**
 * "Tiền Phong, ngày 05 tháng 9 năm 2025". Without a place name (the organisation profile not
 * filled in yet) a dotted blank is left to write by hand, never a line starting with a comma.
 */
export function placeDateLine(place: string, iso: string | null): string {
  return `${place.trim() || '……………'}, ${vietnameseDate(iso)}`.normalize('NFC')
}

/** "05/9/2025", as in "Quyết định số 125/QĐ-UBND ngày 05/9/2025". */
export function shortVietnameseDate(iso: string | null): string {
  if (iso === null) return '…/…/…'
  const { day, month, year } = parts(iso)
  return `${day}/${month}/${year}`
}
