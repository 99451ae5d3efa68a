import { z } from 'zod'
import type { ContractPart } from '../contract-part'
import { byId, entityId, FileIn, FileOut, method, none } from '../contract-part'
import { Decision } from '../honours/entities'
import { maxAttachmentBytes } from './attachments'
import { Candidate, CouncilMeeting, Proposal } from './entities'
import type { proposalsMethodNames } from './method-names'

export const CandidateFields = Candidate.omit({ id: true }).extend({ id: entityId.optional() })
export type CandidateFields = z.infer<typeof CandidateFields>

export const ProposalFields = Proposal.omit({
  id: true,
  candidates: true,
  attachments: true,
  createdAt: true,
  updatedAt: true
}).extend({ candidates: z.array(CandidateFields).max(500) })
export type ProposalFields = z.infer<typeof ProposalFields>

export const CouncilFields = CouncilMeeting.omit({
  id: true,
  decisionIds: true,
  createdAt: true,
  updatedAt: true
})
export type CouncilFields = z.infer<typeof CouncilFields>

/** A file for a proposal: the size bound holds for every transport (the browser mode too). */
export const AttachmentIn = FileIn.extend({
  contentBase64: z
    .string()
    .min(1)
    .max(
      Math.ceil(maxAttachmentBytes / 3) * 4,
      `an attachment may be at most ${maxAttachmentBytes / (1024 * 1024)} MB`
    )
})

export const CandidateResult = z.strictObject({
  proposalId: entityId,
  unitName: z.string(),
  candidate: Candidate,
  awardFormName: z.string(),
  formRank: z.number().int(),
  for: z.number().int(),
  against: z.number().int(),
  invalid: z.number().int(),
  base: z.number().int().nullable(),
  passes: z.boolean(),
  verdict: z.enum([
    'passed',
    'below-threshold',
    'tie-passed',
    'tie-failed',
    'no-ballot',
    'no-threshold'
  ])
})
export type CandidateResult = z.infer<typeof CandidateResult>

export const HistoryEntry = z.strictObject({
  year: z.number().int(),
  kind: z.enum(['title', 'award']),
  /** "Tổ dân phố văn hóa", "Giấy khen … (Quyết định số 125/QĐ-UBND)" */
  text: z.string(),
  result: z.enum(['achieved', 'not-achieved', 'pending', 'awarded'])
})
export type HistoryEntry = z.infer<typeof HistoryEntry>

export const proposalsContract = {
  listProposals: method(none, z.array(Proposal)),
  createProposal: method(ProposalFields, Proposal),
  updateProposal: method(
    z.strictObject({ id: entityId, patch: ProposalFields.partial().strict() }),
    Proposal
  ),
  /** Refused (CONFLICT) while a council meeting reviews it. */
  deleteProposal: method(byId, z.strictObject({ deleted: z.number().int() })),
  /**
   * Kept as a file beside the data under a name Dais chooses: a PDF, image or document up to
   * 20 MB whose content matches its extension; refused (INVALID_ARGUMENT, details `{ reason }`).
   */
  addProposalAttachment: method(
    z.strictObject({ proposalId: entityId, file: AttachmentIn }),
    Proposal
  ),
  getProposalAttachment: method(
    z.strictObject({ proposalId: entityId, attachmentId: entityId }),
    FileOut
  ),
  removeProposalAttachment: method(
    z.strictObject({ proposalId: entityId, attachmentId: entityId }),
    Proposal
  ),
  /** Titles and awards of earlier years from this data, for checking eligibility by eye. */
  getCandidateHistory: method(
    z.strictObject({ name: z.string().min(1).max(300), unitId: entityId.nullable().optional() }),
    z.array(HistoryEntry)
  ),

  listCouncilMeetings: method(none, z.array(CouncilMeeting)),
  createCouncilMeeting: method(CouncilFields, CouncilMeeting),
  updateCouncilMeeting: method(
    z.strictObject({ id: entityId, patch: CouncilFields.partial().strict() }),
    CouncilMeeting
  ),
  deleteCouncilMeeting: method(byId, z.strictObject({ deleted: z.number().int() })),
  /** Every candidate of the meeting's proposals with its counted ballots and verdict. */
  getCouncilResults: method(byId, z.array(CandidateResult)),
  exportCouncilMinutesPdf: method(byId, FileOut),
  exportCouncilSubmissionPdf: method(byId, FileOut),
  /**
   * The passing candidates become honorees of `eventId` and of one draft decision per award
   * form (highest form first); refused (CONFLICT) when the meeting already has its decisions.
   */
  draftDecisionsFromCouncil: method(
    z.strictObject({ id: entityId, eventId: entityId }),
    z.array(Decision)
  )
} satisfies ContractPart<(typeof proposalsMethodNames)[number]>
