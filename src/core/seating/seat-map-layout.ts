import type { HallPlan } from '@shared/seating/entities'
import { isAisleSeat, occupantsByPlace, placeKey } from '@shared/seating/hall'
import { mmToPt } from '../pdf/official-document'

export const seatMapPapers = {
  A4: { width: mmToPt(297), height: mmToPt(210) },
  A3: { width: mmToPt(420), height: mmToPt(297) }
} as const
export type SeatMapPaper = keyof typeof seatMapPapers

export interface SeatMapPerson {
  id: string
  fullName: string
  /** Card colour of the delegate's category (#RRGGBB), if any. */
  color: string | null
  honoree: boolean
}

export interface SeatBox {
  x: number
  y: number
  width: number
  height: number
  /** "12" — the seat number; the row is written beside the block. */
  number: string
  /** The occupant's name in lines, empty for a free seat. */
  lines: string[]
  color: string | null
  honoree: boolean
  aisle: boolean
}

export interface SeatMapLayout {
  page: { width: number; height: number }
  margin: number
  /** Name size, pt: one size for the whole map, the largest at which every name fits. */
  nameSize: number
  numberSize: number
  stage: { x: number; y: number; width: number; height: number }
  table: SeatBox[]
  blocks: { title: string; x: number; y: number; width: number }[]
  rowLabels: { text: string; x: number; y: number; width: number }[]
  seats: SeatBox[]
  /** Names that do not fit their box even at the smallest size (printed abbreviated). */
  tooLong: string[]
  bottom: number
}

export interface SeatMapInput {
  plan: HallPlan
  people: ReadonlyMap<string, SeatMapPerson>
  paper: SeatMapPaper
  /** Width of `text` at `size` pt in the map's face. */
  measure: (text: string, size: number) => number
}

const maxNameSize = 10
const minNameSize = 4.5
const maxLines = 3

/** Words into at most `maxLines` lines of `width`; null when they do not fit. */
export function wrapName(
  name: string,
  width: number,
  size: number,
  measure: SeatMapInput['measure']
): string[] | null {
  const lines: string[] = []
  for (const word of name.split(/\s+/).filter(Boolean)) {
    if (measure(word, size) > width) return null
    const last = lines[lines.length - 1]
    if (last !== undefined && measure(`${last} ${word}`, size) <= width) {
      lines[lines.length - 1] = `${last} ${word}`
    } else lines.push(word)
  }
  return lines.length <= maxLines ? lines : null
}

/** "Nguyễn Thị Minh Khai" → "N. T. M. Khai", for a name that fits nowhere. */
export const abbreviatedName = (name: string): string => {
  const words = name.split(/\s+/).filter(Boolean)
  return [...words.slice(0, -1).map((w) => `${[...w][0]}.`), words[words.length - 1] ?? ''].join(
    ' '
  )
}

/** The largest name size (down to the minimum) at which every name fits a seat's box. */
function nameSizeThatFits(
  names: readonly string[],
  textWidth: number,
  textHeight: number,
  scale: number,
  measure: SeatMapInput['measure']
): number {
  const fits = (size: number) => {
    const lineHeight = size * 1.15
    const room = textHeight - size * 0.9 - 2
    const lines = Math.max(1, Math.min(maxLines, Math.floor(room / lineHeight)))
    return names.every((n) => {
      const wrapped = wrapName(n, textWidth, size, measure)
      return wrapped !== null && wrapped.length <= lines
    })
  }
  let nameSize = maxNameSize * scale
  while (nameSize > minNameSize && !fits(nameSize))
    nameSize = Math.round((nameSize - 0.25) * 100) / 100
  return nameSize
}

/**
 * Where everything of the seat map goes: title room at the top, the stage with the presidium
 * table, then the blocks side by side with an aisle between them, rows numbered on both sides.
 */
