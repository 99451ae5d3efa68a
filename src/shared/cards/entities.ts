import { z } from 'zod'

const id = z.string().min(1).max(64)

/**
 * The key an event's check-in codes are signed with. It lives in the data file only (an event
 * export carries it, so the codes survive a move to another office) and never leaves through the
 * contract.
 */
export const CheckInSecret = z.strictObject({
  eventId: id,
  /** 32 random bytes, base64. */
  secretBase64: z.string().min(40).max(100),
  createdAt: z.string()
})
export type CheckInSecret = z.infer<typeof CheckInSecret>

/** A card taken back (lost, wrong name): the delegate's next card carries a new code. */
export const CardRevocation = z.strictObject({
  id,
  eventId: id,
  delegateId: id,
  reason: z.string().max(500),
  revokedAt: z.string()
})
export type CardRevocation = z.infer<typeof CardRevocation>

export const checkInStatuses = ['valid', 'revoked', 'forged', 'unknown', 'malformed'] as const

/** What a typed or scanned code is; the delegate is named for "valid" and "revoked". */
export const CheckInVerdict = z.strictObject({
  status: z.enum(checkInStatuses),
  delegateId: z.string().nullable(),
  number: z.number().int().nullable(),
  fullName: z.string().nullable()
})
export type CheckInVerdict = z.infer<typeof CheckInVerdict>

export const CheckInCodeEntry = z.strictObject({
  delegateId: z.string(),
  number: z.number().int(),
  code: z.string()
})
export type CheckInCodeEntry = z.infer<typeof CheckInCodeEntry>

/** An event's invitation settings, saved as the user types them (one record per event). */
export const InvitationSettingsRecord = z.strictObject({
  id,
  eventId: id,
  number: z.string().max(20),
  symbol: z.string().max(50),
  date: z.string().nullable(),
  time: z.string().max(300),
  place: z.string().max(300),
  dress: z.string().max(300),
  contact: z.string().max(300),
  signerIndex: z.number().int().min(0).max(19).optional(),
  updatedAt: z.string()
})
export type InvitationSettingsRecord = z.infer<typeof InvitationSettingsRecord>
