import { z } from 'zod'
import { byEventId, entityId, FileOut, method, type ContractPart } from '../contract-part'
import { HallLayout, HallPlan, SeatPlace } from './entities'
import type { seatingMethodNames } from './method-names'

export const SeatsAssigned = z.strictObject({
  plan: HallPlan,
  /** Delegates the hall has no seat for, in number order. */
  unseated: z.array(entityId)
})
export type SeatsAssigned = z.infer<typeof SeatsAssigned>

export const seatingContract = {
  /** The event's hall plan; null until one is saved. */
  getHallPlan: method(byEventId, HallPlan.nullable()),
  /** A hall sized for the event's delegates, to start from (not saved). */
  suggestHallLayout: method(byEventId, HallLayout),
  /** Creates or reshapes the hall; people on seats that no longer exist lose their seat. */
  saveHallLayout: method(z.strictObject({ eventId: entityId, layout: HallLayout }), HallPlan),
  /** Seats everyone by the rules (presidium, honorees on aisles, units together). */
  assignSeats: method(
    z.strictObject({ eventId: entityId, keepManual: z.boolean() }),
    SeatsAssigned
  ),
  /**
   * Puts a delegate on a place (null: off the plan). Someone already there takes the delegate's
   * old place, or none.
   */
  moveSeat: method(
    z.strictObject({ eventId: entityId, delegateId: entityId, to: SeatPlace.nullable() }),
    HallPlan
  ),
  /** The seat map for the wall and the ushers: the hall drawn with every name, then an index. */
  renderSeatMap: method(z.strictObject({ eventId: entityId, paper: z.enum(['A4', 'A3']) }), FileOut)
} satisfies ContractPart<(typeof seatingMethodNames)[number]>
