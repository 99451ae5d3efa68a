import type { ClockItem } from './clock'

/**
 * A rehearsal's own actual times, by item id. A rehearsal runs the programme like the day but
 * keeps its times here, in the window that runs it, never in the event's items: the real run's
 * record (the items' actual times, the timeline for the minutes, the audit log) stays untouched.
 */
export type RehearsalTimes = Readonly<
  Record<string, { actualStart: string | null; actualEnd: string | null }>
>

/** The items as the rehearsal sees them: its own times in place of the real run's. */
export function withRehearsalTimes<T extends ClockItem>(
  items: readonly T[],
  times: RehearsalTimes
): T[] {
  return items.map((item) => ({
    ...item,
    actualStart: times[item.id]?.actualStart ?? null,
    actualEnd: times[item.id]?.actualEnd ?? null
  }))
}

/**
 * Ends the rehearsal's running item and starts the next one at `wall` (as live mode does on the
 * day); the same times when the programme is over.
 */
export function rehearsalStep(
  items: readonly ClockItem[],
  times: RehearsalTimes,
  wall: string
): RehearsalTimes {
  const seen = withRehearsalTimes(items, times)
  const running = seen.findIndex((i) => i.actualStart !== null && i.actualEnd === null)
  const next = seen.findIndex((i, index) => index > running && i.actualStart === null)
  if (running < 0 && next < 0) return times
  const out: Record<string, { actualStart: string | null; actualEnd: string | null }> = {
    ...times
  }
  const runningItem = seen[running]
  if (runningItem) out[runningItem.id] = { actualStart: runningItem.actualStart, actualEnd: wall }
  const nextItem = seen[next]
  if (nextItem) out[nextItem.id] = { actualStart: wall, actualEnd: null }
  return out
}
