/*
 * The geometry and wording of a hall plan, zod-free: the core assigns and prints with it, the
 * hall editor draws with it.
 */
import type { HallBlock, HallLayout, SeatAssignment, SeatPlace } from './entities'

/** One string per place, for maps and sets. */
export const placeKey = (place: SeatPlace): string =>
  place.kind === 'presidium' ? `p:${place.seat}` : `b:${place.blockId}:${place.row}:${place.seat}`

export const samePlace = (a: SeatPlace, b: SeatPlace): boolean => placeKey(a) === placeKey(b)

const blockWord = (name: string) =>
  /^khu\s/i.test(name.trim()) ? name.trim() : `Khu ${name.trim()}`

/** What the card and the desk print: "Khu B, hàng 3, ghế 12", "Đoàn Chủ tịch, ghế 2". */
export function seatLabel(layout: Pick<HallLayout, 'blocks'>, place: SeatPlace): string {
  if (place.kind === 'presidium') return `Đoàn Chủ tịch, ghế ${place.seat}`
  const block = layout.blocks.find((b) => b.id === place.blockId)
  return `${blockWord(block?.name ?? '?')}, hàng ${place.row}, ghế ${place.seat}`
}

/** Whether a seat text already says it is a seat ("Khu B, hàng 3, ghế 12"), unlike a code ("A12"). */
export const namesItsSeat = (seat: string): boolean => /(^|[\s,])ghế\s/iu.test(seat)

export const isAisleSeat = (block: HallBlock, seat: number): boolean =>
  (block.aisleLeft && seat === 1) || (block.aisleRight && seat === block.seatsPerRow)

export function placeExists(layout: HallLayout, place: SeatPlace): boolean {
  if (place.kind === 'presidium') return place.seat <= layout.presidiumSeats
  const block = layout.blocks.find((b) => b.id === place.blockId)
  return !!block && place.row <= block.rows && place.seat <= block.seatsPerRow
}

export interface HallSeat {
  place: Extract<SeatPlace, { kind: 'block' }>
  block: HallBlock
  aisle: boolean
}

/**
 * Every block seat in filling order, front row first. Within a row the middle block comes first,
 * then the blocks beside it outwards (left before right); a side block is taken from the seat
 * nearest the middle. Guests so get the middle of the front rows, and the first honorees the
 * aisle seats nearest the stage's centre.
 */
export function hallSeats(blocks: readonly HallBlock[]): HallSeat[] {
  const out: HallSeat[] = []
  const middle = (blocks.length - 1) / 2
  const order = blocks
    .map((block, index) => ({ block, index }))
    .sort((a, b) => Math.abs(a.index - middle) - Math.abs(b.index - middle) || a.index - b.index)
  const rows = Math.max(0, ...blocks.map((b) => b.rows))
  for (let row = 1; row <= rows; row++) {
    for (const { block, index } of order) {
      if (row > block.rows) continue
      const seats = Array.from({ length: block.seatsPerRow }, (_, i) => i + 1)
      if (index < middle) seats.reverse()
      for (const seat of seats) {
        out.push({
          place: { kind: 'block', blockId: block.id, row, seat },
          block,
          aisle: isAisleSeat(block, seat)
        })
      }
    }
  }
  return out
}

/**
 * The presidium table's seats in protocol order, numbered left to right as the audience sees
 * the stage: the first person sits in the middle, the second on his right (the audience's left),
 * the third on his left, and so on outwards.
 */
export function presidiumOrder(seats: number): number[] {
  const middle = (seats + 1) / 2
  return Array.from({ length: seats }, (_, i) => i + 1).sort(
    (a, b) => Math.abs(a - middle) - Math.abs(b - middle) || a - b
  )
}

export const seatCount = (layout: HallLayout): number =>
  layout.presidiumSeats + layout.blocks.reduce((n, b) => n + b.rows * b.seatsPerRow, 0)

/** Who sits at each place, by place key. */
export const occupantsByPlace = (seats: readonly SeatAssignment[]): Map<string, string> =>
  new Map(seats.map((s) => [placeKey(s.place), s.delegateId]))
