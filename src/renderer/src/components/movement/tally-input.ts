import { readCount, type NumberProblem } from './use-council-form'

export type TallyField = 'households' | 'titled'

/** Why a typed household count is not saved; the screen words it. */
export type TallyProblem =
  NumberProblem | { kind: 'overHouseholds'; titled: number; households: number }

const maxHouseholds = 100_000

/**
 * A residential group's two counts as the grid shows them: what was typed (null: the saved value
 * is shown) over the saved ones. Either the counts to save, or each refused field with why: not a
 * whole number from 0, or more households with the title than households (said on the field typed
 * last, as that is the one the user is changing).
 */
export function readTally(
  typed: Record<TallyField, string | null>,
  saved: Record<TallyField, number>,
  last: TallyField
):
  { counts: Record<TallyField, number> } | { problems: Partial<Record<TallyField, TallyProblem>> } {
  const read = (f: TallyField) =>
    typed[f] === null ? saved[f] : readCount(typed[f], maxHouseholds)
  const households = read('households')
  const titled = read('titled')
  const problems: Partial<Record<TallyField, TallyProblem>> = {}
  if (typeof households !== 'number') problems.households = households
  if (typeof titled !== 'number') problems.titled = titled
  if (typeof households === 'number' && typeof titled === 'number') {
    if (titled <= households) return { counts: { households, titled } }
    problems[last] = { kind: 'overHouseholds', titled, households }
  }
  return { problems }
}
