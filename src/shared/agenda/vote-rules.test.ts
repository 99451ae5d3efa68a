import { describe, expect, it } from 'vitest'
import { voteProblem } from './vote-rules'

const base = {
  mode: 'counted' as const,
  for: 5,
  against: 2,
  abstain: 1,
  subject: 'delegation-roster' as const,
  rosterId: 'r1'
}

describe('a vote result as typed', () => {
  it('is recordable when counted and passed, or unanimous', () => {
    expect(voteProblem(base)).toBeNull()
    expect(
      voteProblem({ ...base, mode: 'cards-unanimous', for: 0, against: 0, abstain: 0 })
    ).toBeNull()
  })
  it('names what is wrong', () => {
    expect(voteProblem({ ...base, mode: 'cards-unanimous', against: 1 })).toBe(
      'unanimous-with-counts'
    )
    expect(voteProblem({ ...base, for: 0, against: 0, abstain: 0 })).toBe('no-counts')
    expect(voteProblem({ ...base, rosterId: null })).toBe('no-roster')
    expect(voteProblem({ ...base, for: 3, against: 2, abstain: 1 })).toBe('not-passed')
    // A vote on anything else may fail and still be recorded.
    expect(
      voteProblem({ ...base, subject: 'other', rosterId: null, for: 1, against: 3 })
    ).toBeNull()
  })
})
