import { z } from 'zod'
import { clockTime } from '../entities'
import { agendaItemKinds, maxDurationMinutes, voteModes, voteSubjects } from './records'

const id = z.string().min(1).max(64)
const text = (max = 500) => z.string().max(max)
/** A local wall-clock moment, "YYYY-MM-DDTHH:MM:SS", as shown on the hall's clock. */
export const wallTime = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/, 'expected YYYY-MM-DDTHH:MM:SS')

/**
 * One award round on stage. `honoreeIds` is the stage order, left to right as the audience sees
 * it — the single source of the MC script, the tray lists and the certificate print order.
 */
export const AwardRound = z.strictObject({
  id,
  eventId: id,
  decisionId: id,
  /** Position among the event's rounds, 0-based. */
  index: z.number().int().min(0),
  title: text(200),
  honoreeIds: z.array(id),
  presenters: z.array(text(300)),
  attendants: z.array(text(300)),
  agendaItemId: id.nullable()
})
export type AwardRound = z.infer<typeof AwardRound>

/**
 * The attendance when a vote was recorded, read from the door, with the quorum rule the vote's
 * subject falls under: a vote taken without that quorum is flagged wherever it is shown.
 */
export const VoteAttendance = z.strictObject({
  summoned: z.number().int().min(0),
  present: z.number().int().min(0),
  /** present / summoned in percent, one decimal. */
  percent: z.number().min(0),
  /** The quorum rule's name: "Quá nửa tổng số đại biểu được triệu tập". */
  rule: text(200),
  /** The least number present that meets the rule. */
  required: z.number().int().min(0),
  quorumMet: z.boolean()
})
export type VoteAttendance = z.infer<typeof VoteAttendance>

export const VoteResult = z.strictObject({
  mode: z.enum(voteModes),
  for: z.number().int().min(0).max(100_000),
  against: z.number().int().min(0).max(100_000),
  abstain: z.number().int().min(0).max(100_000),
  subject: z.enum(voteSubjects),
  /** What was approved, in words: "Danh sách đại biểu dự Đại hội Thi đua yêu nước tỉnh". */
  approved: text(500),
  /** The roster a delegation-roster vote approved. */
  rosterId: id.nullable(),
  recordedAt: z.string().nullable(),
  /**
   * Null when nobody was checked in at the door (attendance not taken there), and for votes
   * recorded before Dais kept it (an event file exported by an older version has none).
   */
  attendance: VoteAttendance.nullable().default(null)
})
export type VoteResult = z.infer<typeof VoteResult>
/** What the secretariat enters; the time and the attendance are the service's. */
export type VoteInput = Omit<VoteResult, 'recordedAt' | 'attendance'>

export const AgendaItemFields = z.strictObject({
  kind: z.enum(agendaItemKinds),
  title: text(300).min(1, 'the title is required'),
  /** Groups consecutive items: "Phiên trù bị", "Phiên chính thức"; "" = no session. */
  session: text(100),
  /** The responsible person or presenter as printed (free text or copied from a delegate). */
  presenter: text(300),
  presenterDelegateId: id.nullable(),
  /** The presenter must be a delegate on the event's roster. */
  presenterFromRoster: z.boolean(),
  durationMinutes: z
    .number({ error: 'the duration must be a number of minutes' })
    .int('the duration must be whole minutes')
    .min(0, 'the duration must not be negative')
    .max(maxDurationMinutes, 'the duration must be at most 24 hours'),
  /** Starts at this time whatever runs before it. */
  fixedStart: clockTime.nullable(),
  publicNotes: text(1000),
  internalNotes: text(2000),
  /** What the MC reads; award rounds add their names automatically. */
  mcText: text(5000),
  vote: VoteResult.nullable()
})
export type AgendaItemFields = z.infer<typeof AgendaItemFields>

export const AgendaItem = AgendaItemFields.extend({
  id,
  eventId: id,
  order: z.number().int().min(0),
  /** Live mode: when the item really started / ended. */
  actualStart: wallTime.nullable(),
  actualEnd: wallTime.nullable(),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type AgendaItem = z.infer<typeof AgendaItem>

/** Per-event settings of the programme. */
export const AgendaSettings = z.strictObject({
  eventId: id,
  /** The end the organisers planned; the computed end is compared with it. */
  plannedEnd: clockTime.nullable(),
  /** How many recipients fit on the stage at once. */
  stageCapacity: z.number().int().min(1).max(50)
})
export type AgendaSettings = z.infer<typeof AgendaSettings>
