/*
 * The programme's clock: pure arithmetic over minutes counted from midnight of the event's date
 * (values past 1440 are the next day). No Date, no time zone: times are the hall's wall clock.
 */

export interface ClockItem {
  id: string
  durationMinutes: number
  fixedStart: string | null
  /** Wall time "YYYY-MM-DDTHH:MM:SS" the item really started / ended (live mode). */
  actualStart: string | null
  actualEnd: string | null
}

export interface ClockInput {
  /** The event's date "YYYY-MM-DD"; null = times carry no date. */
  date: string | null
  /** The event's start "HH:MM"; null = 08:00 is assumed and reported. */
  startTime: string | null
  /** The organisers' planned end "HH:MM", if any. */
  plannedEnd: string | null
  items: readonly ClockItem[]
  /** Wall time now, to project an over-running current item. */
  now?: string | null
}

export type ItemStatus = 'done' | 'current' | 'pending'

export interface ScheduledItem {
  id: string
  /** Start and end by the plan alone (durations and fixed starts). */
  plannedStart: number
  plannedEnd: number
  /** Start and end as things stand: actual times where recorded, then shifted by the delay. */
  start: number
  end: number
  /** start − plannedStart, in minutes (positive = late). */
  delay: number
  status: ItemStatus
  /** The item's fixed start lies before the previous item's planned end. */
  fixedStartConflict: { fixedStart: number; previousEnd: number } | null
}

export interface Schedule {
  eventStart: number
  startAssumed: boolean
  items: ScheduledItem[]
  /** End of the last item by the plan, and as things stand. */
  plannedFinish: number
  expectedFinish: number
  /** The organisers' planned end as minutes, when set. */
  plannedEnd: number | null
  /** Minutes the expected finish runs past the planned end (0 when on time). */
  overrunMinutes: number
  /** Index of the running item, -1 before the start, items.length after the last one. */
  currentIndex: number
  /** The delay the remaining items carry now. */
  currentDelay: number
}

const dayMinutes = 24 * 60
const defaultStart = 8 * 60

/** "HH:MM" → minutes since midnight, or null when it is not a valid clock time. */
export function parseClockTime(value: string): number | null {
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(value)
  return match ? Number(match[1]) * 60 + Number(match[2]) : null
}

function daysBetween(fromIso: string, toIso: string): number {
  const a = Date.UTC(+fromIso.slice(0, 4), +fromIso.slice(5, 7) - 1, +fromIso.slice(8, 10))
  const b = Date.UTC(+toIso.slice(0, 4), +toIso.slice(5, 7) - 1, +toIso.slice(8, 10))
  return Math.round((b - a) / 86_400_000)
}

/** A wall time as minutes from midnight of `date` (whole minutes, seconds dropped). */
export function wallMinutes(wall: string, date: string | null): number {
  const time = Number(wall.slice(11, 13)) * 60 + Number(wall.slice(14, 16))
  return (date ? daysBetween(date, wall.slice(0, 10)) : 0) * dayMinutes + time
}

/** The occurrence of a clock time nearest to `near` (within ±12 hours): handles midnight. */
export function nearestOccurrence(clockMinutes: number, near: number): number {
  const day = Math.floor((near - clockMinutes + dayMinutes / 2) / dayMinutes)
  return clockMinutes + day * dayMinutes
}

