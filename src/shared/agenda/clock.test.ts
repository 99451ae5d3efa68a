import { describe, expect, it } from 'vitest'
import { computeSchedule, formatClock, type ClockItem } from './clock'

const item = (id: string, durationMinutes: number, extra: Partial<ClockItem> = {}): ClockItem => ({
  id,
  durationMinutes,
  fixedStart: null,
  actualStart: null,
  actualEnd: null,
  ...extra
})
const base = { date: '2025-09-12', startTime: '07:30', plannedEnd: null }
const clocks = (s: ReturnType<typeof computeSchedule>) =>
  s.items.map((i) => `${formatClock(i.start)}-${formatClock(i.end)}`)

describe('agenda clock', () => {
  it('chains durations from the event start', () => {
    const s = computeSchedule({ ...base, items: [item('a', 30), item('b', 5), item('c', 10)] })
    expect(clocks(s)).toEqual(['07:30-08:00', '08:00-08:05', '08:05-08:15'])
    expect(s.plannedFinish).toBe(8 * 60 + 15)
    expect(s.startAssumed).toBe(false)
  })

  it('starts a fixed item at its time, leaving a gap, and flags one before the previous end', () => {
    const gap = computeSchedule({
      ...base,
      items: [item('a', 30), item('b', 10, { fixedStart: '08:20' }), item('c', 5)]
    })
    expect(clocks(gap)).toEqual(['07:30-08:00', '08:20-08:30', '08:30-08:35'])
    expect(gap.items[1]?.fixedStartConflict).toBeNull()

    const clash = computeSchedule({
      ...base,
      items: [item('a', 30), item('b', 10, { fixedStart: '07:45' })]
    })
    expect(clash.items[1]?.fixedStartConflict).toEqual({ fixedStart: 465, previousEnd: 480 })
    expect(clocks(clash)).toEqual(['07:30-08:00', '08:00-08:10'])
  })

  it('reports the over-run against the planned end', () => {
    const onTime = computeSchedule({ ...base, plannedEnd: '08:30', items: [item('a', 60)] })
    expect(onTime.overrunMinutes).toBe(0)
    const late = computeSchedule({ ...base, plannedEnd: '08:15', items: [item('a', 60)] })
    expect(late.overrunMinutes).toBe(15)
    expect(late.plannedEnd).toBe(8 * 60 + 15)
  })

  it('shifts the remaining items by the accumulated delay, and a fixed start absorbs it', () => {
    const s = computeSchedule({
      ...base,
      plannedEnd: '08:40',
      items: [
        item('a', 30, { actualStart: '2025-09-12T07:30:00', actualEnd: '2025-09-12T08:10:00' }),
        item('b', 10, { actualStart: '2025-09-12T08:10:00' }),
        item('c', 10),
        item('d', 10, { fixedStart: '09:00' })
      ]
    })
    expect(clocks(s)).toEqual(['07:30-08:10', '08:10-08:20', '08:20-08:30', '09:00-09:10'])
    expect(s.items.map((i) => i.delay)).toEqual([0, 10, 10, 0])
    expect(s.items.map((i) => i.status)).toEqual(['done', 'current', 'pending', 'pending'])
    expect(s.currentIndex).toBe(1)
    expect(s.currentDelay).toBe(10)
    expect(s.overrunMinutes).toBe(30)
  })

  it('a run started on another day measures the delay from the first item’s actual start', () => {
    // A rehearsal the afternoon before: the plan is anchored at 14:00, not at 07:30 tomorrow.
    const s = computeSchedule({
      ...base,
      plannedEnd: '08:40',
      now: '2025-09-11T14:45:00',
      items: [
        item('a', 30, { actualStart: '2025-09-11T14:00:00', actualEnd: '2025-09-11T14:40:00' }),
        item('b', 10, { actualStart: '2025-09-11T14:40:00' }),
        item('c', 10, { fixedStart: '08:30' })
      ]
    })
    expect(clocks(s)).toEqual(['14:00-14:40', '14:40-14:50', '15:00-15:10'])
    expect(s.items.map((i) => i.delay)).toEqual([0, 10, 0])
    expect(s.currentDelay).toBe(0)
    expect(s.plannedEnd).toBe(15 * 60 + 10)
    // On the event's own day a late start is a delay as before.
    const onTheDay = computeSchedule({
      ...base,
      items: [item('a', 30, { actualStart: '2025-09-12T07:45:00' }), item('b', 10)]
    })
    expect(onTheDay.items.map((i) => i.delay)).toEqual([15, 15])
  })

  it('projects an over-running current item to now', () => {
    const s = computeSchedule({
      ...base,
      now: '2025-09-12T08:20:00',
      items: [item('a', 30, { actualStart: '2025-09-12T07:35:00' }), item('b', 10)]
    })
    expect(clocks(s)).toEqual(['07:35-08:20', '08:20-08:30'])
    expect(s.items[1]?.delay).toBe(20)
  })

  it('runs across midnight', () => {
    const s = computeSchedule({
      date: '2025-12-31',
      startTime: '23:30',
      plannedEnd: '00:30',
      items: [item('a', 20), item('b', 30), item('c', 10, { fixedStart: '00:45' })]
    })
    expect(clocks(s)).toEqual(['23:30-23:50', '23:50-00:20', '00:45-00:55'])
    expect(s.items[2]?.fixedStartConflict).toBeNull()
    expect(s.items[2]?.start).toBe(24 * 60 + 45)
    expect(s.overrunMinutes).toBe(25)
    const live = computeSchedule({
      date: '2025-12-31',
      startTime: '23:30',
      plannedEnd: null,
      items: [item('a', 20, { actualStart: '2026-01-01T00:05:00' }), item('b', 30)]
    })
    expect(live.items[0]?.delay).toBe(35)
    expect(clocks(live)).toEqual(['00:05-00:25', '00:25-00:55'])
  })

  it('assumes 08:00 when the event has no start time', () => {
    const s = computeSchedule({
      date: null,
      startTime: null,
      plannedEnd: null,
      items: [item('a', 5)]
    })
    expect(s.startAssumed).toBe(true)
    expect(clocks(s)).toEqual(['08:00-08:05'])
  })
})
