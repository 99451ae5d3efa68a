import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isoDate } from '../entities'
import { formatDayMonthYear, isRealIsoDate, parseCalendarDate } from './calendar-date'

/** The calendar by counting days from a known day, independent of the parser's month table. */
function realDaysOf(year: number): Set<string> {
  const days = new Set<string>()
  for (let t = Date.UTC(year, 0, 1); new Date(t).getUTCFullYear() === year; t += 86_400_000)
    days.add(new Date(t).toISOString().slice(0, 10))
  return days
}

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

describe('parseCalendarDate', () => {
  it('refuses 31/02/2025 and 29/02/2025, accepts 29/02/2024', () => {
    expect(parseCalendarDate('31/02/2025')).toEqual({ ok: false, problem: 'impossible' })
    expect(parseCalendarDate('29/02/2025')).toEqual({ ok: false, problem: 'impossible' })
    expect(parseCalendarDate('2025-02-29')).toEqual({ ok: false, problem: 'impossible' })
    expect(parseCalendarDate('29/02/2024')).toEqual({ ok: true, iso: '2024-02-29' })
    expect(parseCalendarDate('29/02/1900')).toEqual({ ok: false, problem: 'impossible' })
    expect(parseCalendarDate('29/02/2000')).toEqual({ ok: true, iso: '2000-02-29' })
  })

  it('reads day first, with /, - or . and without leading zeros', () => {
    expect(parseCalendarDate(' 5/9/2025 ')).toEqual({ ok: true, iso: '2025-09-05' })
    expect(parseCalendarDate('05.09.2025')).toEqual({ ok: true, iso: '2025-09-05' })
    expect(parseCalendarDate('05-09-2025')).toEqual({ ok: true, iso: '2025-09-05' })
    expect(parseCalendarDate('2025-9-5')).toEqual({ ok: true, iso: '2025-09-05' })
  })

  it('tells a wrong shape from a day that does not exist', () => {
    expect(parseCalendarDate('')).toEqual({ ok: false, problem: 'format' })
    expect(parseCalendarDate('5 tháng 9')).toEqual({ ok: false, problem: 'format' })
    expect(parseCalendarDate('13/13/2025')).toEqual({ ok: false, problem: 'impossible' })
    expect(parseCalendarDate('01/01/1700')).toEqual({ ok: false, problem: 'range' })
  })

  it('accepts exactly the days of the calendar, every way it can be written', () => {
    const years = new Map<number, Set<string>>()
    const daysOf = (y: number) => years.get(y) ?? years.set(y, realDaysOf(y)).get(y)!
    fc.assert(
      fc.property(
        fc.integer({ min: 1850, max: 2200 }),
        fc.integer({ min: 0, max: 14 }),
        fc.integer({ min: 0, max: 33 }),
        fc.constantFrom('/', '-', '.'),
        fc.boolean(),
        (y, m, d, sep, padded) => {
          const iso = `${y}-${pad(m)}-${pad(d)}`
          const real = daysOf(y).has(iso)
          const typed = padded ? `${pad(d)}${sep}${pad(m)}${sep}${y}` : `${d}${sep}${m}${sep}${y}`
          const reading = parseCalendarDate(typed)
          expect(reading.ok).toBe(real)
          expect(parseCalendarDate(iso).ok).toBe(real)
          expect(isRealIsoDate(iso)).toBe(real)
          if (reading.ok) {
            expect(reading.iso).toBe(iso)
            expect(parseCalendarDate(formatDayMonthYear(reading.iso))).toEqual(reading)
          } else expect(reading.problem).toBe('impossible')
        }
      ),
      { numRuns: 2000 }
    )
  })

  it('is what every contract date checks, so the core refuses a rolled-over day too', () => {
    expect(isoDate.safeParse('2025-02-29').success).toBe(false)
    expect(isoDate.safeParse('2025-02-31').success).toBe(false)
    expect(isoDate.safeParse('2024-02-29').success).toBe(true)
  })
})
