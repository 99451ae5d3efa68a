import { z } from 'zod'

const id = z.string().min(1).max(64)
const text = (max = 500) => z.string().max(max)

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
