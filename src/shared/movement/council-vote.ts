/*
 * A council vote per candidate against the threshold the office set for the candidate's award
 * form, with the user's rules for what the share is of and for ties. Exact, like the targets.
 */
import type { Ballot, VoteRules, VoteThreshold } from './entities'
import { meetsTarget, type Share } from './target-math'

export type VoteVerdict =
  'passed' | 'below-threshold' | 'tie-passed' | 'tie-failed' | 'no-ballot' | 'no-threshold'

export interface VoteOutcome {
  share: Share | null
  passes: boolean
  verdict: VoteVerdict
}

/** The share "for" is taken of: members present, ballots cast (invalid count as not for), or valid ballots. */
export function voteBase(ballot: Ballot, rules: VoteRules, membersPresent: number): number {
  if (rules.base === 'members') return membersPresent
  if (rules.base === 'cast') return ballot.for + ballot.against + ballot.invalid
  return ballot.for + ballot.against
}

export function voteOutcome(
  ballot: Ballot | undefined,
  threshold: VoteThreshold | undefined,
  rules: VoteRules,
  membersPresent: number
): VoteOutcome {
  if (!ballot) return { share: null, passes: false, verdict: 'no-ballot' }
  const share = { count: ballot.for, total: voteBase(ballot, rules, membersPresent) }
  if (!threshold) return { share, passes: false, verdict: 'no-threshold' }
  if (ballot.for === ballot.against && ballot.for > 0) {
    const passes = rules.tie === 'pass'
    return { share, passes, verdict: passes ? 'tie-passed' : 'tie-failed' }
  }
  const passes = meetsTarget(share, threshold.comparison, threshold.percent) === true
  return { share, passes, verdict: passes ? 'passed' : 'below-threshold' }
}

/** Ballots cannot exceed the members present. */
export function ballotProblem(ballot: Ballot, membersPresent: number): string | null {
  const cast = ballot.for + ballot.against + ballot.invalid
  return cast > membersPresent
    ? `${cast} ballots counted but only ${membersPresent} members present`
    : null
}
