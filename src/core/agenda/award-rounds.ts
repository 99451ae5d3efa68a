import type { AwardRound } from '@shared/agenda/entities'
import type { DecisionView } from '@shared/agenda/stage-plan'

export interface PlannedRound {
  decisionId: string
  honoreeIds: string[]
}

/** Splits a list into the fewest chunks of at most `capacity`, sizes differing by one at most. */
export function balancedChunks<T>(list: readonly T[], capacity: number): T[][] {
  if (list.length === 0) return []
  const count = Math.ceil(list.length / capacity)
  const small = Math.floor(list.length / count)
  const larger = list.length % count
  const chunks: T[][] = []
  let at = 0
  for (let i = 0; i < count; i++) {
    const size = small + (i < larger ? 1 : 0)
    chunks.push(list.slice(at, at + size))
    at += size
  }
  return chunks
}

/**
 * The automatic stage plan: decisions by award form rank (highest first), each decision's
 * collectives in protocol order, then its individuals and households together; every group split
 * evenly into rounds of at most `capacity` recipients.
 */
export function planAwardRounds(
  decisions: readonly DecisionView[],
  capacity: number
): PlannedRound[] {
  const byRank = [...decisions].sort((a, b) => a.awardRank - b.awardRank)
  return byRank.flatMap((d) =>
    [d.honoreeIds.collective, [...d.honoreeIds.individual, ...d.honoreeIds.household]].flatMap(
      (group) =>
        balancedChunks(group, capacity).map((honoreeIds) => ({ decisionId: d.id, honoreeIds }))
    )
  )
}

/**
 * Moves one honoree to `toIndex` in `toRoundId` (0 = leftmost as the audience sees the stage),
 * taking it out of whichever round of the same decision held it. Returns new round objects.
 */
export function moveHonoree(
  rounds: readonly AwardRound[],
  honoreeId: string,
  toRoundId: string,
  toIndex: number
): AwardRound[] {
  const target = rounds.find((r) => r.id === toRoundId)
  if (!target) throw new Error(`no round ${toRoundId}`)
  return rounds.map((round) => {
    if (round.decisionId !== target.decisionId) return round
    const without = round.honoreeIds.filter((id) => id !== honoreeId)
    if (round.id !== toRoundId) {
      return without.length === round.honoreeIds.length ? round : { ...round, honoreeIds: without }
    }
    const at = Math.min(Math.max(0, toIndex), without.length)
    return { ...round, honoreeIds: [...without.slice(0, at), honoreeId, ...without.slice(at)] }
  })
}
