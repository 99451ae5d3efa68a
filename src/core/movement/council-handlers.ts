import type { Honoree } from '../../shared/honours/entities'
import type { CouncilMeeting } from '../../shared/movement/entities'
import { ballotProblem } from '../../shared/movement/council-vote'
import { AppError } from '../../shared/result'
import { diffFields } from '../change-log'
import type { FeatureDeps } from '../feature-deps'
import { newDraftDecision } from '../honours'
import { normalizeInput } from '../input-text'
import { ensureAwardForms } from '../schema/default-award-forms'
import type { DatabaseData } from '../schema/database-schema'
import { councilResults } from './council-results'
import { findIn } from './find-in'
import { plain } from './handler-kit'
import { proposalVerbatim as verbatim, type ProposalsGroup } from './proposals-group'

function checkCouncil(data: DatabaseData, c: CouncilMeeting) {
  for (const id of c.proposalIds) findIn(data.movement.proposals, id, 'Proposal')
  const candidates = new Set(
    c.proposalIds.flatMap((id) =>
      findIn(data.movement.proposals, id, 'Proposal').candidates.map((x) => x.id)
    )
  )
  c.ballots.forEach((b, i) => {
    if (!candidates.has(b.candidateId))
      throw new AppError(
        'NOT_FOUND',
        `ballots.${i}: candidate ${b.candidateId} is not in this meeting's proposals.`
      )
    const problem = ballotProblem(b, c.members.length)
    if (problem)
      throw new AppError('INVALID_ARGUMENT', `ballots.${i}: ${problem}`, {
        issues: [{ path: ['ballots', i], message: problem }]
      })
  })
}

/** The council's meetings: members, counted ballots, results, and the draft decisions. */
export function councilHandlers(
  deps: FeatureDeps
): ProposalsGroup<
  | 'listCouncilMeetings'
  | 'createCouncilMeeting'
  | 'updateCouncilMeeting'
  | 'deleteCouncilMeeting'
  | 'getCouncilResults'
  | 'draftDecisionsFromCouncil'
> {
  const { read, changes, ctx } = deps
  const now = () => ctx.clock.now().toISOString()
  return {
    listCouncilMeetings: () => read().movement.councils,

    createCouncilMeeting: (raw) => {
      const fields = normalizeInput(raw, verbatim)
      return changes.apply({ entity: 'council', action: 'create' }, (draft) => {
        const at = now()
        const council: CouncilMeeting = {
          ...fields,
          decisionIds: [],
          id: ctx.newId(),
          createdAt: at,
          updatedAt: at
        }
        checkCouncil(draft, council)
        draft.movement.councils.push(council)
        return {
          value: council,
          entityId: council.id,
          subject: `${council.year}`,
          changes: diffFields(undefined, council)
        }
      })
    },

    updateCouncilMeeting: ({ id, patch: raw }) => {
      const patch = normalizeInput(raw, verbatim)
      return changes.apply({ entity: 'council', action: 'update' }, (draft) => {
        const council = findIn(draft.movement.councils, id, 'Council meeting')
        const before = plain(council)
        Object.assign(council, patch, { updatedAt: now() })
        checkCouncil(draft, council)
        const after = plain(council)
        return {
          value: after,
          entityId: id,
          subject: `${after.year}`,
          changes: diffFields(before, after).filter((c) => c.field !== 'updatedAt')
        }
      })
    },

    deleteCouncilMeeting: ({ id }) =>
      changes.apply({ entity: 'council', action: 'delete' }, (draft) => {
        const council = plain(findIn(draft.movement.councils, id, 'Council meeting'))
        draft.movement.councils = draft.movement.councils.filter((c) => c.id !== id)
        return {
          value: { deleted: 1 },
          entityId: id,
          subject: `${council.year}`,
          changes: diffFields(council, undefined)
        }
      }),

    getCouncilResults: ({ id }) => {
      const data = read()
      return councilResults(data, findIn(data.movement.councils, id, 'Council meeting'))
    },

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
        const at = now()
        const decisions = formIds.map((formId) => {
          const decision = newDraftDecision(draft, {
            eventId,
            id: ctx.newId(),
            now: at,
            fields: { awardFormId: formId }
          })
          for (const r of passing.filter((x) => x.candidate.awardFormId === formId)) {
            const c = r.candidate
            const honoree: Honoree = {
              id: ctx.newId(),
              eventId,
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
              createdAt: at,
              updatedAt: at
            }
            draft.honours.honorees.push(honoree)
            decision.honoreeIds[c.kind].push(honoree.id)
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
