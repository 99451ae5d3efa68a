import { describe, expect, it } from 'vitest'
import { formatBytes, formatClock, formatDateTime, formatIsoDate, formatPeriod } from './format'

describe('format', () => {
  it('shows a timestamp as local HH:MM', () => {
    const d = new Date(2025, 8, 5, 14, 32, 10)
    expect(formatClock(d.toISOString())).toBe('14:32')
    expect(formatClock(null)).toBeNull()
    expect(formatClock('nonsense')).toBeNull()
  })

  it('shows dates day first', () => {
    expect(formatIsoDate('2025-09-05')).toBe('05/09/2025')
    expect(formatIsoDate(null)).toBe('')
    expect(formatDateTime(new Date(2025, 8, 5, 8, 3).toISOString())).toBe('05/09/2025 08:03')
  })

  it('formats periods and sizes', () => {
    expect(formatPeriod(2020, 2025)).toBe('2020–2025')
    expect(formatPeriod(null, null)).toBe('')
    expect(formatBytes(512, 'en')).toBe('512 B')
    expect(formatBytes(1536, 'en')).toBe('1.5 KB')
    expect(formatBytes(1536, 'vi')).toBe('1,5 KB')
  })
})
