import { describe, expect, it } from 'vitest'
import {
  dragRect,
  edgesOf,
  inUnprintableMargin,
  nudgeRect,
  snapToGrid,
  type SnapOptions
} from './designer-geometry'

const page = { widthMm: 297, heightMm: 210 }
const options = (over: Partial<SnapOptions> = {}): SnapOptions => ({
  gridMm: 1,
  edges: { xs: [], ys: [] },
  edgeToleranceMm: 1.5,
  page,
  minSizeMm: 1,
  ...over
})
const box = { xMm: 20, yMm: 30, widthMm: 100, heightMm: 12 }

describe('snapToGrid', () => {
  it('rounds to the grid without float noise', () => {
    expect(snapToGrid(10.26, 0.5)).toBe(10.5)
    expect(snapToGrid(10.24, 0.5)).toBe(10)
    expect(snapToGrid(0.1 + 0.2, 0.1)).toBe(0.3)
    expect(snapToGrid(7.4, 1)).toBe(7)
  })
  it('leaves the value (to 0.01 mm) when the grid is off', () => {
    expect(snapToGrid(7.4321, 0)).toBe(7.43)
  })
})

describe('dragRect', () => {
  it('moves a box by whole grid steps', () => {
    expect(dragRect(box, 'move', 5.3, -2.6, options())).toEqual({ ...box, xMm: 25, yMm: 27 })
    expect(dragRect(box, 'move', 5.3, -2.6, options({ gridMm: 0.5 }))).toEqual({
      ...box,
      xMm: 25.5,
      yMm: 27.5
    })
  })

  it('sticks any of the three lines of a moved box to another field edge', () => {
    const other = { xMm: 150, yMm: 80, widthMm: 40, heightMm: 10 }
    const edges = edgesOf([other])
    // Right edge 20 + 29.3 + 100 = 149.3 is 0.7 mm from the other's left edge 150.
    const moved = dragRect(box, 'move', 29.3, 0, options({ edges }))
    expect(moved.xMm + moved.widthMm).toBe(150)
    // Vertical centre aligns with the other's centre (85).
    const centred = dragRect(box, 'move', 0, 48.6, options({ edges }))
    expect(centred.yMm + centred.heightMm / 2).toBe(85)
  })

  it('keeps a moved box on the page', () => {
    expect(dragRect(box, 'move', -50, -50, options())).toMatchObject({ xMm: 0, yMm: 0 })
    expect(dragRect(box, 'move', 500, 500, options())).toMatchObject({ xMm: 197, yMm: 198 })
  })

  it('resizes from each edge and corner, keeping the opposite side fixed', () => {
    expect(dragRect(box, 'e', 10.2, 0, options())).toEqual({ ...box, widthMm: 110 })
    expect(dragRect(box, 'w', 10.2, 0, options())).toEqual({ ...box, xMm: 30, widthMm: 90 })
    expect(dragRect(box, 'n', 0, -4.8, options())).toEqual({ ...box, yMm: 25, heightMm: 17 })
    expect(dragRect(box, 'se', 3, 3, options())).toEqual({ ...box, widthMm: 103, heightMm: 15 })
  })

  it('never makes a box smaller than the minimum or let it leave the page', () => {
    expect(dragRect(box, 'e', -200, 0, options()).widthMm).toBe(1)
    expect(dragRect(box, 'w', 200, 0, options())).toMatchObject({ xMm: 119, widthMm: 1 })
    expect(dragRect(box, 's', 0, 500, options()).heightMm).toBe(180)
    const line = { xMm: 20, yMm: 30, widthMm: 100, heightMm: 0 }
    expect(dragRect(line, 'e', 5, 0, options({ minSizeMm: 0 }))).toEqual({ ...line, widthMm: 105 })
  })

  it('snaps a resized edge to another field', () => {
    const edges = edgesOf([{ xMm: 130.4, yMm: 0, widthMm: 10, heightMm: 10 }])
    expect(dragRect(box, 'e', 10, 0, options({ edges })).widthMm).toBe(110.4)
  })
})

describe('nudgeRect', () => {
  it('moves by one step and stops at the page edge', () => {
    expect(nudgeRect(box, 'ArrowRight', 0.5, page)).toMatchObject({ xMm: 20.5, yMm: 30 })
    expect(nudgeRect(box, 'ArrowUp', 1, page)).toMatchObject({ xMm: 20, yMm: 29 })
    expect(nudgeRect({ ...box, xMm: 0.2 }, 'ArrowLeft', 1, page).xMm).toBe(0)
  })
})

describe('inUnprintableMargin', () => {
  it('flags a box within the margin on any side', () => {
    expect(inUnprintableMargin(box, page, 5)).toBe(false)
    expect(inUnprintableMargin({ ...box, xMm: 4 }, page, 5)).toBe(true)
    expect(inUnprintableMargin({ ...box, yMm: 195 }, page, 5)).toBe(true)
    expect(inUnprintableMargin({ ...box, xMm: 0 }, page, 0)).toBe(false)
  })
})
