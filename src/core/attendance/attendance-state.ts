import type {
  Absence,
  AttendanceFigures,
  CheckInEntry,
  DeskDelegate,
  QuorumRule
} from '@shared/attendance/entities'
import {
  attendancePercent,
  defaultQuorumRules,
  quorumMet,
  quorumRequired
} from '@shared/attendance/quorum'
import type { Delegate, DelegateCategory } from '@shared/delegates/entities'
import { delegateNameInput } from '@shared/delegates/records'
import { sortByVietnameseName } from '@shared/text'
import { categoriesOf, delegatesOf } from '../delegates'
import type { DatabaseData } from '../schema/database-schema'

/** Who is where in one event, folded from its check-in entries (one committed state). */
export interface AttendanceState {
  eventId: string
  delegates: readonly Delegate[]
  byId: ReadonlyMap<string, Delegate>
  byNumber: ReadonlyMap<number, Delegate>
  categories: ReadonlyMap<string, DelegateCategory>
  /** The entry in effect per delegate ("in" or "out"); absent = never checked in. */
  current: ReadonlyMap<string, CheckInEntry>
  /** Entries in effect, oldest first. */
  effective: readonly CheckInEntry[]
  absence: ReadonlyMap<string, Absence>
  substituteOf: ReadonlyMap<string, string>
  replacedBy: ReadonlyMap<string, string>
  rules: readonly QuorumRule[]
}

const cache = new WeakMap<DatabaseData, Map<string, AttendanceState>>()
const sorted = new WeakMap<readonly Delegate[], Map<string, readonly Delegate[]>>()

/**
 * The event's delegates in Vietnamese name order, sorted once per delegates array: a check-in
 * leaves the array as it is, so 1,000 scans sort 10,000 names once.
 */
export function delegatesInNameOrder(data: DatabaseData, eventId: string): readonly Delegate[] {
  const all = data.delegates.delegates
  let byEvent = sorted.get(all)
  if (!byEvent) sorted.set(all, (byEvent = new Map()))
  let list = byEvent.get(eventId)
  if (!list) {
    list = sortByVietnameseName(
      all.filter((d) => d.eventId === eventId),
      delegateNameInput
    )
    byEvent.set(eventId, list)
  }
  return list
}

export const checkInsOf = (data: DatabaseData, eventId: string): CheckInEntry[] =>
  (data.delegates.checkIns ?? []).filter((e) => e.eventId === eventId)

/** The effective entries: every "in"/"out" not taken back by an "undo". */
export function effectiveEntries(entries: readonly CheckInEntry[]): CheckInEntry[] {
  const undone = new Set(entries.filter((e) => e.action === 'undo').map((e) => e.undoes))
  return entries.filter((e) => e.action !== 'undo' && !undone.has(e.id))
}

export function quorumRulesOf(data: DatabaseData, eventId: string): QuorumRule[] {
  return (
    data.delegates.quorumSettings?.find((s) => s.eventId === eventId)?.rules ?? defaultQuorumRules()
  )
}

interface Roster {
  delegates: readonly Delegate[]
  byId: ReadonlyMap<string, Delegate>
  byNumber: ReadonlyMap<number, Delegate>
  categories: ReadonlyMap<string, DelegateCategory>
}

const rosters = new WeakMap<object, WeakMap<object, Map<string, Roster>>>()

/**
 * The event's delegates and categories with their lookups, kept while neither array changes: a
 * check-in touches neither, so a scan does not index 10,000 delegates again.
 */
function rosterOf(data: DatabaseData, eventId: string): Roster {
  const { delegates: all, categories: allCategories } = data.delegates
  let byCategories = rosters.get(all)
  if (!byCategories) rosters.set(all, (byCategories = new WeakMap()))
  let byEvent = byCategories.get(allCategories)
  if (!byEvent) byCategories.set(allCategories, (byEvent = new Map()))
  let roster = byEvent.get(eventId)
  if (!roster) {
    const delegates = delegatesOf(data, eventId)
    roster = {
      delegates,
      byId: new Map(delegates.map((d) => [d.id, d])),
      byNumber: new Map(delegates.map((d) => [d.number, d])),
      categories: new Map(categoriesOf(data, eventId).map((c) => [c.id, c]))
    }
    byEvent.set(eventId, roster)
  }
  return roster
}

function build(data: DatabaseData, eventId: string): AttendanceState {
  const effective = effectiveEntries(checkInsOf(data, eventId))
  const current = new Map<string, CheckInEntry>()
  for (const e of effective) current.set(e.delegateId, e)
  const absence = new Map<string, Absence>()
  for (const a of data.delegates.absences ?? [])
    if (a.eventId === eventId) absence.set(a.delegateId, a)
  const substituteOf = new Map<string, string>()
  const replacedBy = new Map<string, string>()
  for (const s of data.delegates.substitutions ?? []) {
    if (s.eventId !== eventId) continue
    substituteOf.set(s.substituteId, s.replacedId)
    replacedBy.set(s.replacedId, s.substituteId)
  }
  return {
    eventId,
    ...rosterOf(data, eventId),
    current,
    effective,
    absence,
    substituteOf,
    replacedBy,
    rules: quorumRulesOf(data, eventId)
  }
}

