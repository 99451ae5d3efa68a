import type { VoteResult } from './entities'

/** What is wrong with a vote result as typed, the same for the day's run and a rehearsal. */
export type VoteProblem = 'unanimous-with-counts' | 'no-counts' | 'no-roster' | 'not-passed'

type VoteInput = Omit<VoteResult, 'recordedAt' | 'approved' | 'attendance'>

/** A counted vote passes with more votes for than against and abstaining together. */
export function votePassed(vote: VoteInput): boolean {
  return vote.mode === 'cards-unanimous' || vote.for > vote.against + vote.abstain
}

/** The first problem of a vote result, or null when it can be recorded. */
export function voteProblem(vote: VoteInput): VoteProblem | null {
  if (vote.mode === 'cards-unanimous' && (vote.against > 0 || vote.abstain > 0))
    return 'unanimous-with-counts'
  if (vote.mode === 'counted' && vote.for + vote.against + vote.abstain === 0) return 'no-counts'
  if (vote.subject === 'delegation-roster') {
    if (!vote.rosterId) return 'no-roster'
    if (!votePassed(vote)) return 'not-passed'
  }
  return null
}
