import { z } from 'zod'
import {
  byEventId,
  entityId,
  FileIn,
  FileOut,
  method,
  none,
  type ContractPart
} from '../contract-part'
import { jobId, LayoutWarning } from '../certificates/contract'
import { isoDate } from '../entities'
import { CheckInCodeEntry, CheckInVerdict } from './entities'
import type { cardsMethodNames } from './method-names'

/** Delegate cards of an event, imposed N-up on A4 or A3 sheets. */
export const CardsRequest = z.strictObject({
  /** Progress events carry it and cancelJob takes it (a long print). */
  jobId: jobId.optional(),
  eventId: entityId,
  /** A template of kind "delegateCard": its page is the card size. */
  templateId: entityId,
  profileId: entityId.nullable().optional(),
  sheet: z.enum(['A4', 'A3']).optional(),
  orientation: z.enum(['auto', 'portrait', 'landscape']).optional(),
  /** Space between cards for the crop marks (default 6 mm). */
  gapMm: z.number().min(0).max(30).optional(),
  /** Print order (default: delegate number). */
  order: z.enum(['number', 'unit', 'name', 'seat']).optional(),
  /** Only these delegates (a reprint of selected cards). */
  delegateIds: z.array(entityId).min(1).max(100_000).optional(),
  /** Photos named after the delegate number (42.jpg) or full name; PNG or JPEG. */
  photos: z.array(FileIn).max(10_000).optional(),
  /** The user saw the overflow warnings and prints anyway. */
  confirmOverflow: z.boolean().optional()
})
export type CardsRequest = z.infer<typeof CardsRequest>

export const CardsCheck = z.strictObject({
  count: z.number().int(),
  perSheet: z.number().int(),
  sheets: z.number().int(),
  problems: z.array(LayoutWarning),
  /** Category names whose colours print as nearly the same grey. */
  greyscaleClashes: z.array(z.tuple([z.string(), z.string()]))
})
export type CardsCheck = z.infer<typeof CardsCheck>

export const NameTentsRequest = z.strictObject({
  eventId: entityId,
  /** A "nameTent" template (default: the shipped A4 one). */
  templateId: entityId.optional(),
  profileId: entityId.nullable().optional(),
  /** Default: the presidium, then the secretariat. */
  delegateIds: z.array(entityId).min(1).max(1000).optional()
})

const line = (max = 300) => z.string().max(max)
export const InvitationLetter = z.strictObject({
  /** "15" → "Số: 15/GM-UBND"; "" leaves the number blank for the register. */
  number: line(20),
  symbol: line(50),
  /** ISO date of the letter; null leaves blanks. */
  date: isoDate.nullable(),
  time: line(),
  place: line(),
  dress: line(),
  contact: line(),
  /** Index in the organisation's signers (default: the first). */
  signerIndex: z.number().int().min(0).max(19).optional()
})
export type InvitationLetter = z.infer<typeof InvitationLetter>

export const InvitationsRequest = z.strictObject({
  jobId: jobId.optional(),
  eventId: entityId,
  /** Default: the event's saved invitation settings. */
  letter: InvitationLetter.optional(),
  order: z.enum(['number', 'unit', 'name', 'seat']).optional(),
  delegateIds: z.array(entityId).min(1).max(100_000).optional(),
  /** One PDF in print order (default) or a zip of one PDF per invitee. */
  output: z.enum(['single', 'zip']).optional()
})

const mm = (max: number) => z.number().min(0).max(max)

/** An A4 sheet of address labels: a grid of equal labels at a fixed pitch. */
export const LabelSheet = z.strictObject({
  /** A preset's id ("L7160"), or "custom". */
  id: z.string().min(1).max(40),
  name: z.string().max(120),
  columns: z.number().int().min(1).max(10),
  rows: z.number().int().min(1).max(30),
  labelWidthMm: mm(210).refine((v) => v >= 10, 'A label is at least 10 mm wide.'),
  labelHeightMm: mm(297).refine((v) => v >= 10, 'A label is at least 10 mm high.'),
  /** The top-left corner of the first label, from the sheet's top-left corner. */
  leftMm: mm(100),
  topMm: mm(100),
  /** From one label's left (top) edge to the next one's. */
  pitchXMm: mm(210),
  pitchYMm: mm(297)
})
export type LabelSheet = z.infer<typeof LabelSheet>

export const AddressLabelsRequest = z.strictObject({
  eventId: entityId,
  sheet: LabelSheet,
  order: z.enum(['number', 'unit', 'name', 'seat']).optional(),
  delegateIds: z.array(entityId).min(1).max(100_000).optional(),
  /** Labels already used on the first sheet (a partly used sheet), left blank. */
  skip: z.number().int().min(0).max(299).optional()
})

export const cardsContract = {
  /** One A4 sheet per member, folded lengthwise: the name on both faces. */
  renderNameTents: method(NameTentsRequest, FileOut),
  /**
   * A Decree 30 invitation letter per delegate or guest, in print order: one PDF or a zip of
   * one PDF each; with a jobId it emits progress and can be cancelled.
   */
  renderInvitations: method(InvitationsRequest, FileOut),
  /** What the event's invitations say (number, time, place, …); defaults before the first save. */
  getInvitationSettings: method(byEventId, InvitationLetter),
  saveInvitationSettings: method(
    z.strictObject({ eventId: entityId, letter: InvitationLetter }),
    InvitationLetter
  ),
  /** Common A4 label sheets to choose from. */
  listLabelSheets: method(none, z.array(LabelSheet)),
  /** Envelope address labels (name with Ông/Bà, position, unit) on an A4 label sheet. */
  renderAddressLabels: method(AddressLabelsRequest, FileOut),
  checkDelegateCards: method(CardsRequest, CardsCheck),
  /** Refuses with INCOMPLETE on unprintable glyphs, or on overflows unless confirmOverflow. */
  renderDelegateCards: method(CardsRequest, FileOut),
  /** Every delegate's current check-in code in number order; gives the event its key first. */
  listCheckInCodes: method(byEventId, z.array(CheckInCodeEntry)),
  /** Takes a card back: its code stops working and the delegate's next card gets a new one. */
  revokeCard: method(
    z.strictObject({ delegateId: entityId, reason: z.string().max(500) }),
    CheckInCodeEntry
  ),
  /** What a scanned or typed code is (valid, revoked, forged, unknown, malformed). */
  verifyCheckInCode: method(
    z.strictObject({ eventId: entityId, code: z.string().max(200) }),
    CheckInVerdict
  )
} satisfies ContractPart<(typeof cardsMethodNames)[number]>