/** The event's attendance in a committed state, built once per state. */
export function attendanceState(data: DatabaseData, eventId: string): AttendanceState {
  let byEvent = cache.get(data)
  if (!byEvent) cache.set(data, (byEvent = new Map()))
  let state = byEvent.get(eventId)
  if (!state) byEvent.set(eventId, (state = build(data, eventId)))
  return state
}

/** A delegate without a category counts as a delegate; guests are in an uncounted category. */
export const isCounted = (s: AttendanceState, d: Delegate): boolean =>
  d.categoryId === null || s.categories.get(d.categoryId)?.counted !== false

export const isIn = (s: AttendanceState, delegateId: string): boolean =>
  s.current.get(delegateId)?.action === 'in'

/** Summoned: counted delegates who are not someone's substitute. */
export const isSummoned = (s: AttendanceState, d: Delegate): boolean =>
  isCounted(s, d) && !s.substituteOf.has(d.id)

/** A summoned delegate is present in person or through their substitute — once either way. */
export function presence(s: AttendanceState, d: Delegate): 'person' | 'substitute' | null {
  if (isIn(s, d.id)) return 'person'
  const sub = s.replacedBy.get(d.id)
  return sub !== undefined && isIn(s, sub) ? 'substitute' : null
}

export function deskDelegate(s: AttendanceState, d: Delegate): DeskDelegate {
  const entry = s.current.get(d.id)
  const category = d.categoryId ? s.categories.get(d.categoryId) : undefined
  const absence = s.absence.get(d.id)
  const person = (id: string | undefined) => {
    const other = id === undefined ? undefined : s.byId.get(id)
    return other ? { delegateId: other.id, fullName: other.fullName } : null
  }
  return {
    delegateId: d.id,
    number: d.number,
    fullName: d.fullName,
    position: d.position,
    unit: d.unit,
    seat: d.seat ?? '',
    category: category?.name ?? '',
    categoryColor: category?.color ?? null,
    counted: isCounted(s, d),
    status: entry ? (entry.action === 'in' ? 'in' : 'out') : 'none',
    since: entry?.at ?? null,
    entryId: entry?.id ?? null,
    desk: entry?.desk ?? null,
    absence: absence ? { reason: absence.reason, note: absence.note } : null,
    replaces: person(s.substituteOf.get(d.id)),
    replacedBy: person(s.replacedBy.get(d.id))
  }
}

const countedOf = new WeakMap<readonly Delegate[], number>()

/**
 * The figures, read from the entries in effect, the absences and the substitutes (a few hundred
 * at a door) rather than from every delegate; only the number summoned counts the delegates, once
 * per delegates list and set of substitutes.
 */
export function attendanceFigures(s: AttendanceState): AttendanceFigures {
  let counted = countedOf.get(s.delegates)
  if (counted === undefined) {
    counted = s.delegates.filter((d) => isCounted(s, d)).length
    countedOf.set(s.delegates, counted)
  }
  let countedSubstitutes = 0
  for (const id of s.substituteOf.keys()) {
    const d = s.byId.get(id)
    if (d && isCounted(s, d)) countedSubstitutes++
  }
  const summoned = counted - countedSubstitutes
  let present = 0
  let substitutes = 0
  let guests = 0
  for (const [id, entry] of s.current) {
    const d = s.byId.get(id)
    if (!d || entry.action !== 'in') continue
    if (!isCounted(s, d)) guests++
    else if (!s.substituteOf.has(id)) present++
  }
  for (const [replacedId, subId] of s.replacedBy) {
    const d = s.byId.get(replacedId)
    if (d && isSummoned(s, d) && !isIn(s, replacedId) && isIn(s, subId)) {
      present++
      substitutes++
    }
  }
  let excused = 0
  let unexcused = 0
  for (const [id, a] of s.absence) {
    const d = s.byId.get(id)
    if (!d || !isSummoned(s, d) || presence(s, d)) continue
    if (a.reason === 'excused') excused++
    else unexcused++
  }
  return {
    summoned,
    present,
    absent: summoned - present,
    excused,
    unexcused,
    substitutes,
    guests,
    percent: attendancePercent(present, summoned),
    quorum: s.rules.map((rule) => ({
      ruleId: rule.id,
      name: rule.name,
      required: quorumRequired(rule, summoned),
      met: quorumMet(rule, summoned, present)
    }))
  }
}
