import type { AttendanceBoard, AttendanceRow } from '@shared/attendance/entities'
import { compareVietnameseNatural } from '@shared/text'
import type { DatabaseData } from '../schema/database-schema'
import {
  attendanceFigures,
  attendanceState,
  deskDelegate,
  delegatesInNameOrder,
  isSummoned,
  presence,
  type AttendanceState
} from './attendance-state'

function rowsBy(
  s: AttendanceState,
  labelOf: (d: AttendanceState['delegates'][number]) => string,
  order: (a: string, b: string) => number
): AttendanceRow[] {
  const rows = new Map<string, AttendanceRow>()
  for (const d of s.delegates) {
    if (!isSummoned(s, d)) continue
    const label = labelOf(d)
    const row = rows.get(label) ?? { label, summoned: 0, present: 0 }
    row.summoned++
    if (presence(s, d)) row.present++
    rows.set(label, row)
  }
  return [...rows.values()].sort((a, b) => order(a.label, b.label))
}

/** The board lists this many absentees at most (the figures count them all). */
export const maxAbsentees = 1000

/** The board: figures, by category and unit, who is absent (and why), the latest arrivals. */
export function attendanceBoard(data: DatabaseData, eventId: string): AttendanceBoard {
  const s = attendanceState(data, eventId)
  const categoryOrder = new Map([...s.categories.values()].map((c) => [c.name, c.order]))
  const absentees: AttendanceBoard['absentees'] = []
  for (const d of delegatesInNameOrder(data, eventId)) {
    if (absentees.length >= maxAbsentees) break
    if (isSummoned(s, d) && !presence(s, d)) absentees.push(deskDelegate(s, d))
  }
  const recent: AttendanceBoard['recent'] = []
  for (let i = s.effective.length - 1; i >= 0 && recent.length < 20; i--) {
    const e = s.effective[i]!
    const d = s.byId.get(e.delegateId)
    if (e.action === 'in' && d && s.current.get(d.id) === e) recent.push(deskDelegate(s, d))
  }
  return {
    eventId,
    figures: attendanceFigures(s),
    byCategory: rowsBy(
      s,
      (d) => (d.categoryId ? (s.categories.get(d.categoryId)?.name ?? '') : ''),
      (a, b) => (categoryOrder.get(a) ?? 1e9) - (categoryOrder.get(b) ?? 1e9)
    ),
    byUnit: rowsBy(s, (d) => d.unit.trim(), compareVietnameseNatural),
    absentees,
    recent,
    rules: [...s.rules]
  }
}
