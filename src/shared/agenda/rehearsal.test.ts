import { describe, expect, it } from 'vitest'
import { computeSchedule, type ClockItem } from './clock'
import { rehearsalStep, withRehearsalTimes, type RehearsalTimes } from './rehearsal'

const item = (id: string, durationMinutes: number, actual: Partial<ClockItem> = {}): ClockItem => ({
  id,
  durationMinutes,
  fixedStart: null,
  actualStart: null,
  actualEnd: null,
  ...actual
})

describe('a rehearsal run', () => {
  it('starts and ends items in its own times, like the day’s run', () => {
    const items = [item('a', 30), item('b', 10), item('c', 20)]
    let times: RehearsalTimes = {}
    times = rehearsalStep(items, times, '2025-09-11T15:00:00')
    times = rehearsalStep(items, times, '2025-09-11T15:35:00')
    expect(times).toEqual({
      a: { actualStart: '2025-09-11T15:00:00', actualEnd: '2025-09-11T15:35:00' },
      b: { actualStart: '2025-09-11T15:35:00', actualEnd: null }
    })
    times = rehearsalStep(items, times, '2025-09-11T15:40:00')
    times = rehearsalStep(items, times, '2025-09-11T16:00:00')
    expect(times.c).toEqual({
      actualStart: '2025-09-11T15:40:00',
      actualEnd: '2025-09-11T16:00:00'
    })
    expect(rehearsalStep(items, times, '2025-09-11T16:05:00')).toBe(times)
  })

  it('leaves the real run’s times out and untouched', () => {
    const real = [
      item('a', 30, { actualStart: '2025-09-12T07:30:00', actualEnd: '2025-09-12T08:05:00' }),
      item('b', 10, { actualStart: '2025-09-12T08:05:00' }),
      item('c', 20)
    ]
    const before = structuredClone(real)
    const times = rehearsalStep(real, {}, '2025-09-11T15:00:00')
    expect(times).toEqual({ a: { actualStart: '2025-09-11T15:00:00', actualEnd: null } })
    const seen = withRehearsalTimes(real, times)
    expect(seen.map((i) => [i.actualStart, i.actualEnd])).toEqual([
      ['2025-09-11T15:00:00', null],
      [null, null],
      [null, null]
    ])
    expect(real).toEqual(before)
  })

  it('on the day before, measures the delay from its own first start', () => {
    const items = [item('a', 30), item('b', 10), item('c', 20)]
    let times = rehearsalStep(items, {}, '2025-09-11T15:00:00')
    times = rehearsalStep(items, times, '2025-09-11T15:35:00')
    const s = computeSchedule({
      date: '2025-09-12',
      startTime: '07:30',
      plannedEnd: null,
      items: withRehearsalTimes(items, times)
    })
    expect(s.currentIndex).toBe(1)
    expect(s.currentDelay).toBe(5)
  })
})
