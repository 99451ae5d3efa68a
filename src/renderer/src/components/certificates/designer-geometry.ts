/** A field's box in mm from the sheet's top-left corner. */
export interface RectMm {
  xMm: number
  yMm: number
  widthMm: number
  heightMm: number
}

/** What the mouse holds: the whole box, or one edge / corner of it. */
export type DragHandle = 'move' | 'n' | 's' | 'e' | 'w' | 'ne' | 'nw' | 'se' | 'sw'

export const resizeHandles: readonly Exclude<DragHandle, 'move'>[] = [
  'nw',
  'n',
  'ne',
  'e',
  'se',
  's',
  'sw',
  'w'
]

export interface SnapOptions {
  /** Grid step in mm; 0 turns grid snapping off. */
  gridMm: number
  /** Edges and centres of the other fields. */
  edges: SnapEdges
  /** How close (mm) an edge must come to another field's edge to stick to it. */
  edgeToleranceMm: number
  page: { widthMm: number; heightMm: number }
  /** Smallest width/height a resize may leave (0 for lines). */
  minSizeMm: number
}

export interface SnapEdges {
  xs: number[]
  ys: number[]
}

/** Hundredths of a millimetre: keeps 0.1 + 0.2 from showing as 0.30000000000000004 mm. */
export const roundMm = (value: number): number => Math.round(value * 100) / 100

export function snapToGrid(value: number, gridMm: number): number {
  if (!(gridMm > 0)) return roundMm(value)
  return roundMm(Math.round(value / gridMm) * gridMm)
}

/** Left, centre and right (top, middle, bottom) of every rectangle. */
export function edgesOf(rects: readonly RectMm[]): SnapEdges {
  const xs: number[] = []
  const ys: number[] = []
  for (const r of rects) {
    xs.push(r.xMm, r.xMm + r.widthMm / 2, r.xMm + r.widthMm)
    ys.push(r.yMm, r.yMm + r.heightMm / 2, r.yMm + r.heightMm)
  }
  return { xs, ys }
}

/** The nearest target within tolerance of any candidate, as the shift that aligns them. */
function nearestShift(candidates: number[], targets: number[], tolerance: number): number | null {
  let best: number | null = null
  for (const c of candidates) {
    for (const t of targets) {
      const shift = t - c
      if (Math.abs(shift) <= tolerance && (best === null || Math.abs(shift) < Math.abs(best)))
        best = shift
    }
  }
  return best
}

/** Snaps one coordinate: to another field's edge when close enough, else to the grid. */
function snapEdge(value: number, targets: number[], options: SnapOptions): number {
  const shift = nearestShift([value], targets, options.edgeToleranceMm)
  return shift === null ? snapToGrid(value, options.gridMm) : roundMm(value + shift)
}

/** Snaps a moved box: any of its three lines may stick to an edge, else its corner to the grid. */
function snapPosition(start: number, size: number, targets: number[], options: SnapOptions) {
  const shift = nearestShift(
    [start, start + size / 2, start + size],
    targets,
    options.edgeToleranceMm
  )
  return shift === null ? snapToGrid(start, options.gridMm) : roundMm(start + shift)
}

const clamp = (value: number, min: number, max: number): number =>
  Math.min(Math.max(value, min), Math.max(min, max))

/**
 * The box after dragging `handle` by (dx, dy) mm from where the drag started, snapped and kept
 * on the page. Pure, so a drag recomputes from its start and never accumulates rounding.
 */
export function dragRect(
  start: RectMm,
  handle: DragHandle,
  dxMm: number,
  dyMm: number,
  options: SnapOptions
): RectMm {
  const { page, minSizeMm } = options
  if (handle === 'move') {
    const x = snapPosition(start.xMm + dxMm, start.widthMm, options.edges.xs, options)
    const y = snapPosition(start.yMm + dyMm, start.heightMm, options.edges.ys, options)
    return {
      ...start,
      xMm: roundMm(clamp(x, 0, page.widthMm - start.widthMm)),
      yMm: roundMm(clamp(y, 0, page.heightMm - start.heightMm))
    }
  }
  let left = start.xMm
  let right = start.xMm + start.widthMm
  let top = start.yMm
  let bottom = start.yMm + start.heightMm
  if (handle.includes('w'))
    left = clamp(snapEdge(left + dxMm, options.edges.xs, options), 0, right - minSizeMm)
  if (handle.includes('e'))
    right = clamp(snapEdge(right + dxMm, options.edges.xs, options), left + minSizeMm, page.widthMm)
  if (handle.includes('n'))
    top = clamp(snapEdge(top + dyMm, options.edges.ys, options), 0, bottom - minSizeMm)
  if (handle.includes('s'))
    bottom = clamp(
      snapEdge(bottom + dyMm, options.edges.ys, options),
      top + minSizeMm,
      page.heightMm
    )
  return {
    xMm: roundMm(left),
    yMm: roundMm(top),
    widthMm: roundMm(right - left),
    heightMm: roundMm(bottom - top)
  }
}

/** Arrow-key nudge: one grid step (or `stepMm`), kept on the page. */
export function nudgeRect(
  rect: RectMm,
  key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown',
  stepMm: number,
  page: { widthMm: number; heightMm: number }
): RectMm {
  const dx = key === 'ArrowLeft' ? -stepMm : key === 'ArrowRight' ? stepMm : 0
  const dy = key === 'ArrowUp' ? -stepMm : key === 'ArrowDown' ? stepMm : 0
  return {
    ...rect,
    xMm: roundMm(clamp(rect.xMm + dx, 0, page.widthMm - rect.widthMm)),
    yMm: roundMm(clamp(rect.yMm + dy, 0, page.heightMm - rect.heightMm))
  }
}

/** CSS pixels per millimetre at 100 % zoom (96 px per inch). */
export const pxPerMm = 96 / 25.4

/** Ruler ticks: every mm a short one, every 5 mm a longer one, every 10 mm a labelled one. */
export function rulerTicks(lengthMm: number): { mm: number; size: 'short' | 'mid' | 'long' }[] {
  const ticks: { mm: number; size: 'short' | 'mid' | 'long' }[] = []
  for (let mm = 0; mm <= Math.floor(lengthMm); mm++)
    ticks.push({ mm, size: mm % 10 === 0 ? 'long' : mm % 5 === 0 ? 'mid' : 'short' })
  return ticks
}

/** True when any part of the box lies within `marginMm` of the sheet's edge. */
export function inUnprintableMargin(
  rect: RectMm,
  page: { widthMm: number; heightMm: number },
  marginMm: number
): boolean {
  if (!(marginMm > 0)) return false
  return (
    rect.xMm < marginMm ||
    rect.yMm < marginMm ||
    rect.xMm + rect.widthMm > page.widthMm - marginMm ||
    rect.yMm + rect.heightMm > page.heightMm - marginMm
  )
}
