import { describe, expect, it } from 'vitest'
import type { HallPlan } from '@shared/seating/entities'
import { hallGrid, neighbour } from './hall-grid'

const block = (id: string, rows: number, seatsPerRow: number) => ({
  id,
  name: id.toUpperCase(),
  rows,
  seatsPerRow,
  categoryIds: [],
  aisleLeft: false,
  aisleRight: false
})
const plan: HallPlan = {
  id: 'h',
  eventId: 'e',
  name: '',
  presidiumSeats: 3,
  blocks: [block('a', 2, 2), block('b', 3, 3)],
  seats: [],
  createdAt: '',
  updatedAt: ''
}

describe('moving between seats with the arrow keys', () => {
  it('goes across blocks in a row, between rows by position, and up onto the stage', () => {
    const lines = hallGrid(plan)
    expect(lines.map((l) => l.row)).toEqual([0, 1, 2, 3])
    expect(neighbour(lines, 'b:a:1:2', 'ArrowRight')).toBe('b:b:1:1')
    expect(neighbour(lines, 'b:b:1:3', 'ArrowRight')).toBe('b:b:1:3')
    expect(neighbour(lines, 'b:b:2:2', 'ArrowDown')).toBe('b:b:3:2')
    // Block A has no third row: down from it goes to the nearest seat of B's third row.
    expect(neighbour(lines, 'b:a:2:2', 'ArrowDown')).toBe('b:b:3:1')
    expect(neighbour(lines, 'b:b:3:1', 'ArrowDown')).toBeNull()
    // The stage's three seats stand over the middle of the five columns.
    expect(neighbour(lines, 'b:a:1:1', 'ArrowUp')).toBe('p:1')
    expect(neighbour(lines, 'p:3', 'ArrowDown')).toBe('b:b:1:2')
    expect(neighbour(lines, 'b:b:2:2', 'End')).toBe('b:b:2:3')
    expect(neighbour(lines, 'b:b:2:2', 'Enter')).toBeNull()
  })
})
