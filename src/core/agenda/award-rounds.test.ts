import { describe, expect, it } from 'vitest'
import type { DecisionView } from '@shared/agenda/stage-plan'
import { balancedChunks, moveHonoree, planAwardRounds } from './award-rounds'

const decision = (id: string, rank: number, c: number, i: number, h: number): DecisionView => ({
  id,
  number: '1',
  symbol: 'QĐ-UBND',
  date: null,
  subject: '',
  awardTitle: 'GIẤY KHEN',
  awardRank: rank,
  honoreeIds: {
    collective: Array.from({ length: c }, (_, n) => `${id}-c${n + 1}`),
    individual: Array.from({ length: i }, (_, n) => `${id}-i${n + 1}`),
    household: Array.from({ length: h }, (_, n) => `${id}-h${n + 1}`)
  }
})

describe('automatic award rounds', () => {
  it('splits evenly into the fewest rounds that fit the stage', () => {
    expect(balancedChunks([1, 2, 3, 4, 5, 6, 7, 8, 9], 8).map((c) => c.length)).toEqual([5, 4])
    expect(balancedChunks([1, 2, 3, 4, 5, 6, 7, 8], 8).map((c) => c.length)).toEqual([8])
    expect(balancedChunks([], 8)).toEqual([])
  })

  it('puts the highest award form first, keeps protocol order and never exceeds the capacity', () => {
    const ward = decision('ward', 20, 14, 13, 4)
    const province = decision('province', 1, 0, 2, 0)
    const rounds = planAwardRounds([ward, province], 8)
    expect(rounds[0]).toEqual({
      decisionId: 'province',
      honoreeIds: ['province-i1', 'province-i2']
    })
    const wardRounds = rounds.slice(1)
    expect(wardRounds.map((r) => r.honoreeIds.length)).toEqual([7, 7, 6, 6, 5])
    expect(rounds.every((r) => r.honoreeIds.length <= 8)).toBe(true)
    expect(wardRounds.flatMap((r) => r.honoreeIds)).toEqual([
      ...ward.honoreeIds.collective,
      ...ward.honoreeIds.individual,
      ...ward.honoreeIds.household
    ])
    // collectives never share a round with people
    expect(wardRounds[1]?.honoreeIds.every((id) => id.includes('-c'))).toBe(true)
    expect(wardRounds[2]?.honoreeIds.some((id) => id.includes('-c'))).toBe(false)
  })

  it('honours a larger stage', () => {
    const rounds = planAwardRounds([decision('d', 5, 14, 13, 4)], 10)
    expect(rounds.map((r) => r.honoreeIds.length)).toEqual([7, 7, 9, 8])
  })
})

describe('moving an honoree', () => {
  const round = (id: string, honoreeIds: string[], decisionId = 'd') => ({
    id,
    eventId: 'e',
    decisionId,
    index: 0,
    title: id,
    honoreeIds,
    presenters: [],
    attendants: [],
    agendaItemId: null
  })

  it('moves between rounds and within a round', () => {
    const rounds = [
      round('r1', ['a', 'b', 'c']),
      round('r2', ['d', 'e']),
      round('x', ['a'], 'other')
    ]
    const between = moveHonoree(rounds, 'b', 'r2', 1)
    expect(between.map((r) => r.honoreeIds)).toEqual([['a', 'c'], ['d', 'b', 'e'], ['a']])
    const within = moveHonoree(rounds, 'c', 'r1', 0)
    expect(within[0]?.honoreeIds).toEqual(['c', 'a', 'b'])
    const toEnd = moveHonoree(rounds, 'a', 'r2', 99)
    expect(toEnd[1]?.honoreeIds).toEqual(['d', 'e', 'a'])
    expect(toEnd[2]).toBe(rounds[2])
  })
})
