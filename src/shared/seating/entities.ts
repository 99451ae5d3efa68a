import { z } from 'zod'

const id = z.string().min(1).max(64)

/**
 * A block of seats in the hall (khu), drawn left to right as the audience faces the stage; row 1
 * is the row nearest the stage, seat 1 the leftmost seat of a row.
 */
export const HallBlock = z.strictObject({
  /** Unique within its plan. */
  id,
  /** "A", "B", … — printed as "Khu A". */
  name: z.string().min(1).max(20),
  rows: z.number().int().min(1).max(60),
  seatsPerRow: z.number().int().min(1).max(60),
  /** Categories seated here; empty = any delegate. */
  categoryIds: z.array(id).max(50),
  /** An aisle runs along this side of the block: its end seats are aisle seats. */
  aisleLeft: z.boolean(),
  aisleRight: z.boolean()
})
export type HallBlock = z.infer<typeof HallBlock>

/** A place in the hall: a seat of a block, or a seat at the presidium table on the stage. */
export const SeatPlace = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('block'),
    blockId: id,
    row: z.number().int().min(1).max(60),
    seat: z.number().int().min(1).max(60)
  }),
  z.strictObject({ kind: z.literal('presidium'), seat: z.number().int().min(1).max(40) })
])
export type SeatPlace = z.infer<typeof SeatPlace>

export const SeatAssignment = z.strictObject({
  delegateId: id,
  place: SeatPlace,
  /** Placed by hand: a new automatic assignment keeps it where it is. */
  manual: z.boolean()
})
export type SeatAssignment = z.infer<typeof SeatAssignment>

/** What the hall editor changes: the shape of the hall, not who sits where. */
export const HallLayout = z.strictObject({
  name: z.string().max(200),
  /** Seats at the presidium table on the stage (0 = no table). */
  presidiumSeats: z.number().int().min(0).max(40),
  blocks: z.array(HallBlock).max(20)
})
export type HallLayout = z.infer<typeof HallLayout>

/** An event's hall (one per event) and who sits where. */
export const HallPlan = z.strictObject({
  id,
  eventId: id,
  ...HallLayout.shape,
  seats: z.array(SeatAssignment),
  createdAt: z.string(),
  updatedAt: z.string()
})
export type HallPlan = z.infer<typeof HallPlan>
