import { z } from 'zod'
import { isoDate } from '../entities'
import { Gender } from '../delegates/entities'
import { HonoreeKind } from '../honours/entities'
import { comparisons, resultStates, targetMeasures, titleSubjects, unitKinds } from './records'

export { comparisons, resultStates, targetMeasures, titleSubjects, unitKinds }

const text = (max = 500) => z.string().max(max)
const id = z.string().min(1).max(64)
const year = z.number().int().min(1900).max(2200)

export const UnitKind = z.enum(unitKinds)
export type UnitKind = z.infer<typeof UnitKind>

/** A unit of the organisation (kept once, not per event): agency, school, tổ dân phố… */
export const Unit = z.strictObject({
  id,
  kind: UnitKind,
  /** e.g. "Tổ dân phố số 5", "Trường Tiểu học Tiền Phong" (NFC). */
  name: text(300),
  /** The head's full name: tổ trưởng, hiệu trưởng, chủ tịch hội… */
  head: text(200),
  headPosition: text(200),
  /** Residential groups: the number of households (a year's tally may say otherwise). */
  households: z.number().int().min(0).max(100_000).nullable(),
  /** Display and protocol order, chosen by the user. */
  order: z.number().int().min(0),
  active: z.boolean(),
  notes: text(2000),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type Unit = z.infer<typeof Unit>

/** An annual emulation title units register for; the list is the user's (with defaults). */
export const EmulationTitle = z.strictObject({
  id,
  /** e.g. "Tổ dân phố văn hóa" */
  name: text(200),
  subject: z.enum(titleSubjects),
  active: z.boolean()
})
export type EmulationTitle = z.infer<typeof EmulationTitle>

export const TargetMeasure = z.enum(targetMeasures)
export type TargetMeasure = z.infer<typeof TargetMeasure>

export const Comparison = z.enum(comparisons)
export type Comparison = z.infer<typeof Comparison>

/** A percentage with at most two decimals (exact in basis points). */
export const Percent = z
  .number()
  .min(0)
  .max(100)
  .refine((p) => Math.abs(p * 100 - Math.round(p * 100)) < 1e-9, 'at most two decimals')

export const Milestone = z.strictObject({ year, percent: Percent })
export type Milestone = z.infer<typeof Milestone>

/**
 * One target of a movement: `measure` over the units of `unitKinds` (for `achieved` and
 * `registered`, of the title `titleId`, or any title when null), compared with `percent`.
 */
export const Target = z.strictObject({
  id,
  /** e.g. "Tổ dân phố đạt danh hiệu Tổ dân phố văn hóa" */
  label: text(300),
  measure: TargetMeasure,
  unitKinds: z.array(UnitKind).min(1),
  titleId: id.nullable(),
  comparison: Comparison,
  percent: Percent,
  deadlineYear: year,
  milestones: z.array(Milestone).max(50)
})
export type Target = z.infer<typeof Target>

export const Movement = z.strictObject({
  id,
  /** "Phong trào thi đua yêu nước giai đoạn 2025 - 2030" */
  title: text(300),
  fromYear: year,
  toYear: year,
  targets: z.array(Target).max(50),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type Movement = z.infer<typeof Movement>

export const ResultState = z.enum(resultStates)
export type ResultState = z.infer<typeof ResultState>

/** A unit's registration for one title in one year, with its year-end result. */
export const Registration = z.strictObject({
  id,
  year,
  unitId: id,
  titleId: id,
  /** Individual titles: the person registered; empty for the unit itself. */
  personName: text(200),
  result: ResultState,
  /** Why not achieved (or a note on the result). */
  reason: text(1000),
  updatedAt: z.string()
})
export type Registration = z.infer<typeof Registration>

/** Households titled "Gia đình văn hóa" in one residential group in one year. */
export const HouseholdTally = z.strictObject({
  id,
  year,
  unitId: id,
  /** Households of the group that year. */
  households: z.number().int().min(0).max(100_000),
  titled: z.number().int().min(0).max(100_000),
  /** The households' names when the group sent a list; `titled` is then its length. */
  names: z.array(text(200)).max(100_000),
  updatedAt: z.string()
})
export type HouseholdTally = z.infer<typeof HouseholdTally>

/** A file kept beside the data, under a name Dais chose (never one from input). */
export const Attachment = z.strictObject({
  id,
  /** The name as the user gave it, for display only. */
  fileName: text(255),
  contentType: text(100),
  size: z.number().int().min(0),
  storedAs: text(100)
})
export type Attachment = z.infer<typeof Attachment>

export const Candidate = z.strictObject({
  id,
  kind: HonoreeKind,
  /** Collective's name, the person's full name, or the household head's (NFC). */
  name: text(300),
  gender: Gender.nullable(),
  positionLine: text(500),
  /** The collective candidate's own unit, when it is one of the ward's units. */
  unitId: id.nullable(),
  awardFormId: id,
  achievement: text(4000)
})
export type Candidate = z.infer<typeof Candidate>

/** A unit's proposal for commendation (tờ trình / đề nghị khen thưởng). */
export const Proposal = z.strictObject({
  id,
  movementId: id.nullable(),
  year,
  unitId: id,
  number: text(50),
  date: isoDate.nullable(),
  candidates: z.array(Candidate).max(500),
  attachments: z.array(Attachment).max(50),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type Proposal = z.infer<typeof Proposal>

export const Ballot = z.strictObject({
  candidateId: id,
  for: z.number().int().min(0).max(10_000),
  against: z.number().int().min(0).max(10_000),
  invalid: z.number().int().min(0).max(10_000)
})
export type Ballot = z.infer<typeof Ballot>

/** Passing needs `for` compared with `percent` of the base the rules name. */
export const VoteThreshold = z.strictObject({
  awardFormId: id,
  comparison: Comparison,
  percent: Percent
})
export type VoteThreshold = z.infer<typeof VoteThreshold>

export const VoteRules = z.strictObject({
  /**
   * `members`: share of members present; `cast`: of ballots cast (invalid ones count as not for);
   * `valid`: of valid ballots (for + against).
   */
  base: z.enum(['members', 'cast', 'valid']),
  /** When for = against: pass, or fail (the default). */
  tie: z.enum(['pass', 'fail'])
})
export type VoteRules = z.infer<typeof VoteRules>

/** The Emulation and Commendation Council's meeting on proposals. */
export const CouncilMeeting = z.strictObject({
  id,
  movementId: id.nullable(),
  year,
  date: isoDate.nullable(),
  place: text(300),
  chair: text(200),
  secretary: text(200),
  /** Members present, by name. */
  members: z.array(text(200)).max(100),
  membersTotal: z.number().int().min(0).max(100),
  proposalIds: z.array(id).max(500),
  thresholds: z.array(VoteThreshold).max(50),
  rules: VoteRules,
  ballots: z.array(Ballot).max(5000),
  /** Draft decisions made from the passing candidates. */
  decisionIds: z.array(id).max(50),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type CouncilMeeting = z.infer<typeof CouncilMeeting>
