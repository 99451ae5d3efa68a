import type { Delegate } from '@shared/delegates/entities'
import type { HallBlock, HallLayout, SeatAssignment, SeatPlace } from '@shared/seating/entities'
import {
  hallSeats,
  placeExists,
  placeKey,
  presidiumOrder,
  type HallSeat
} from '@shared/seating/hall'
import { duplicateKey } from '@shared/text'

export type SeatedDelegate = Pick<Delegate, 'id' | 'number' | 'unit' | 'categoryId' | 'flags'>

export interface AssignSeatsInput {
  layout: HallLayout
  /** The event's delegates. */
  delegates: readonly SeatedDelegate[]
  /** Category ids in the event's order (guests and officials as the office ranks them). */
  categoryOrder: readonly string[]
  /** Delegates who go up on stage, in award round order (the honoree seating list's order). */
  honoreeOrder: readonly string[]
  /** Assignments to leave where they are (placed by hand). */
  keep: readonly SeatAssignment[]
}

export interface AssignSeatsResult {
  seats: SeatAssignment[]
  /** Delegates the hall has no seat for, in number order. */
  unseated: string[]
}

/**
 * Seats every delegate of the event:
 * 1. kept (hand-placed) seats stay;
 * 2. the presidium at the table on the stage, the first in the middle (protocol order: category,
 *    then number);
 * 3. honorees on aisle seats in award round order, front rows first, in their category's blocks;
 * 4. everyone else category by category in their blocks, front to back, units together (a unit
 *    in the order of its first delegate's number, its people by number).
 * A category no block names sits in the blocks that name none; when its blocks are full it
 * overflows into those too.
 */
export function assignSeats(input: AssignSeatsInput): AssignSeatsResult {
  const { layout } = input
  const known = new Set(input.delegates.map((d) => d.id))
  const seats: SeatAssignment[] = []
  const taken = new Set<string>()
  const seated = new Set<string>()
  const place = (delegateId: string, where: SeatPlace, manual: boolean) => {
    seats.push({ delegateId, place: where, manual })
    taken.add(placeKey(where))
    seated.add(delegateId)
  }
  for (const kept of input.keep) {
    if (!known.has(kept.delegateId) || seated.has(kept.delegateId)) continue
    if (!placeExists(layout, kept.place) || taken.has(placeKey(kept.place))) continue
    place(kept.delegateId, kept.place, true)
  }

  const rank = new Map(input.categoryOrder.map((id, i) => [id, i]))
  const categoryRank = (d: SeatedDelegate) =>
    d.categoryId === null ? rank.size + 1 : (rank.get(d.categoryId) ?? rank.size)
  const byProtocol = (a: SeatedDelegate, b: SeatedDelegate) =>
    categoryRank(a) - categoryRank(b) || a.number - b.number
  const waiting = () => input.delegates.filter((d) => !seated.has(d.id))

  const table = presidiumOrder(layout.presidiumSeats).filter((s) => !taken.has(`p:${s}`))
  const presidium = waiting()
    .filter((d) => d.flags.presidium)
    .sort(byProtocol)
  presidium.slice(0, table.length).forEach((d, i) => {
    place(d.id, { kind: 'presidium', seat: table[i]! }, false)
  })

  const all = hallSeats(layout.blocks)
  const open = layout.blocks.filter((b) => b.categoryIds.length === 0)
  const blocksOf = (categoryId: string | null): HallBlock[] => {
    const own = layout.blocks.filter(
      (b) => categoryId !== null && b.categoryIds.includes(categoryId)
    )
    if (own.length > 0) return own
    return open.length > 0 ? open : layout.blocks
  }
  const freeSeats = (blocks: readonly HallBlock[], aisleOnly: boolean): HallSeat[] => {
    const ids = new Set(blocks.map((b) => b.id))
    return all.filter(
      (s) => ids.has(s.block.id) && (!aisleOnly || s.aisle) && !taken.has(placeKey(s.place))
    )
  }

  const byId = new Map(input.delegates.map((d) => [d.id, d]))
  for (const delegateId of input.honoreeOrder) {
    const d = byId.get(delegateId)
    if (!d || seated.has(d.id)) continue
    const seat = freeSeats(blocksOf(d.categoryId), true)[0] ?? freeSeats(open, true)[0]
    if (seat) place(d.id, seat.place, false)
  }

  const groups = new Map<number, SeatedDelegate[]>()
  for (const d of waiting().sort(byProtocol)) {
    const r = categoryRank(d)
    groups.set(r, [...(groups.get(r) ?? []), d])
  }
  for (const people of groups.values()) {
    const first = people[0]!
    const queue = unitsTogether(people)
    const seatsFor = [...freeSeats(blocksOf(first.categoryId), false), ...freeSeats(open, false)]
    const used = new Set<string>()
    for (const seat of seatsFor) {
      const key = placeKey(seat.place)
      if (used.has(key) || taken.has(key)) continue
      const d = queue.shift()
      if (!d) break
      used.add(key)
      place(d.id, seat.place, false)
    }
  }
  const unseated = waiting()
    .sort((a, b) => a.number - b.number)
    .map((d) => d.id)
  return { seats, unseated }
}

/** Units in the order of their first delegate's number; each unit's people by number. */
export function unitsTogether(people: readonly SeatedDelegate[]): SeatedDelegate[] {
  const units = new Map<string, SeatedDelegate[]>()
  for (const d of [...people].sort((a, b) => a.number - b.number)) {
    const key = duplicateKey(d.unit)
    units.set(key, [...(units.get(key) ?? []), d])
  }
  return [...units.values()].flat()
}
