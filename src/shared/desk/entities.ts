import { z } from 'zod'

export const PairedDeskView = z.strictObject({
  id: z.string(),
  name: z.string(),
  pairedAt: z.string(),
  lastSeenAt: z.string().nullable(),
  revokedAt: z.string().nullable()
})
export type PairedDeskView = z.infer<typeof PairedDeskView>

/** Check-in from other computers: whether it is on, where desks connect, who is paired. */
export const DeskStatus = z.strictObject({
  enabled: z.boolean(),
  eventId: z.string().nullable(),
  /** What a desk opens, e.g. http://192.168.1.20:41234/ */
  url: z.string().nullable(),
  /** The computer's network addresses to choose from. */
  addresses: z.array(z.strictObject({ name: z.string(), address: z.string() })),
  desks: z.array(PairedDeskView)
})
export type DeskStatus = z.infer<typeof DeskStatus>

/** A one-time code for a named desk, with the address carrying it, as text and as a QR code. */
export const DeskPairingView = z.strictObject({
  code: z.string(),
  deskName: z.string(),
  expiresAt: z.string(),
  url: z.string(),
  /** size × size modules row by row, "1" = dark. */
  qr: z.strictObject({ size: z.number().int(), modules: z.string() })
})
export type DeskPairingView = z.infer<typeof DeskPairingView>
