/* Quorum arithmetic, zod-free for the renderer: whole numbers only, no rounding on the way. */

export interface QuorumFraction {
  numerator: number
  denominator: number
  /** "More than" (strict) or "at least". */
  strict: boolean
}

/** The least number present that meets the rule: more than half of 120 is 61, of 121 is 61. */
export function quorumRequired(rule: QuorumFraction, summoned: number): number {
  const scaled = summoned * rule.numerator
  return rule.strict
    ? Math.floor(scaled / rule.denominator) + 1
    : Math.ceil(scaled / rule.denominator)
}

export const quorumMet = (rule: QuorumFraction, summoned: number, present: number): boolean =>
  summoned > 0 && present >= quorumRequired(rule, summoned)

/** present / summoned in percent, one decimal (61 / 120 → 50.8). */
export const attendancePercent = (present: number, summoned: number): number =>
  summoned === 0 ? 0 : Math.round((present * 1000) / summoned) / 10

/** "50,8" — the Vietnamese decimal comma. */
export const percentText = (percent: number): string =>
  percent.toFixed(1).replace('.', ',').replace(/,0$/, '')

/** "Có mặt 61/120 đại biểu, đạt 50,8%" — the line the MC reads and the report prints. */
export const attendanceLine = (present: number, summoned: number): string =>
  `Có mặt ${present}/${summoned} đại biểu, đạt ${percentText(attendancePercent(present, summoned))}%`

/** The general quorum when an event has set none: more than half of the summoned delegates. */
export const defaultQuorumRules = () => [
  {
    id: 'general',
    name: 'Quá nửa tổng số đại biểu được triệu tập',
    numerator: 1,
    denominator: 2,
    strict: true,
    subjects: [] as never[]
  }
]
