/** Sheet sizes cards are imposed on, portrait, in mm. */
export const sheetSizes = {
  A4: { widthMm: 210, heightMm: 297 },
  A3: { widthMm: 297, heightMm: 420 }
} as const
export type SheetSize = keyof typeof sheetSizes

/** Common card sizes, mm. */
export const cardSizes = {
  cr80: { widthMm: 85.6, heightMm: 54 },
  portrait90x120: { widthMm: 90, heightMm: 120 },
  a6: { widthMm: 105, heightMm: 148 }
} as const

export interface ImpositionInput {
  sheet: { widthMm: number; heightMm: number }
  card: { widthMm: number; heightMm: number }
  /** The printer's unprintable margin (from the printer profile). */
  marginMm: number
  /** Space between neighbouring cards, where their crop marks go. */
  gapMm: number
  /** "auto" takes the orientation that holds more cards (portrait on a tie). */
  orientation: 'portrait' | 'landscape' | 'auto'
}

export interface CropMark {
  x1: number
  y1: number
  x2: number
  y2: number
}

export interface Imposition {
  sheet: { widthMm: number; heightMm: number }
  card: { widthMm: number; heightMm: number }
  columns: number
  rows: number
  /** Top-left corner of every card place on a sheet, row by row, mm from the sheet's corner. */
  slots: { xMm: number; yMm: number }[]
  /** Cut marks of a full sheet (the same on every sheet), outside every card. */
  marks: CropMark[]
}

/** A mark stops this far from the card corner it points at, and from any other card. */
export const markOffsetMm = 1
export const markLengthMm = 4
/** Space kept round the block of cards for its outer marks. */
const markSpaceMm = markOffsetMm + markLengthMm

function grid(input: ImpositionInput, sheet: ImpositionInput['sheet']) {
  const { card, gapMm } = input
  const inset = input.marginMm + markSpaceMm
  const fit = (avail: number, size: number) =>
    Math.max(0, Math.floor((avail - 2 * inset + gapMm + 1e-9) / (size + gapMm)))
  return {
    sheet,
    columns: fit(sheet.widthMm, card.widthMm),
    rows: fit(sheet.heightMm, card.heightMm)
  }
}

/**
 * Places cards on a sheet: as many as fit inside the printer's margin with room for the crop
 * marks, the block centred on the sheet. Nothing is scaled: a card prints at its true size.
 */
export function impose(input: ImpositionInput): Imposition {
  const { widthMm: w, heightMm: h } = input.sheet
  const portrait = { widthMm: Math.min(w, h), heightMm: Math.max(w, h) }
  const landscape = { widthMm: portrait.heightMm, heightMm: portrait.widthMm }
  const a = grid(input, portrait)
  const b = grid(input, landscape)
  const pick =
    input.orientation === 'portrait'
      ? a
      : input.orientation === 'landscape'
        ? b
        : b.columns * b.rows > a.columns * a.rows
          ? b
          : a
  const { sheet, columns, rows } = pick
  const { card, gapMm } = input
  if (columns === 0 || rows === 0) {
    return { sheet, card, columns, rows, slots: [], marks: [] }
  }
  const blockW = columns * card.widthMm + (columns - 1) * gapMm
  const blockH = rows * card.heightMm + (rows - 1) * gapMm
  const left = (sheet.widthMm - blockW) / 2
  const top = (sheet.heightMm - blockH) / 2
  const slots: Imposition['slots'] = []
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < columns; c++) {
      slots.push({ xMm: left + c * (card.widthMm + gapMm), yMm: top + r * (card.heightMm + gapMm) })
    }
  }
  return { sheet, card, columns, rows, slots, marks: cropMarks(slots, card, gapMm) }
}

/**
 * At every card corner, two short lines continuing its edges outwards. In a gap a mark is no
 * longer than the gap leaves free, so it never touches the neighbouring card.
 */
function cropMarks(
  slots: readonly { xMm: number; yMm: number }[],
  card: { widthMm: number; heightMm: number },
  gapMm: number
): CropMark[] {
  const inner = Math.min(markLengthMm, gapMm - 2 * markOffsetMm)
  const xs = [...new Set(slots.map((s) => s.xMm))]
  const ys = [...new Set(slots.map((s) => s.yMm))]
  const firstX = xs[0]!
  const lastX = xs[xs.length - 1]!
  const firstY = ys[0]!
  const lastY = ys[ys.length - 1]!
  const marks: CropMark[] = []
  const seen = new Set<string>()
  const add = (m: CropMark) => {
    const key = [m.x1, m.y1, m.x2, m.y2].map((v) => v.toFixed(3)).join(',')
    if (!seen.has(key)) {
      seen.add(key)
      marks.push(m)
    }
  }
  for (const s of slots) {
    const l = s.xMm
    const r = s.xMm + card.widthMm
    const t = s.yMm
    const b = s.yMm + card.heightMm
    const lenLeft = l === firstX ? markLengthMm : inner
    const lenRight = l === lastX ? markLengthMm : inner
    const lenUp = t === firstY ? markLengthMm : inner
    const lenDown = t === lastY ? markLengthMm : inner
    for (const y of [t, b]) {
      if (lenLeft > 0) add({ x1: l - markOffsetMm - lenLeft, y1: y, x2: l - markOffsetMm, y2: y })
      if (lenRight > 0) add({ x1: r + markOffsetMm, y1: y, x2: r + markOffsetMm + lenRight, y2: y })
    }
    for (const x of [l, r]) {
      if (lenUp > 0) add({ x1: x, y1: t - markOffsetMm - lenUp, x2: x, y2: t - markOffsetMm })
      if (lenDown > 0) add({ x1: x, y1: b + markOffsetMm, x2: x, y2: b + markOffsetMm + lenDown })
    }
  }
  return marks
}
