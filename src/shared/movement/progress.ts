/*
 * A movement's progress, computed from the records alone (zod-free, so the renderer may use it):
 * per target the yearly series, the line to the deadline, the units holding the figure back and
 * the projection at the current pace.
 */
import type {
  Comparison,
  EmulationTitle,
  HouseholdTally,
  Movement,
  Registration,
  Target,
  Unit
} from './entities'
import { meetsTarget, neededCount, sharePercent, type Share } from './target-math'

export interface ProgressInput {
  movement: Movement
  units: readonly Unit[]
  titles: readonly EmulationTitle[]
  registrations: readonly Registration[]
  tallies: readonly HouseholdTally[]
  /** The report's year; defaults to the latest year with data (or the movement's first). */
  year?: number
}

export interface TargetYear {
  year: number
  count: number
  total: number
  /** For charts; null when nothing was counted that year. */
  percent: number | null
  met: boolean | null
  hasData: boolean
}

export interface LaggingUnit {
  unitId: string
  name: string
  head: string
  /** Why it holds the figure back, as data: not registered, not achieved (+ reason), pending… */
  status: 'not-registered' | 'not-achieved' | 'pending' | 'below-target' | 'no-tally'
  reason: string
  /** Households-titled: the group's own share and how many more households it needs. */
  count?: number
  total?: number
  missing?: number
}

export interface TargetProgress {
  target: Target
  series: TargetYear[]
  /** The line from the first year's value to the goal at the deadline (through milestones). */
  line: { year: number; percent: number }[]
  /** The report year's figure. */
  current: TargetYear
  /** More counted units/households needed that year to meet the goal (0 when met). */
  shortfall: number | null
  lagging: LaggingUnit[]
  /** At the average yearly change so far; null with fewer than two years of data. */
  projection: { year: number; percent: number; met: boolean } | null
  milestone: { year: number; percent: number; met: boolean | null } | null
}

export interface MovementProgress {
  movementId: string
  title: string
  year: number
  years: number[]
  targets: TargetProgress[]
}

interface YearIndex {
  registrations: Map<number, Registration[]>
  tallies: Map<number, Map<string, HouseholdTally>>
}

function indexByYear(input: ProgressInput): YearIndex {
  const registrations = new Map<number, Registration[]>()
  for (const r of input.registrations) {
    const list = registrations.get(r.year)
    if (list) list.push(r)
    else registrations.set(r.year, [r])
  }
  const tallies = new Map<number, Map<string, HouseholdTally>>()
  for (const t of input.tallies) {
    let byUnit = tallies.get(t.year)
    if (!byUnit) tallies.set(t.year, (byUnit = new Map()))
    byUnit.set(t.unitId, t)
  }
  return { registrations, tallies }
}

const unitsOf = (units: readonly Unit[], target: Target) =>
  units.filter((u) => u.active && target.unitKinds.includes(u.kind))

interface Measured {
  share: Share
  hasData: boolean
  lagging: LaggingUnit[]
}

function measureUnits(target: Target, units: Unit[], regs: Registration[] | undefined): Measured {
  const relevant = (regs ?? []).filter(
    (r) => target.titleId === null || r.titleId === target.titleId
  )
  const byUnit = new Map<string, Registration[]>()
  for (const r of relevant) {
    const list = byUnit.get(r.unitId)
    if (list) list.push(r)
    else byUnit.set(r.unitId, [r])
  }
  let count = 0
  const lagging: LaggingUnit[] = []
  for (const u of units) {
    const mine = byUnit.get(u.id) ?? []
    const base = { unitId: u.id, name: u.name, head: u.head }
    if (target.measure === 'registered') {
      if (mine.length > 0) count++
      else lagging.push({ ...base, status: 'not-registered', reason: '' })
      continue
    }
    if (mine.some((r) => r.result === 'achieved')) count++
    else if (mine.length === 0) lagging.push({ ...base, status: 'not-registered', reason: '' })
    else {
      const failed = mine.find((r) => r.result === 'not-achieved')
      lagging.push(
        failed
          ? { ...base, status: 'not-achieved', reason: failed.reason }
          : { ...base, status: 'pending', reason: '' }
      )
    }
  }
  return { share: { count, total: units.length }, hasData: (regs ?? []).length > 0, lagging }
}

