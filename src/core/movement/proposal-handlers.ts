import type { Candidate, Proposal } from '@shared/movement/entities'
import type { CandidateFields, ProposalFields } from '@shared/movement/proposals-contract'
import { AppError } from '@shared/result'
import { diffFields } from '../change-log'
import type { FeatureDeps } from '../feature-deps'
import { normalizeInput } from '../input-text'
import { ensureAwardForms } from '../schema/default-award-forms'
import type { DatabaseData } from '../schema/database-schema'
import { findIn } from './find-in'
import { plain } from './handler-kit'
import { proposalVerbatim as verbatim, type ProposalsGroup } from './proposals-group'

function checkProposal(
  data: DatabaseData,
  p: Pick<Proposal, 'unitId' | 'movementId' | 'candidates'>
) {
  findIn(data.movement.units, p.unitId, 'Unit')
  if (p.movementId) findIn(data.movement.movements, p.movementId, 'Movement')
  const forms = data.honours.awardForms
  const ids = new Set<string>()
  p.candidates.forEach((c, i) => {
    if (ids.has(c.id))
      throw new AppError('INVALID_ARGUMENT', `candidates.${i}.id: used twice`, {
        issues: [{ path: ['candidates', i, 'id'], message: 'duplicate' }]
      })
    ids.add(c.id)
    if (c.name.trim() === '')
      throw new AppError('INVALID_ARGUMENT', `candidates.${i}.name: required`, {
        issues: [{ path: ['candidates', i, 'name'], message: 'required' }]
      })
    if (forms.length > 0 && !forms.some((f) => f.id === c.awardFormId))
      throw new AppError('NOT_FOUND', `Award form ${c.awardFormId} not found.`)
    if (c.unitId) findIn(data.movement.units, c.unitId, 'Unit')
  })
}

export const proposalSubject = (data: DatabaseData, p: Proposal): string =>
  `${data.movement.units.find((u) => u.id === p.unitId)?.name ?? ''} ${p.year}`

/** A unit's proposals for commendation with their candidates. */
export function proposalHandlers(
  deps: FeatureDeps
): ProposalsGroup<'listProposals' | 'createProposal' | 'updateProposal' | 'deleteProposal'> {
  const { read, changes, ctx } = deps
  const now = () => ctx.clock.now().toISOString()
  const withIds = (list: CandidateFields[]): Candidate[] =>
    list.map((c) => ({ ...c, id: c.id ?? ctx.newId() }))
  const subjectOf = proposalSubject

  return {
    listProposals: () => read().movement.proposals,

    createProposal: (raw) => {
      const fields = normalizeInput(raw, verbatim) as ProposalFields
      return changes.apply({ entity: 'proposal', action: 'create' }, (draft) => {
        ensureAwardForms(draft.honours)
        const at = now()
        const proposal: Proposal = {
          ...fields,
          candidates: withIds(fields.candidates),
          attachments: [],
          id: ctx.newId(),
          createdAt: at,
          updatedAt: at
        }
        checkProposal(draft, proposal)
        draft.movement.proposals.push(proposal)
        return {
          value: proposal,
          entityId: proposal.id,
          subject: subjectOf(draft, proposal),
          changes: diffFields(undefined, proposal)
        }
      })
    },

    updateProposal: ({ id, patch: raw }) => {
      const patch = normalizeInput(raw, verbatim) as Partial<ProposalFields>
      return changes.apply({ entity: 'proposal', action: 'update' }, (draft) => {
        const proposal = findIn(draft.movement.proposals, id, 'Proposal')
        const before = plain(proposal)
        const { candidates, ...rest } = patch
        Object.assign(proposal, rest, { updatedAt: now() })
        if (candidates) proposal.candidates = withIds(candidates)
        checkProposal(draft, proposal)
        const after = plain(proposal)
        return {
          value: after,
          entityId: id,
          subject: subjectOf(draft, after),
          changes: diffFields(before, after).filter((c) => c.field !== 'updatedAt')
        }
      })
    },

    deleteProposal: ({ id }) =>
      changes.apply({ entity: 'proposal', action: 'delete' }, (draft) => {
        const proposal = plain(findIn(draft.movement.proposals, id, 'Proposal'))
        if (draft.movement.councils.some((c) => c.proposalIds.includes(id)))
          throw new AppError(
            'CONFLICT',
            'A council meeting reviews this proposal; take it out of the meeting first.'
          )
        draft.movement.proposals = draft.movement.proposals.filter((p) => p.id !== id)
        return {
          value: { deleted: 1 },
          entityId: id,
          subject: subjectOf(draft, proposal),
          changes: diffFields(proposal, undefined)
        }
      })
  }
}
