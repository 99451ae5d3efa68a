import { z } from 'zod'
import { voteSubjects } from '../agenda/records'

const id = z.string().min(1).max(64)
const text = (max = 300) => z.string().max(max)

/** Where a check-in was made: "Bàn chính", "Bàn 2" (a desk's name as the main screen knows it). */
export const DeskName = z.string().trim().min(1).max(100)

export const checkInActions = ['in', 'out', 'undo'] as const

/**
 * One movement at the door, never edited: "in" (arrived or came back), "out" (left, on a
 * multi-day congress), "undo" (takes back the entry `undoes`). A delegate's state is the last of
 * their entries not taken back.
 */
export const CheckInEntry = z.strictObject({
  id,
  eventId: id,
  delegateId: id,
  action: z.enum(checkInActions),
  at: z.string(),
  desk: text(100),
  undoes: id.optional()
})
export type CheckInEntry = z.infer<typeof CheckInEntry>

export const absenceReasons = ['excused', 'unexcused'] as const
export type AbsenceReason = (typeof absenceReasons)[number]

/** Why a delegate is absent ("vắng có lý do" / "vắng không lý do"), entered before or at the desk. */
export const Absence = z.strictObject({
  id,
  eventId: id,
  delegateId: id,
  reason: z.enum(absenceReasons),
  note: text(500),
  at: z.string()
})
export type Absence = z.infer<typeof Absence>

/** A person sent in place of a summoned delegate: counted once, for the one they replace. */
export const Substitution = z.strictObject({
  id,
  eventId: id,
  substituteId: id,
  replacedId: id,
  at: z.string(),
  desk: text(100)
})
export type Substitution = z.infer<typeof Substitution>

/**
 * A quorum: present × denominator compared with summoned × numerator — "more than half" is
 * 1/2 strict, "at least two thirds" 2/3 not strict. Votes whose subject is listed use this rule;
 * the first rule is the congress's general quorum and applies to every other vote.
 */
export const QuorumRule = z.strictObject({
  id,
  name: text(200).min(1),
  numerator: z.number().int().min(1).max(100),
  denominator: z.number().int().min(1).max(100),
  strict: z.boolean(),
  subjects: z.array(z.enum(voteSubjects)).max(voteSubjects.length)
})
export type QuorumRule = z.infer<typeof QuorumRule>

export const QuorumSettings = z.strictObject({
  id,
  eventId: id,
  rules: z.array(QuorumRule).min(1).max(10)
})
export type QuorumSettings = z.infer<typeof QuorumSettings>

/** A delegate as the desk shows them, with where they stand now. */
export const DeskDelegate = z.strictObject({
  delegateId: id,
  number: z.number().int(),
  fullName: z.string(),
  position: z.string(),
  unit: z.string(),
  seat: z.string(),
  category: z.string(),
  categoryColor: z.string().nullable(),
  /** In a counted category (a delegate, not a guest). */
  counted: z.boolean(),
  /** "in": in the hall; "out": checked out; "none": not checked in (yet). */
  status: z.enum(['in', 'out', 'none']),
  /** When the current state began (the check-in or check-out in effect). */
  since: z.string().nullable(),
  /** The entry in effect (what undo takes back). */
  entryId: z.string().nullable(),
  desk: z.string().nullable(),
  absence: z.strictObject({ reason: z.enum(absenceReasons), note: z.string() }).nullable(),
  replaces: z.strictObject({ delegateId: id, fullName: z.string() }).nullable(),
  replacedBy: z.strictObject({ delegateId: id, fullName: z.string() }).nullable()
})
export type DeskDelegate = z.infer<typeof DeskDelegate>

export const refusalReasons = ['malformed', 'forged', 'revoked', 'unknown', 'otherEvent'] as const
export type RefusalReason = (typeof refusalReasons)[number]

export const QuorumStanding = z.strictObject({
  ruleId: id,
  name: z.string(),
  /** The least number present that meets the rule. */
  required: z.number().int(),
  met: z.boolean()
})
export type QuorumStanding = z.infer<typeof QuorumStanding>

/** The numbers the MC announces and the presidium watches. */
export const AttendanceFigures = z.strictObject({
  summoned: z.number().int(),
  /** Summoned delegates in the hall, in person or through a substitute (each counted once). */
  present: z.number().int(),
  absent: z.number().int(),
  excused: z.number().int(),
  unexcused: z.number().int(),
  /** Of the present, how many are represented by a substitute. */
  substitutes: z.number().int(),
  /** Guests (not counted) in the hall. */
  guests: z.number().int(),
  /** present / summoned in percent, one decimal. */
  percent: z.number(),
  quorum: z.array(QuorumStanding)
})
export type AttendanceFigures = z.infer<typeof AttendanceFigures>

export const CheckInOutcome = z.strictObject({
  /**
   * checkedIn: present now; already: was in the hall before this scan (since `delegate.since`);
   * checkedOut; undone; refused (see `refusal`).
   */
  result: z.enum(['checkedIn', 'already', 'checkedOut', 'undone', 'refused']),
  refusal: z
    .strictObject({
      reason: z.enum(refusalReasons),
      /** The event whose code it is, for "otherEvent". */
      otherEventTitle: z.string().nullable()
    })
    .nullable(),
  /** The entry this answer wrote (what undo takes back); null when nothing was written. */
  entryId: z.string().nullable(),
  delegate: DeskDelegate.nullable(),
  figures: AttendanceFigures
})
export type CheckInOutcome = z.infer<typeof CheckInOutcome>

export const AttendanceRow = z.strictObject({
  label: z.string(),
  summoned: z.number().int(),
  present: z.number().int()
})
export type AttendanceRow = z.infer<typeof AttendanceRow>

/** Everything the board and the large screen show. */
export const AttendanceBoard = z.strictObject({
  eventId: id,
  figures: AttendanceFigures,
  byCategory: z.array(AttendanceRow),
  byUnit: z.array(AttendanceRow),
  /** Summoned delegates not present, in name order, with their reason when known (the first 1,000). */
  absentees: z.array(DeskDelegate),
  /** The latest check-ins first (at most 20). */
  recent: z.array(DeskDelegate),
  rules: z.array(QuorumRule)
})
export type AttendanceBoard = z.infer<typeof AttendanceBoard>

/** A person added at the desk (a guest, or a substitute). */
export const PersonAtDesk = z.strictObject({
  fullName: text(200).min(1),
  position: text(300).optional(),
  unit: text(300).optional(),
  gender: z.enum(['male', 'female']).nullable().optional()
})
export type PersonAtDesk = z.infer<typeof PersonAtDesk>
