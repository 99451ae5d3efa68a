/* A target's own checks, zod-free: the screen shows them on the field, the core refuses with them. */

export interface TargetDraft {
  percent: number
  deadlineYear: number
  milestones: readonly { year: number; percent: number }[]
}

export type TargetProblem =
  | { field: 'percent'; code: 'percent-range'; percent: number }
  | { field: 'deadlineYear'; code: 'deadline-before-start' | 'deadline-after-end'; year: number }
  | { field: 'deadlineYear'; code: 'deadline-not-year' }
  | { field: 'milestones'; code: 'milestone-unreadable'; part: string }
  | { field: 'milestones'; code: 'milestone-year'; year: number; to: number }
  | { field: 'milestones'; code: 'milestone-percent'; year: number; percent: number }
  | { field: 'milestones'; code: 'milestone-twice'; year: number }

/** 0–100 with at most two decimals, as the data file keeps it. */
const isPercent = (p: number) =>
  Number.isFinite(p) && p >= 0 && p <= 100 && Math.abs(p * 100 - Math.round(p * 100)) < 1e-9

/** What is wrong with a target of a movement over `period`, field by field (empty: nothing). */
export function targetProblems(
  target: TargetDraft,
  period: { fromYear: number; toYear: number }
): TargetProblem[] {
  const out: TargetProblem[] = []
  if (!isPercent(target.percent))
    out.push({ field: 'percent', code: 'percent-range', percent: target.percent })
  const deadline = target.deadlineYear
  if (!Number.isInteger(deadline)) out.push({ field: 'deadlineYear', code: 'deadline-not-year' })
  else if (deadline < period.fromYear)
    out.push({ field: 'deadlineYear', code: 'deadline-before-start', year: deadline })
  else if (deadline > period.toYear)
    out.push({ field: 'deadlineYear', code: 'deadline-after-end', year: deadline })
  const last = Math.min(Number.isInteger(deadline) ? deadline : period.toYear, period.toYear)
  const seen = new Set<number>()
  for (const m of target.milestones) {
    if (!Number.isInteger(m.year) || m.year < period.fromYear || m.year > last)
      out.push({ field: 'milestones', code: 'milestone-year', year: m.year, to: last })
    else if (seen.has(m.year))
      out.push({ field: 'milestones', code: 'milestone-twice', year: m.year })
    if (!isPercent(m.percent))
      out.push({ field: 'milestones', code: 'milestone-percent', year: m.year, percent: m.percent })
    seen.add(m.year)
  }
  return out
}

/**
 * "2027:92, 2028: 94,5" → milestones; a part that is not "year:percent" is a problem naming it,
 * never dropped silently.
 */
export function parseMilestones(text: string): {
  milestones: { year: number; percent: number }[]
  problems: TargetProblem[]
} {
  const milestones: { year: number; percent: number }[] = []
  const problems: TargetProblem[] = []
  for (const raw of text.split(/[;\n]|,(?=\s*\d{4}\s*:)/)) {
    const part = raw.trim()
    if (part === '') continue
    const m = /^(\d{4})\s*:\s*(-?\d+(?:[.,]\d+)?)\s*%?$/.exec(part)
    if (!m) problems.push({ field: 'milestones', code: 'milestone-unreadable', part })
    else milestones.push({ year: Number(m[1]), percent: Number((m[2] ?? '').replace(',', '.')) })
  }
  return { milestones, problems }
}
