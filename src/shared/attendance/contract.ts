import { z } from 'zod'
import { byEventId, entityId, FileOut, method, type ContractPart } from '../contract-part'
import {
  absenceReasons,
  AttendanceBoard,
  AttendanceFigures,
  CheckInOutcome,
  DeskDelegate,
  DeskName,
  PersonAtDesk,
  QuorumRule
} from './entities'
import type { attendanceMethodNames } from './method-names'

const atDesk = { eventId: entityId, desk: DeskName }

/** The door: check-in by card code or by name, undo, check-out, guests, substitutes, quorum. */
export const attendanceContract = {
  /** Delegates whose name holds every typed word (accents optional), or whose number it is. */
  searchCheckIn: method(
    z.strictObject({
      eventId: entityId,
      query: z.string().max(200),
      limit: z.number().int().min(1).max(50).optional()
    }),
    z.array(DeskDelegate)
  ),
  /**
   * Checks in the card's code as a scanner typed it, or a delegate chosen by name. A second scan
   * answers "already" and changes nothing; a bad code is refused with the reason. Answers once
   * the check-in is on disk.
   */
  checkIn: method(
    z
      .strictObject({
        ...atDesk,
        code: z.string().max(200).optional(),
        delegateId: entityId.optional()
      })
      .refine((a) => (a.code === undefined) !== (a.delegateId === undefined), {
        message: 'give either code or delegateId'
      }),
    CheckInOutcome
  ),
  /** Takes back a check-in or check-out, if it is still the delegate's latest. */
  undoCheckIn: method(z.strictObject({ ...atDesk, entryId: entityId }), CheckInOutcome),
  /** The delegate leaves (multi-day congresses); checking in again records the return. */
  checkOut: method(z.strictObject({ ...atDesk, delegateId: entityId }), CheckInOutcome),
  /** A person not on the list, added as a guest and checked in, in one step. */
  addGuest: method(z.strictObject({ ...atDesk, guest: PersonAtDesk }), CheckInOutcome),
  /** A person sent in place of a summoned delegate, added and checked in; counted once. */
  addSubstitute: method(
    z.strictObject({ ...atDesk, replacedId: entityId, substitute: PersonAtDesk }),
    CheckInOutcome
  ),
  /** Why a delegate is absent; null reason clears it. */
  setAbsence: method(
    z.strictObject({
      eventId: entityId,
      delegateId: entityId,
      reason: z.enum(absenceReasons).nullable(),
      note: z.string().max(500).optional()
    }),
    DeskDelegate
  ),
  getAttendance: method(byEventId, AttendanceBoard),
  /** The figures alone (what a desk shows), without the board's lists. */
  getAttendanceFigures: method(byEventId, AttendanceFigures),
  saveQuorumRules: method(
    z.strictObject({ eventId: entityId, rules: z.array(QuorumRule).min(1).max(10) }),
    z.array(QuorumRule)
  ),
  /**
   * Báo cáo thẩm tra tư cách đại biểu (Decree 30): summoned, present, absent with reasons,
   * substitutes, the composition of those present, the conclusion; then the absentees.
   */
  renderCredentialsReport: method(
    z.strictObject({ eventId: entityId, chairName: z.string().max(200).optional() }),
    FileOut
  ),
  /**
   * The sample event only, while nobody is checked in: about three in four of its delegates
   * (everyone with a part in the programme among them) and half its guests checked in at a desk
   * named "Điểm danh mẫu", two absences with reasons — one change, taken back by one undo — so
   * the board and the quorum show figures.
   */
  demoCheckIn: method(byEventId, AttendanceFigures)
} satisfies ContractPart<(typeof attendanceMethodNames)[number]>
