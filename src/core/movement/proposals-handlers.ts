import type { Honoree } from '../../shared/honours/entities'
import type { Candidate, CouncilMeeting, Proposal } from '../../shared/movement/entities'
import type {
  CandidateFields,
  HistoryEntry,
  ProposalFields
} from '../../shared/movement/proposals-contract'
import type { proposalsMethodNames } from '../../shared/movement/method-names'
import { ballotProblem } from '../../shared/movement/council-vote'
import { AppError } from '../../shared/result'
import { duplicateKey } from '../../shared/text'
import { diffFields } from '../change-log'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import { newDraftDecision } from '../honours'
import { ensureAwardForms } from '../schema/default-award-forms'
import { normalizeInput } from '../input-text'
import type { DatabaseData } from '../schema/database-schema'
import {
  attachmentPath,
  readAttachment,
  removeAttachment,
  storedExtension,
  writeAttachment
} from './attachment-files'
import { councilDocumentHandlers } from './council-documents'
import { councilResults } from './council-results'
import { findIn } from './find-in'

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T
const verbatim = new Set([
  'id',
  'unitId',
  'movementId',
  'awardFormId',
  'proposalIds',
  'candidateId',
  'contentBase64'
])

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

export function proposalsHandlers(deps: FeatureDeps): HandlerGroup<typeof proposalsMethodNames> {
  const { read, changes, ctx } = deps
  const now = () => ctx.clock.now().toISOString()
  const withIds = (list: CandidateFields[]): Candidate[] =>
    list.map((c) => ({ ...c, id: c.id ?? ctx.newId() }))
  const subjectOf = (data: DatabaseData, p: Proposal) =>
    `${data.movement.units.find((u) => u.id === p.unitId)?.name ?? ''} ${p.year}`

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
      }),

    addProposalAttachment: async ({ proposalId, file }) => {
      findIn(read().movement.proposals, proposalId, 'Proposal')
      const bytes = Buffer.from(file.contentBase64, 'base64')
      const attachmentId = ctx.newId()
      const storedAs = `${attachmentId.replace(/[^A-Za-z0-9_-]/g, '')}.${storedExtension(file.fileName)}`
      const path = attachmentPath(ctx.dataDir, proposalId, storedAs)
      writeAttachment(path, bytes)
      return changes.apply({ entity: 'proposal', action: 'attach' }, (draft) => {
        const proposal = findIn(draft.movement.proposals, proposalId, 'Proposal')
        const attachment = {
          id: attachmentId,
          fileName: normalizeInput(file.fileName),
          contentType:
            storedExtension(file.fileName) === 'pdf'
              ? 'application/pdf'
              : 'application/octet-stream',
          size: bytes.length,
          storedAs
        }
        proposal.attachments.push(attachment)
        proposal.updatedAt = now()
        return {
          value: plain(proposal),
          entityId: proposalId,
          subject: attachment.fileName,
          changes: [{ field: 'attachments', before: null, after: attachment.fileName }]
        }
      })
    },

    getProposalAttachment: ({ proposalId, attachmentId }) => {
      const proposal = findIn(read().movement.proposals, proposalId, 'Proposal')
      const attachment = findIn(proposal.attachments, attachmentId, 'Attachment')
      const bytes = readAttachment(attachmentPath(ctx.dataDir, proposalId, attachment.storedAs))
      return {
        fileName: attachment.fileName,
        contentType: attachment.contentType,
        contentBase64: bytes.toString('base64')
      }
    },

    removeProposalAttachment: async ({ proposalId, attachmentId }) => {
      let storedAs = ''
      const proposal = await changes.apply({ entity: 'proposal', action: 'detach' }, (draft) => {
        const p = findIn(draft.movement.proposals, proposalId, 'Proposal')
        const a = plain(findIn(p.attachments, attachmentId, 'Attachment'))
        storedAs = a.storedAs
        p.attachments = p.attachments.filter((x) => x.id !== attachmentId)
        return {
          value: plain(p),
          entityId: proposalId,
          subject: a.fileName,
          changes: [{ field: 'attachments', before: a.fileName, after: null }]
        }
      })
      // The file stays until the change is durable; an undo needs it back, so only forget undo.
      await deps.db.flush()
      changes.forgetUndo()
      removeAttachment(attachmentPath(ctx.dataDir, proposalId, storedAs))
      return proposal
    },

    getCandidateHistory: ({ name, unitId }) =>
      candidateHistory(read(), normalizeInput(name), unitId ?? null),

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
      }),

    ...councilDocumentHandlers(deps)
  }
}

/** A candidate's titles and awards in earlier years, from this data, newest first. */
export function candidateHistory(
  data: DatabaseData,
  name: string,
  unitId: string | null
): HistoryEntry[] {
  const key = duplicateKey(name)
  const m = data.movement
  const titles = new Map(m.titles.map((t) => [t.id, t.name]))
  const out: HistoryEntry[] = []
  for (const r of m.registrations) {
    const mine = r.personName
      ? duplicateKey(r.personName) === key
      : unitId !== null && r.unitId === unitId
    if (mine)
      out.push({ year: r.year, kind: 'title', text: titles.get(r.titleId) ?? '', result: r.result })
  }
  const forms = new Map(data.honours.awardForms.map((f) => [f.id, f.name]))
  for (const d of data.honours.decisions) {
    if (d.status !== 'issued') continue
    const ids = new Set([
      ...d.honoreeIds.collective,
      ...d.honoreeIds.individual,
      ...d.honoreeIds.household
    ])
    const named = data.honours.honorees.some((h) => ids.has(h.id) && duplicateKey(h.name) === key)
    if (!named) continue
    const form = (d.awardFormId && forms.get(d.awardFormId)) || 'Khen thưởng'
    out.push({
      year: Number(d.date?.slice(0, 4) ?? 0),
      kind: 'award',
      text: `${form} (Quyết định số ${d.number}/${d.symbol})`,
      result: 'awarded'
    })
  }
  return out.sort((a, b) => b.year - a.year || a.kind.localeCompare(b.kind))
}
