import { describe, expect, it } from 'vitest'
import type { HallBlock, HallLayout, SeatAssignment } from '@shared/seating/entities'
import { placeKey, presidiumOrder, seatLabel } from '@shared/seating/hall'
import { assignSeats, type SeatedDelegate } from './assign-seats'

const flags = { honoree: false, speaker: false, presidium: false, secretariat: false }
const person = (
  number: number,
  unit: string,
  categoryId: string | null = 'official',
  extra: Partial<SeatedDelegate['flags']> = {}
): SeatedDelegate => ({ id: `d${number}`, number, unit, categoryId, flags: { ...flags, ...extra } })

const block = (id: string, rows: number, seatsPerRow: number, more: Partial<HallBlock> = {}) => ({
  id,
  name: id.toUpperCase(),
  rows,
  seatsPerRow,
  categoryIds: [],
  aisleLeft: false,
  aisleRight: false,
  ...more
})

const layout = (blocks: HallBlock[], presidiumSeats = 0): HallLayout => ({
  name: 'Hội trường',
  presidiumSeats,
  blocks
})

const labels = (l: HallLayout, seats: SeatAssignment[]) =>
  Object.fromEntries(seats.map((s) => [s.delegateId, seatLabel(l, s.place)]))

describe('automatic seat assignment', () => {
  it('seats the presidium at the table, the first in the middle, then outwards right and left', () => {
    expect(presidiumOrder(5)).toEqual([3, 2, 4, 1, 5])
    expect(presidiumOrder(4)).toEqual([2, 3, 1, 4])
    const hall = layout([block('a', 2, 4)], 3)
    const delegates = [
      person(1, 'X'),
      person(2, 'UBND', 'official', { presidium: true }),
      person(3, 'Đảng ủy', 'official', { presidium: true }),
      person(4, 'MTTQ', 'official', { presidium: true }),
      person(5, 'Công an', 'official', { presidium: true })
    ]
    const { seats, unseated } = assignSeats({
      layout: hall,
      delegates,
      categoryOrder: ['official'],
      honoreeOrder: [],
      keep: []
    })
    expect(unseated).toEqual([])
    const at = labels(hall, seats)
    expect(at.d2).toBe('Đoàn Chủ tịch, ghế 2')
    expect(at.d3).toBe('Đoàn Chủ tịch, ghế 1')
    expect(at.d4).toBe('Đoàn Chủ tịch, ghế 3')
    // A fourth presidium member finds no chair at a table of three: a seat in the hall.
    expect(at.d5).toMatch(/^Khu A, hàng 1/)
  })

  it('puts honorees on aisle seats in award round order, from the front', () => {
    const hall = layout([
      block('a', 3, 4, { aisleRight: true }),
      block('b', 3, 6, { aisleLeft: true, aisleRight: true }),
      block('c', 3, 4, { aisleLeft: true })
    ])
    const delegates = Array.from({ length: 20 }, (_, i) => person(i + 1, `Tổ ${(i % 5) + 1}`))
    const honoreeOrder = ['d17', 'd3', 'd11', 'd8', 'd20', 'd1']
    const { seats } = assignSeats({
      layout: hall,
      delegates,
      categoryOrder: ['official'],
      honoreeOrder,
      keep: []
    })
    const at = labels(hall, seats)
    // Row 1: the middle block's two aisle seats, then A's and C's seats on the aisle, then row 2.
    expect(honoreeOrder.map((id) => at[id])).toEqual([
      'Khu B, hàng 1, ghế 1',
      'Khu B, hàng 1, ghế 6',
      'Khu A, hàng 1, ghế 4',
      'Khu C, hàng 1, ghế 1',
      'Khu B, hàng 2, ghế 1',
      'Khu B, hàng 2, ghế 6'
    ])
  })

  it('keeps a unit together and categories in their own blocks, guests first in the front', () => {
    const hall = layout([
      block('a', 2, 5, { categoryIds: ['guest'] }),
      block('b', 4, 5, { categoryIds: ['official'] })
    ])
    const delegates = [
      person(1, 'Tổ 2'),
      person(2, 'Tổ 1'),
      person(3, 'Tổ 2'),
      person(4, 'Sở Nội vụ', 'guest'),
      person(5, 'Tổ 1'),
      person(6, 'Tổ 3'),
      person(7, 'Tổ 2'),
      person(8, 'UBND thành phố', 'guest')
    ]
    const { seats } = assignSeats({
      layout: hall,
      delegates,
      categoryOrder: ['guest', 'official'],
      honoreeOrder: [],
      keep: []
    })
    const at = labels(hall, seats)
    expect([at.d4, at.d8]).toEqual(['Khu A, hàng 1, ghế 5', 'Khu A, hàng 1, ghế 4'])
    // Units in the order of their first delegate: Tổ 2 (1, 3, 7), Tổ 1 (2, 5), Tổ 3 (6).
    const order = ['d1', 'd3', 'd7', 'd2', 'd5', 'd6']
    expect(order.map((id) => at[id])).toEqual(
      [1, 2, 3, 4, 5].map((s) => `Khu B, hàng 1, ghế ${s}`).concat('Khu B, hàng 2, ghế 1')
    )
  })

  it('keeps hand-placed seats, reports who finds no seat, and never seats two on one place', () => {
    const hall = layout([block('a', 1, 3)])
    const delegates = [person(1, 'X'), person(2, 'X'), person(3, 'Y'), person(4, 'Y')]
    const keep: SeatAssignment[] = [
      { delegateId: 'd4', place: { kind: 'block', blockId: 'a', row: 1, seat: 1 }, manual: true },
      // On a seat that no longer exists: dropped, not kept.
      { delegateId: 'd3', place: { kind: 'block', blockId: 'a', row: 2, seat: 1 }, manual: true }
    ]
    const { seats, unseated } = assignSeats({
      layout: hall,
      delegates,
      categoryOrder: ['official'],
      honoreeOrder: [],
      keep
    })
    expect(seats.find((s) => s.delegateId === 'd4')).toMatchObject({
      manual: true,
      place: keep[0]!.place
    })
    expect(new Set(seats.map((s) => placeKey(s.place))).size).toBe(seats.length)
    expect(seats).toHaveLength(3)
    expect(unseated).toEqual(['d3'])
  })

  it('seats a category no block names in the blocks that name none, and overflows into them', () => {
    const hall = layout([block('a', 1, 2, { categoryIds: ['guest'] }), block('b', 1, 4)])
    const delegates = [
      person(1, 'K', 'guest'),
      person(2, 'K', 'guest'),
      person(3, 'K', 'guest'),
      person(4, 'T', null)
    ]
    const { seats, unseated } = assignSeats({
      layout: hall,
      delegates,
      categoryOrder: ['guest'],
      honoreeOrder: [],
      keep: []
    })
    expect(unseated).toEqual([])
    const at = labels(hall, seats)
    expect(at.d3).toMatch(/^Khu B/)
    expect(at.d4).toMatch(/^Khu B/)
  })
})
