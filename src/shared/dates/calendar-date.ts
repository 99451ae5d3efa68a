/** Calendar dates as the user types them: `dd/mm/yyyy` (also `-` and `.`) or ISO `yyyy-mm-dd`. */

export type CalendarDateProblem = 'format' | 'impossible' | 'range'

export type CalendarDateReading =
  { ok: true; iso: string } | { ok: false; problem: CalendarDateProblem }

export const minYear = 1850
export const maxYear = 2200

const pad2 = (n: number) => String(n).padStart(2, '0')

const daysInMonth = (y: number, m: number): number =>
  m === 2
    ? y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0)
      ? 29
      : 28
    : [4, 6, 9, 11].includes(m)
      ? 30
      : 31

/** True for a day that exists on the calendar (no rollover: 31/02 and 29/02/2025 are not). */
export function isRealDate(y: number, m: number, d: number): boolean {
  return (
    Number.isInteger(y) &&
    Number.isInteger(m) &&
    Number.isInteger(d) &&
    m >= 1 &&
    m <= 12 &&
    d >= 1 &&
    d <= daysInMonth(y, m)
  )
}

/** True for a `yyyy-mm-dd` string naming a real day. */
export function isRealIsoDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))
}

/** Reads a typed date, day first; refuses what the calendar does not have. */
export function parseCalendarDate(text: string): CalendarDateReading {
  const t = text.trim()
  let y: number, mo: number, d: number
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t)
  if (m) {
    y = Number(m[1])
    mo = Number(m[2])
    d = Number(m[3])
  } else {
    m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(t)
    if (!m) return { ok: false, problem: 'format' }
    d = Number(m[1])
    mo = Number(m[2])
    y = Number(m[3])
  }
  if (!isRealDate(y, mo, d)) return { ok: false, problem: 'impossible' }
  if (y < minYear || y > maxYear) return { ok: false, problem: 'range' }
  return { ok: true, iso: `${y}-${pad2(mo)}-${pad2(d)}` }
}

/** `yyyy-mm-dd` → `dd/mm/yyyy`, the way the office writes it in a field. */
export function formatDayMonthYear(iso: string | null | undefined): string {
  if (!iso) return ''
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso
}
