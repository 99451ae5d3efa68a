import { z } from 'zod'
import { byEventId, entityId, method, type ContractPart } from '../contract-part'
import { CheckInCodeEntry, CheckInVerdict } from './entities'
import type { cardsMethodNames } from './method-names'

export const cardsContract = {
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
