import type { TargetProblem } from '@shared/movement/target-checks'

type T = (key: string, values?: Record<string, unknown>) => string

/** A target field's problem in the user's words ("Mốc năm 2032 nằm ngoài 2025–2030"). */
export function targetProblemText(
  t: T,
  problem: TargetProblem,
  period: { fromYear: number; toYear: number }
): string {
  return t(`movement.movement.problems.${problem.code}`, { ...period, ...problem })
}