/** "HH:MM" of an absolute minute, with the day offset (+1 after midnight). */
export function formatClock(minutes: number): string {
  const m = ((Math.floor(minutes) % dayMinutes) + dayMinutes) % dayMinutes
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`
}

/**
 * The schedule as planned and as it stands. A run started on another day than the event's date
 * (a rehearsal, a postponed start) is measured on its own day, with the plan anchored at the first
 * item's actual start: the delay is how far the run drifts from there.
 */
export function computeSchedule(input: ClockInput): Schedule {
  const firstIndex = input.items.findIndex((i) => i.actualStart !== null)
  const first = firstIndex >= 0 ? (input.items[firstIndex] as ClockItem).actualStart : null
  const onTheDay = scheduleOn(input, input.date, 0)
  if (!first || !input.date) return onTheDay
  const planned = (onTheDay.items[firstIndex] as ScheduledItem).plannedStart
  // Past midnight of a late session is the same run; half a day away is another day's run.
  if (Math.abs(wallMinutes(first, input.date) - planned) < dayMinutes / 2) return onTheDay
  const runDate = first.slice(0, 10)
  const unshifted = scheduleOn(input, runDate, 0).items[firstIndex] as ScheduledItem
  return scheduleOn(input, runDate, wallMinutes(first, runDate) - unshifted.plannedStart)
}

/** The schedule with wall times counted from midnight of `date` and the plan moved by `shift`. */
function scheduleOn(input: ClockInput, date: string | null, shift: number): Schedule {
  const parsedStart = input.startTime ? parseClockTime(input.startTime) : null
  const eventStart = (parsedStart ?? defaultStart) + shift
  const now = input.now ? wallMinutes(input.now, date) : null

  let planPrev = eventStart
  let livePrev = eventStart
  let currentIndex = -1
  const items: ScheduledItem[] = input.items.map((item, index) => {
    const fixed = item.fixedStart === null ? null : parseClockTime(item.fixedStart)
    const fixedAt = fixed === null ? null : nearestOccurrence(fixed + shift, planPrev)
    const conflict = fixedAt !== null && fixedAt < planPrev
    const plannedStart = fixedAt !== null && !conflict ? fixedAt : planPrev
    const plannedEnd = plannedStart + item.durationMinutes
    const fixedStartConflict = conflict ? { fixedStart: fixedAt, previousEnd: planPrev } : null
    planPrev = plannedEnd

    let start: number
    let end: number
    let status: ItemStatus
    if (item.actualStart) {
      start = wallMinutes(item.actualStart, date)
      if (item.actualEnd) {
        end = Math.max(start, wallMinutes(item.actualEnd, date))
        status = 'done'
      } else {
        end = Math.max(start + item.durationMinutes, now ?? 0)
        status = 'current'
        currentIndex = index
      }
    } else {
      start = fixedAt !== null && !conflict ? Math.max(livePrev, fixedAt) : livePrev
      end = start + item.durationMinutes
      status = 'pending'
    }
    livePrev = end
    return {
      id: item.id,
      plannedStart,
      plannedEnd,
      start,
      end,
      delay: start - plannedStart,
      status,
      fixedStartConflict
    }
  })

  if (currentIndex < 0 && items.length > 0 && items.every((i) => i.status === 'done')) {
    currentIndex = items.length
  }
  const plannedFinish =
    items.length > 0 ? (items[items.length - 1] as ScheduledItem).plannedEnd : eventStart
  const expectedFinish =
    items.length > 0 ? (items[items.length - 1] as ScheduledItem).end : eventStart
  const plannedEndAt = input.plannedEnd ? parseClockTime(input.plannedEnd) : null
  const plannedEndClock = plannedEndAt === null ? null : plannedEndAt + shift
  // The planned end is the first occurrence of that clock time after the event's start.
  const plannedEnd =
    plannedEndClock === null
      ? null
      : plannedEndClock <= eventStart
        ? plannedEndClock + dayMinutes
        : plannedEndClock
  const next = items.find((i) => i.status === 'pending')
  const currentDelay =
    currentIndex >= 0 && currentIndex < items.length
      ? (next ?? (items[currentIndex] as ScheduledItem)).delay
      : currentIndex === items.length && items.length > 0
        ? (items[items.length - 1] as ScheduledItem).end - plannedFinish
        : 0
  return {
    eventStart,
    startAssumed: parsedStart === null,
    items,
    plannedFinish,
    expectedFinish,
    plannedEnd,
    overrunMinutes: plannedEnd === null ? 0 : Math.max(0, expectedFinish - plannedEnd),
    currentIndex,
    currentDelay
  }
}

/** The first planned-schedule problem, for the core to refuse a change with. */
export function firstConflict(schedule: Schedule): ScheduledItem | undefined {
  return schedule.items.find((i) => i.fixedStartConflict !== null)
}

const pad2 = (n: number) => String(n).padStart(2, '0')

/** A Date as the machine's local wall-clock time "YYYY-MM-DDTHH:MM:SS": the hall's clock. */
export function wallTimeOf(date: Date): string {
  return (
    `${date.getFullYear()}-${pad2(date.getMonth() + 1)}-${pad2(date.getDate())}` +
    `T${pad2(date.getHours())}:${pad2(date.getMinutes())}:${pad2(date.getSeconds())}`
  )
}
