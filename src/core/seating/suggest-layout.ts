import type { HallLayout } from '@shared/seating/entities'

/**
 * A hall for `delegates` people with a little room to spare: a wide middle block between two
 * side blocks, aisles between them, and a presidium table for `presidium` people (at least 3).
 */
export function suggestLayout(delegates: number, presidium: number): HallLayout {
  const side = 6
  const middle = 10
  const perRow = side * 2 + middle
  const rows = Math.min(60, Math.max(3, Math.ceil((delegates * 1.1) / perRow)))
  const block = (id: string, seatsPerRow: number, aisleLeft: boolean, aisleRight: boolean) => ({
    id,
    name: id.toUpperCase(),
    rows,
    seatsPerRow,
    categoryIds: [],
    aisleLeft,
    aisleRight
  })
  return {
    name: 'Hội trường',
    presidiumSeats: Math.min(40, Math.max(3, presidium)),
    blocks: [
      block('a', side, false, true),
      block('b', middle, true, true),
      block('c', side, true, false)
    ]
  }
}