function measureHouseholds(
  target: Target,
  units: Unit[],
  tallies: Map<string, HouseholdTally> | undefined
): Measured {
  let count = 0
  let total = 0
  const lagging: LaggingUnit[] = []
  for (const u of units) {
    const t = tallies?.get(u.id)
    const households = t ? t.households : (u.households ?? 0)
    const titled = t ? t.titled : 0
    count += titled
    total += households
    const base = { unitId: u.id, name: u.name, head: u.head }
    if (!t) {
      lagging.push({ ...base, status: 'no-tally', reason: '', count: 0, total: households })
      continue
    }
    const own = { count: titled, total: households }
    if (meetsTarget(own, target.comparison, target.percent) === false) {
      const needed = neededCount(households, target.comparison, target.percent)
      lagging.push({
        ...base,
        status: 'below-target',
        reason: '',
        ...own,
        missing: needed === null ? households - titled : needed - titled
      })
    }
  }
  lagging.sort((a, b) => (b.missing ?? 0) - (a.missing ?? 0))
  return { share: { count, total }, hasData: (tallies?.size ?? 0) > 0, lagging }
}

function measure(target: Target, input: ProgressInput, index: YearIndex, year: number): Measured {
  const units = unitsOf(input.units, target)
  return target.measure === 'households-titled'
    ? measureHouseholds(target, units, index.tallies.get(year))
    : measureUnits(target, units, index.registrations.get(year))
}

function lineToDeadline(target: Target, first: TargetYear | undefined, fromYear: number) {
  const start = first?.percent != null ? { year: first.year, percent: first.percent } : null
  const points = [...target.milestones]
    .filter((m) => m.year < target.deadlineYear)
    .sort((a, b) => a.year - b.year)
    .map((m) => ({ year: m.year, percent: m.percent }))
  const line = [
    ...(start ? [start] : [{ year: fromYear, percent: 0 }]),
    ...points.filter((p) => p.year > (start?.year ?? fromYear)),
    { year: target.deadlineYear, percent: target.percent }
  ]
  return line
}

function projectionOf(target: Target, series: TargetYear[]) {
  const known = series.filter((s) => s.hasData && s.percent !== null)
  if (known.length < 2) return null
  const first = known[0] as TargetYear
  const last = known[known.length - 1] as TargetYear
  const pace = ((last.percent as number) - (first.percent as number)) / (last.year - first.year)
  const raw = (last.percent as number) + pace * (target.deadlineYear - last.year)
  const percent = Math.max(0, Math.min(100, raw))
  return {
    year: target.deadlineYear,
    percent,
    met: compareFloat(percent, target.comparison, target.percent)
  }
}

const compareFloat = (value: number, comparison: Comparison, percent: number) =>
  comparison === '=' ? value === percent : comparison === '>' ? value > percent : value >= percent

/** The years a movement has data for, within its period. */
export function yearsWithData(input: Omit<ProgressInput, 'year'>): number[] {
  const { fromYear, toYear } = input.movement
  const years = new Set<number>()
  for (const r of input.registrations) years.add(r.year)
  for (const t of input.tallies) years.add(t.year)
  return [...years].filter((y) => y >= fromYear && y <= toYear).sort((a, b) => a - b)
}

export function computeProgress(input: ProgressInput): MovementProgress {
  const { movement } = input
  const withData = yearsWithData(input)
  const year = input.year ?? withData[withData.length - 1] ?? movement.fromYear
  const years: number[] = []
  for (let y = movement.fromYear; y <= Math.min(year, movement.toYear); y++) years.push(y)
  if (years.length === 0) years.push(year)
  const index = indexByYear(input)

  const targets = movement.targets.map((target): TargetProgress => {
    let lagging: LaggingUnit[] = []
    const series = years.map((y): TargetYear => {
      const m = measure(target, input, index, y)
      if (y === year) lagging = m.lagging
      return {
        year: y,
        ...m.share,
        percent: m.hasData ? sharePercent(m.share) : null,
        met: m.hasData ? meetsTarget(m.share, target.comparison, target.percent) : null,
        hasData: m.hasData
      }
    })
    const current = series.find((s) => s.year === year) as TargetYear
    const needed = neededCount(current.total, target.comparison, target.percent)
    const milestone = target.milestones.find((m) => m.year === year)
    return {
      target,
      series,
      line: lineToDeadline(
        target,
        series.find((s) => s.hasData),
        movement.fromYear
      ),
      current,
      shortfall: needed === null ? null : Math.max(0, needed - current.count),
      lagging,
      projection: projectionOf(target, series),
      milestone: milestone
        ? {
            ...milestone,
            met: current.hasData
              ? meetsTarget(
                  current,
                  target.comparison === '=' ? '>=' : target.comparison,
                  milestone.percent
                )
              : null
          }
        : null
    }
  })
  return { movementId: movement.id, title: movement.title, year, years, targets }
}
