/**
 * The one way every paper Dais prints writes a date (Decree 30/2020): days 1–9 and months 1–2
 * take a leading zero — "ngày 05 tháng 9 năm 2025", "15/02/2026". Documents, certificates, MC
 * wording and cards all format through here, so the same day never prints two ways.
 */

interface DateParts {
  day: string
  month: string
  year: string
}

const pad2 = (n: number): string => String(n).padStart(2, '0')

function parts(iso: string): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso)
  if (!m) throw new Error(`expected an ISO date YYYY-MM-DD, got "${iso}"`)
  const monthNumber = Number(m[2])
  return {
    day: m[3] as string,
    month: monthNumber <= 2 ? pad2(monthNumber) : String(monthNumber),
    year: m[1] as string
  }
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

/**
 * A moment on the wall clock ("2026-12-06T23:23:41", local time, no zone) as a paper writes it:
 * "23 giờ 23, ngày 06 tháng 12 năm 2026".
 */
export function vietnameseDateTime(wall: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})/.exec(wall)
  if (!m) throw new Error(`expected a wall time YYYY-MM-DDTHH:MM, got "${wall}"`)
  return `${m[2]} giờ ${m[3]}, ${vietnameseDate(m[1] as string)}`
}
