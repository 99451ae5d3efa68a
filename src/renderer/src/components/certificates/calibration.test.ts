import { describe, expect, it } from 'vitest'
import { correctionFromMeasurement } from './calibration'

const none = { offsetXMm: 0, offsetYMm: 0, scaleX: 1, scaleY: 1 }
const rulers = { x: 200, y: 150 }

describe('correctionFromMeasurement', () => {
  it('moves the print back by the measured shift, on top of the current correction', () => {
    const first = correctionFromMeasurement(none, {
      shiftRightMm: 2.5,
      shiftDownMm: -1,
      rulerMm: rulers,
      measuredRulerMm: { x: null, y: null }
    })
    expect(first).toEqual({ offsetXMm: -2.5, offsetYMm: 1, scaleX: 1, scaleY: 1 })
    const second = correctionFromMeasurement(first, {
      shiftRightMm: 0.3,
      shiftDownMm: 0,
      rulerMm: rulers,
      measuredRulerMm: { x: null, y: null }
    })
    expect(second.offsetXMm).toBe(-2.8)
    expect(second.offsetYMm).toBe(1)
  })

  it('scales so a ruler that printed short or long comes out true', () => {
    const c = correctionFromMeasurement(none, {
      shiftRightMm: 0,
      shiftDownMm: 0,
      rulerMm: rulers,
      measuredRulerMm: { x: 198, y: 151.5 }
    })
    expect(c.scaleX).toBeCloseTo(200 / 198, 4)
    expect(c.scaleY).toBeCloseTo(150 / 151.5, 4)
  })

  it('stays within what a profile accepts', () => {
    const c = correctionFromMeasurement(none, {
      shiftRightMm: 80,
      shiftDownMm: 0,
      rulerMm: rulers,
      measuredRulerMm: { x: 100, y: null }
    })
    expect(c.offsetXMm).toBe(-50)
    expect(c.scaleX).toBe(1.2)
  })
})
