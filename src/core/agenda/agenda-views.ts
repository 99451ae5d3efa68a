import type { RoundHonoree } from '@shared/agenda/mc-wording'
import { printOrderFromRounds, sortRounds, type DecisionView } from '@shared/agenda/stage-plan'
import type { AwardRound } from '@shared/agenda/entities'
import { withoutOwnPlace } from '@shared/honours/wording'
import { AppError } from '@shared/result'
import type { DatabaseData } from '../schema/database-schema'

/** The event's honorees as the rounds, the MC script and the tray lists name them. */
export function honoreeViews(data: DatabaseData, eventId: string): RoundHonoree[] {
  return data.honours.honorees
    .filter((h) => h.eventId === eventId)
    .map((h) => ({
      id: h.id,
      kind: h.kind,
      name: h.name,
      gender: h.gender,
      posthumous: h.posthumous,
      prefixOverride: h.prefixOverride,
      // What the MC reads leaves out the event's own ward.
      positionLine: withoutOwnPlace(h.positionLine, data.organisation.placeName),
      official: h.official
    }))
}

export function decisionViews(data: DatabaseData, eventId: string): DecisionView[] {
  return data.honours.decisions
    .filter((d) => d.eventId === eventId)
    .map((d) => {
      const form = data.honours.awardForms.find((f) => f.id === d.awardFormId)
      return {
        id: d.id,
        number: d.number,
        symbol: d.symbol,
        date: d.date,
        subject: d.subject,
        awardTitle: form?.title ?? 'GIẤY KHEN',
        awardRank: form?.rank ?? 1000,
        honoreeIds: {
          collective: [...d.honoreeIds.collective],
          individual: [...d.honoreeIds.individual],
          household: [...d.honoreeIds.household]
        }
      }
    })
}

export const eventRounds = (data: DatabaseData, eventId: string): AwardRound[] =>
  sortRounds(data.agenda.rounds.filter((r) => r.eventId === eventId))

/**
 * The certificate print order of a decision: its honorees in stage order (rounds in order, each
 * left to right), then any honoree not yet placed in a round in protocol order. Without rounds it
 * is the protocol order: collectives, individuals, households.
 */
export function awardPrintOrder(data: DatabaseData, decisionId: string): string[] {
  const decision = data.honours.decisions.find((d) => d.id === decisionId)
  if (!decision) throw new AppError('NOT_FOUND', `No decision with id "${decisionId}"`)
  const protocol = [
    ...decision.honoreeIds.collective,
    ...decision.honoreeIds.individual,
    ...decision.honoreeIds.household
  ]
  const staged = (printOrderFromRounds(data.agenda.rounds, decisionId) ?? []).filter((id) =>
    protocol.includes(id)
  )
  const placed = new Set(staged)
  return [...staged, ...protocol.filter((id) => !placed.has(id))]
}

/** The rounds an honoree stands in. */
export const roundsHolding = (data: DatabaseData, honoreeId: string): AwardRound[] =>
  data.agenda.rounds.filter((r) => r.honoreeIds.includes(honoreeId))

export type RoundsOnRemoval = 'refuse' | 'remove-from-round'

/**
 * For the honours feature when an honoree (or its place in a decision) is removed: refuses with
 * CONFLICT naming the round unless told to take the honoree out of its rounds, which it then does
 * on the draft.
 */
export function releaseHonoreeFromRounds(
  draft: DatabaseData,
  honoreeId: string,
  onRounds: RoundsOnRemoval
): void {
  const holding = roundsHolding(draft, honoreeId)
  if (holding.length === 0) return
  if (onRounds === 'refuse') {
    const titles = holding.map((r) => r.title || `Đợt ${r.index + 1}`)
    throw new AppError(
      'CONFLICT',
      `The honoree stands in award round "${titles.join('", "')}"; say whether to take them out of it.`,
      { reason: 'honoree-in-round', roundIds: holding.map((r) => r.id), roundTitles: titles }
    )
  }
  for (const round of draft.agenda.rounds) {
    if (round.honoreeIds.includes(honoreeId)) {
      round.honoreeIds = round.honoreeIds.filter((id) => id !== honoreeId)
    }
  }
}