export function layOutSeatMap(input: SeatMapInput): SeatMapLayout {
  const { plan, people, measure } = input
  const page = seatMapPapers[input.paper]
  const scale = input.paper === 'A3' ? 1.4 : 1
  const margin = mmToPt(10)
  const titleRoom = 48 * scale
  const legendRoom = 22 * scale
  const labelWidth = 22 * scale
  const aisle = 0.7
  const columns =
    plan.blocks.reduce((n, b) => n + b.seatsPerRow, 0) + Math.max(0, plan.blocks.length - 1) * aisle
  const usableWidth = page.width - 2 * margin - 2 * labelWidth
  const seatWidth = Math.min(mmToPt(30), usableWidth / Math.max(1, columns))
  const gap = Math.max(1.5, seatWidth * 0.06)
  const rows = Math.max(1, ...plan.blocks.map((b) => b.rows))
  const tableSeats = plan.presidiumSeats
  const blockTitle = 14 * scale
  const usableHeight = page.height - 2 * margin - titleRoom - legendRoom - blockTitle
  // The stage takes a seat row and a half; the presidium table one row of boxes.
  const seatHeight = Math.min(seatWidth * 1.1, mmToPt(22), usableHeight / (rows + 2.2))
  const occupants = occupantsByPlace(plan.seats)
  const boxText = (w: number) => w - 2 * gap - 2

  const names = [...occupants.values()].map((id) => people.get(id)?.fullName ?? '')
  const nameSize = nameSizeThatFits(names, boxText(seatWidth), seatHeight - 2 * gap, scale, measure)
  const numberSize = Math.max(4, Math.min(7 * scale, nameSize * 0.8))
  const tooLong: string[] = []
  const linesOf = (id: string | undefined, width: number): string[] => {
    if (!id) return []
    const name = people.get(id)?.fullName ?? ''
    const wrapped = wrapName(name, boxText(width), nameSize, measure)
    if (wrapped) return wrapped
    tooLong.push(name)
    return (
      wrapName(abbreviatedName(name), boxText(width), nameSize, measure) ?? [abbreviatedName(name)]
    )
  }
  const box = (
    x: number,
    y: number,
    width: number,
    number: number,
    id: string | undefined,
    aisleSeat: boolean
  ): SeatBox => ({
    x: x + gap / 2,
    y: y + gap / 2,
    width: width - gap,
    height: seatHeight - gap,
    number: String(number),
    lines: linesOf(id, width),
    color: id ? (people.get(id)?.color ?? null) : null,
    honoree: id ? (people.get(id)?.honoree ?? false) : false,
    aisle: aisleSeat
  })

  const hallWidth = columns * seatWidth
  const left = (page.width - hallWidth) / 2
  const stageTop = margin + titleRoom
  const tableWidth = Math.min(hallWidth * 0.8, tableSeats * seatWidth * 1.15)
  const stage = { x: left, y: stageTop, width: hallWidth, height: seatHeight * 1.7 }
  const tableLeft = (page.width - tableWidth) / 2
  const tableSeatWidth = tableSeats > 0 ? tableWidth / tableSeats : 0
  const tableY = stageTop + seatHeight * 0.55
  const table = Array.from({ length: tableSeats }, (_, i) =>
    box(
      tableLeft + i * tableSeatWidth,
      tableY,
      tableSeatWidth,
      i + 1,
      occupants.get(placeKey({ kind: 'presidium', seat: i + 1 })),
      false
    )
  )

  const hallTop = stage.y + stage.height + seatHeight * 0.5 + blockTitle
  const blocks: SeatMapLayout['blocks'] = []
  const seats: SeatBox[] = []
  let x = left
  for (const block of plan.blocks) {
    const width = block.seatsPerRow * seatWidth
    blocks.push({
      title: `KHU ${block.name.toLocaleUpperCase('vi')}`,
      x,
      y: hallTop - blockTitle,
      width
    })
    for (let row = 1; row <= block.rows; row++) {
      for (let seat = 1; seat <= block.seatsPerRow; seat++) {
        const id = occupants.get(placeKey({ kind: 'block', blockId: block.id, row, seat }))
        const y = hallTop + (row - 1) * seatHeight
        seats.push(
          box(x + (seat - 1) * seatWidth, y, seatWidth, seat, id, isAisleSeat(block, seat))
        )
      }
    }
    x += width + aisle * seatWidth
  }
  const rowLabels = Array.from({ length: rows }, (_, i) => {
    const y = hallTop + i * seatHeight + seatHeight / 2 - numberSize / 2
    return [
      { text: `H${i + 1}`, x: left - labelWidth, y, width: labelWidth - 2 },
      { text: `H${i + 1}`, x: left + hallWidth + 2, y, width: labelWidth - 2 }
    ]
  }).flat()
  return {
    page,
    margin,
    nameSize,
    numberSize,
    stage,
    table,
    blocks,
    rowLabels,
    seats,
    tooLong,
    bottom: hallTop + rows * seatHeight
  }
}
