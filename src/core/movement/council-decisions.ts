import type { Honoree } from '@shared/honours/entities'
import type { CandidateResult } from '@shared/movement/proposals-contract'
import { AppError } from '@shared/result'
import type { FeatureDeps } from '../feature-deps'
import { newDraftDecision } from '../honours'
import { ensureAwardForms } from '../schema/default-award-forms'
import { councilResults } from './council-results'
import { findIn } from './find-in'
import { plain } from './handler-kit'
import type { ProposalsGroup } from './proposals-group'

/** A candidate the council passed, as an honoree of the event's draft decision. */
function honoreeOf(r: CandidateResult, ids: { id: string; eventId: string; at: string }): Honoree {
  const c = r.candidate
  return {
    id: ids.id,
    eventId: ids.eventId,
    kind: c.kind,
    name: c.name.normalize('NFC'),
    gender: c.kind === 'collective' ? null : c.gender,
    posthumous: false,
    prefixOverride: null,
    positionLine: c.positionLine.normalize('NFC'),
    achievement: c.achievement === '' ? null : c.achievement.normalize('NFC'),
    delegateId: null,
    official: false,
    notes: `Đơn vị đề nghị: ${r.unitName}`.slice(0, 2000),
    createdAt: ids.at,
    updatedAt: ids.at
  }
}

/** From the council's vote to draft decisions: one per award form, of the candidates who passed. */
export function councilDecisionHandlers(
  deps: FeatureDeps
): ProposalsGroup<'draftDecisionsFromCouncil'> {
  const { changes, ctx } = deps
  return {
    draftDecisionsFromCouncil: ({ id, eventId }) =>
      changes.apply({ entity: 'decision', action: 'create' }, (draft) => {
        const council = findIn(draft.movement.councils, id, 'Council meeting')
        if (council.decisionIds.some((d) => draft.honours.decisions.some((x) => x.id === d)))
          throw new AppError('CONFLICT', 'This meeting\u2019s decisions are already drafted.')
        findIn(draft.events, eventId, 'Event')
        ensureAwardForms(draft.honours)
        const passing = councilResults(draft, council).filter((r) => r.passes)
        if (passing.length === 0)
          throw new AppError('INCOMPLETE', 'No candidate passed the vote.', {
            missing: ['passing candidates']
          })
        const formIds = [...new Set(passing.map((r) => r.candidate.awardFormId))].sort(
          (a, b) =>
            (passing.find((r) => r.candidate.awardFormId === a)?.formRank ?? 0) -
            (passing.find((r) => r.candidate.awardFormId === b)?.formRank ?? 0)
        )
        const at = ctx.clock.now().toISOString()
        const decisions = formIds.map((formId) => {
          const decision = newDraftDecision(draft, {
            eventId,
            id: ctx.newId(),
            now: at,
            fields: { awardFormId: formId }
          })
          for (const r of passing.filter((x) => x.candidate.awardFormId === formId)) {
            const honoree = honoreeOf(r, { id: ctx.newId(), eventId, at })
            draft.honours.honorees.push(honoree)
            decision.honoreeIds[r.candidate.kind].push(honoree.id)
          }
          draft.honours.decisions.push(decision)
          return decision
        })
        council.decisionIds = decisions.map((d) => d.id)
        council.updatedAt = at
        return {
          value: plain(decisions),
          entityId: id,
          subject: `${passing.length} đối tượng từ phiên họp Hội đồng năm ${council.year}`,
          changes: [{ field: 'decisionIds', before: null, after: council.decisionIds }]
        }
      })
  }
}
