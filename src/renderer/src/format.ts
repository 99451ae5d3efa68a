const pad = (n: number) => String(n).padStart(2, '0')

/** Local wall-clock "HH:MM" of an ISO timestamp, or null when it cannot be parsed. */
export function formatClock(iso: string | null | undefined): string | null {
  if (!iso) return null
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return null
  return `${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** Local "DD/MM/YYYY HH:MM" of an ISO timestamp (the Vietnamese office order). */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return ''
  const d = new Date(iso)
  if (Number.isNaN(d.getTime())) return iso
  return `${pad(d.getDate())}/${pad(d.getMonth() + 1)}/${d.getFullYear()} ${pad(d.getHours())}:${pad(d.getMinutes())}`
}

/** "YYYY-MM-DD" (a calendar date, no time zone) → "DD/MM/YYYY". */
export function formatIsoDate(date: string | null | undefined): string {
  const m = date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(date) : null
  return m ? `${m[3]}/${m[2]}/${m[1]}` : ''
}

export function formatPeriod(from: number | null, to: number | null): string {
  if (from !== null && to !== null) return `${from}–${to}`
  if (from !== null) return `${from}–`
  if (to !== null) return `–${to}`
  return ''
}

export function formatBytes(bytes: number, locale: string): string {
  const nf = (n: number, digits: number) =>
    n.toLocaleString(locale, { maximumFractionDigits: digits })
  if (bytes < 1024) return `${nf(bytes, 0)} B`
  if (bytes < 1024 * 1024) return `${nf(bytes / 1024, 1)} KB`
  return `${nf(bytes / (1024 * 1024), 1)} MB`
}
