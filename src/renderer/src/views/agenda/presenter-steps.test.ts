import { describe, expect, it } from 'vitest'
import { stepPage } from './presenter-steps'

describe('stepPage', () => {
  // Opening (no rounds), the award ceremony (3 rounds), closing (no rounds).
  const rounds = [0, 3, 0]

  it('steps forward round by round, then to the next item, and stops at the end', () => {
    const visited = [{ item: 0, round: 0 }]
    for (let i = 0; i < 6; i++) visited.push(stepPage(visited.at(-1)!, 1, rounds))
    expect(visited).toEqual([
      { item: 0, round: 0 },
      { item: 1, round: 0 },
      { item: 1, round: 1 },
      { item: 1, round: 2 },
      { item: 2, round: 0 },
      { item: 2, round: 0 },
      { item: 2, round: 0 }
    ])
  })

  it('steps back into the last round of the item before, and stops at the start', () => {
    expect(stepPage({ item: 2, round: 0 }, -1, rounds)).toEqual({ item: 1, round: 2 })
    expect(stepPage({ item: 1, round: 1 }, -1, rounds)).toEqual({ item: 1, round: 0 })
    expect(stepPage({ item: 0, round: 0 }, -1, rounds)).toEqual({ item: 0, round: 0 })
    expect(stepPage({ item: 0, round: 0 }, 1, [])).toEqual({ item: 0, round: 0 })
  })
})
