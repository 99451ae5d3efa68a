/* Quorum arithmetic, zod-free for the renderer: whole numbers only, no rounding on the way. */
import type { VoteAttendance } from '../agenda/entities'
import type { VoteSubject } from '../agenda/records'

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

/** The rule a vote on `subject` needs: the one listing the subject, else the general (first) rule. */
export function quorumRuleFor<R extends QuorumFraction & { subjects: readonly string[] }>(
  rules: readonly R[],
  subject: VoteSubject
): R | undefined {
  return rules.find((r) => r.subjects.includes(subject)) ?? rules[0]
}

/**
 * The attendance a vote records: null while nobody is in the hall (the door is not in use), else
 * the figures with the quorum of the vote's rule.
 */
export function voteAttendance(
  figures: { summoned: number; present: number; guests: number },
  rules: readonly (QuorumFraction & { name: string; subjects: readonly string[] })[],
  subject: VoteSubject
): VoteAttendance | null {
  const rule = quorumRuleFor(rules, subject)
  if (!rule || figures.present + figures.guests === 0) return null
  const { summoned, present } = figures
  return {
    summoned,
    present,
    percent: attendancePercent(present, summoned),
    rule: rule.name,
    required: quorumRequired(rule, summoned),
    quorumMet: quorumMet(rule, summoned, present)
  }
}

/** The attendance in the words of the minutes, with the quorum clearly stated either way. */
export const voteAttendanceWords = (a: VoteAttendance): string =>
  `có mặt ${a.present}/${a.summoned} đại biểu (${percentText(a.percent)}%), ` +
  (a.quorumMet
    ? `đủ số đại biểu theo quy định (cần ${a.required})`
    : `KHÔNG ĐỦ số đại biểu theo quy định (cần ${a.required})`)

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
