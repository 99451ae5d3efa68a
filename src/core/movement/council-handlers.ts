import type { CouncilMeeting } from '@shared/movement/entities'
import { ballotProblem } from '@shared/movement/council-vote'
import { AppError } from '@shared/result'
import { diffFields } from '../change-log'
import type { FeatureDeps } from '../feature-deps'
import { normalizeInput } from '../input-text'
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

/** The council's meetings: members, counted ballots and their results. */
/** How the audit log names a meeting: its date (the screen words it), or its year when undated. */
const councilSubject = (council: Pick<CouncilMeeting, 'date' | 'year'>) =>
  council.date ?? String(council.year)

export function councilHandlers(
  deps: FeatureDeps
): ProposalsGroup<
  | 'listCouncilMeetings'
  | 'createCouncilMeeting'
  | 'updateCouncilMeeting'
  | 'deleteCouncilMeeting'
  | 'getCouncilResults'
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
          subject: councilSubject(council),
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
          subject: councilSubject(after),
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
          subject: councilSubject(council),
          changes: diffFields(council, undefined)
        }
      }),

    getCouncilResults: ({ id }) => {
      const data = read()
      return councilResults(data, findIn(data.movement.councils, id, 'Council meeting'))
    }
  }
}
