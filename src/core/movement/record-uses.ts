import { isUsed, type RecordUses } from '@shared/movement/record-uses'
import { AppError } from '@shared/result'
import type { DatabaseData } from '../schema/database-schema'

const perYear = (years: number[]) => {
  const counts = new Map<number, number>()
  for (const y of years) counts.set(y, (counts.get(y) ?? 0) + 1)
  return [...counts].sort(([a], [b]) => a - b).map(([year, count]) => ({ year, count }))
}

export function titleUses(data: DatabaseData, titleId: string): RecordUses {
  const m = data.movement
  return {
    registrations: perYear(m.registrations.filter((r) => r.titleId === titleId).map((r) => r.year)),
    tallies: [],
    targets: m.movements.flatMap((mv) =>
      mv.targets.filter((t) => t.titleId === titleId).map((t) => `${mv.title} — ${t.label}`)
    ),
    proposals: []
  }
}

export function unitUses(data: DatabaseData, unitId: string): RecordUses {
  const m = data.movement
  return {
    registrations: perYear(m.registrations.filter((r) => r.unitId === unitId).map((r) => r.year)),
    tallies: [...new Set(m.tallies.filter((t) => t.unitId === unitId).map((t) => t.year))].sort(),
    targets: [],
    proposals: m.proposals
      .filter((p) => p.unitId === unitId || p.candidates.some((c) => c.unitId === unitId))
      .map((p) => ({ year: p.year, number: p.number }))
      .sort((a, b) => a.year - b.year || a.number.localeCompare(b.number, 'vi'))
  }
}

/** CONFLICT naming where `name` is used (details: `{ name, uses }`), unless it is unused. */
export function refuseIfUsed(name: string, uses: RecordUses): void {
  if (!isUsed(uses)) return
  const where = [
    uses.registrations.length > 0 &&
      `registrations in ${uses.registrations.map((r) => r.year).join(', ')}`,
    uses.tallies.length > 0 && `household tallies in ${uses.tallies.join(', ')}`,
    uses.targets.length > 0 && `targets ${uses.targets.join('; ')}`,
    uses.proposals.length > 0 && `${uses.proposals.length} proposal(s)`
  ].filter(Boolean)
  throw new AppError(
    'CONFLICT',
    `"${name}" is used by ${where.join(', ')}; retire it instead (kept for history, hidden from new entries).`,
    { name, uses }
  )
}
