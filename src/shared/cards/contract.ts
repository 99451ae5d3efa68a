import { z } from 'zod'
import { byEventId, entityId, FileIn, FileOut, method, type ContractPart } from '../contract-part'
import { LayoutWarning } from '../certificates/contract'
import { CheckInCodeEntry, CheckInVerdict } from './entities'
import type { cardsMethodNames } from './method-names'

/** Delegate cards of an event, imposed N-up on A4 or A3 sheets. */
export const CardsRequest = z.strictObject({
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

export const cardsContract = {
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
