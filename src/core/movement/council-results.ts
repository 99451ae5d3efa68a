import type { CouncilMeeting, Proposal } from '@shared/movement/entities'
import type { CandidateResult } from '@shared/movement/proposals-contract'
import { voteOutcome } from '@shared/movement/council-vote'
import type { DatabaseData } from '../schema/database-schema'

/** Every candidate of the meeting's proposals, in proposal (unit) order, with its verdict. */
export function councilResults(data: DatabaseData, council: CouncilMeeting): CandidateResult[] {
  const m = data.movement
  const forms = new Map(data.honours.awardForms.map((f) => [f.id, f]))
  const unitOrder = new Map(m.units.map((u) => [u.id, u]))
  const proposals = council.proposalIds
    .map((id) => m.proposals.find((p) => p.id === id))
    .filter((p): p is Proposal => p !== undefined)
    .sort((a, b) => (unitOrder.get(a.unitId)?.order ?? 0) - (unitOrder.get(b.unitId)?.order ?? 0))
  const members = council.members.length
  return proposals.flatMap((p) =>
    p.candidates.map((c): CandidateResult => {
      const ballot = council.ballots.find((b) => b.candidateId === c.id)
      const threshold = council.thresholds.find((t) => t.awardFormId === c.awardFormId)
      const outcome = voteOutcome(ballot, threshold, council.rules, members)
      const form = forms.get(c.awardFormId)
      return {
        proposalId: p.id,
        unitName: unitOrder.get(p.unitId)?.name ?? '',
        candidate: c,
        awardFormName: form?.name ?? '',
        formRank: form?.rank ?? 1000,
        for: ballot?.for ?? 0,
        against: ballot?.against ?? 0,
        invalid: ballot?.invalid ?? 0,
        base: outcome.share?.total ?? null,
        passes: outcome.passes,
        verdict: outcome.verdict
      }
    })
  )
}
