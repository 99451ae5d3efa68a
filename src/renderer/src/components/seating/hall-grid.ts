import type { HallPlan, SeatPlace } from '@shared/seating/entities'
import { isAisleSeat, placeKey } from '@shared/seating/hall'

export interface MapPerson {
  fullName: string
  unit: string
  color: string | null
}

export interface GridSeat {
  key: string
  place: SeatPlace
  aisle: boolean
}

/** One line of the map: the presidium table (row 0), or row N across every block. */
export interface GridLine {
  row: number
  /** Per block (the table is one block), its seats left to right; empty past a block's rows. */
  blocks: { id: string; name: string; seats: GridSeat[] }[]
}

export function hallGrid(plan: HallPlan): GridLine[] {
  const table: GridLine = {
    row: 0,
    blocks: [
      {
        id: 'presidium',
        name: '',
        seats: Array.from({ length: plan.presidiumSeats }, (_, i) => {
          const place: SeatPlace = { kind: 'presidium', seat: i + 1 }
          return { key: placeKey(place), place, aisle: false }
        })
      }
    ]
  }
  const rows = Math.max(0, ...plan.blocks.map((b) => b.rows))
  const lines = Array.from({ length: rows }, (_, i) => ({
    row: i + 1,
    blocks: plan.blocks.map((b) => ({
      id: b.id,
      name: b.name,
      seats:
        i + 1 > b.rows
          ? []
          : Array.from({ length: b.seatsPerRow }, (_, s) => {
              const place: SeatPlace = { kind: 'block', blockId: b.id, row: i + 1, seat: s + 1 }
              return { key: placeKey(place), place, aisle: isAisleSeat(b, s + 1) }
            })
    }))
  }))
  return plan.presidiumSeats > 0 ? [table, ...lines] : lines
}

/** Each line's seats with the column they stand in across the whole hall (blocks side by side). */
function columns(lines: GridLine[]): { key: string; col: number }[][] {
  const widths = new Map<string, number>()
  for (const line of lines)
    for (const b of line.blocks) widths.set(b.id, Math.max(widths.get(b.id) ?? 0, b.seats.length))
  const hall = [...widths].filter(([id]) => id !== 'presidium').reduce((n, [, w]) => n + w, 0)
  return lines.map((line) => {
    let offset = 0
    return line.blocks.flatMap((b) => {
      const start = b.id === 'presidium' ? Math.max(0, (hall - b.seats.length) / 2) : offset
      offset += widths.get(b.id) ?? 0
      return b.seats.map((s, i) => ({ key: s.key, col: start + i }))
    })
  })
}

/** The seat an arrow key leads to from `key`: along the row, or to the nearest seat above/below. */
export function neighbour(lines: GridLine[], key: string, direction: string): string | null {
  const grid = columns(lines)
  const r = grid.findIndex((seats) => seats.some((s) => s.key === key))
  if (r < 0) return null
  const row = grid[r]!
  const c = row.findIndex((s) => s.key === key)
  const col = row[c]!.col
  const nearest = (target: number): string | null => {
    for (let t = target; t >= 0 && t < grid.length; t += target < r ? -1 : 1) {
      const seats = grid[t]!
      if (seats.length === 0) continue
      return seats.reduce((best, s) =>
        Math.abs(s.col - col) < Math.abs(best.col - col) ? s : best
      ).key
    }
    return null
  }
  switch (direction) {
    case 'ArrowLeft':
      return row[Math.max(0, c - 1)]!.key
    case 'ArrowRight':
      return row[Math.min(row.length - 1, c + 1)]!.key
    case 'ArrowUp':
      return nearest(r - 1)
    case 'ArrowDown':
      return nearest(r + 1)
    case 'Home':
      return row[0]!.key
    case 'End':
      return row[row.length - 1]!.key
    default:
      return null
  }
}
