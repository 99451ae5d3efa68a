import { roundMm } from './designer-geometry'

/** The correction part of a printer profile. */
export interface Correction {
  offsetXMm: number
  offsetYMm: number
  scaleX: number
  scaleY: number
}

/**
 * What the user measured on a calibration sheet printed *with the current correction applied*:
 * how far the printed marks sit from where they belong (right / down positive), and optionally
 * how far apart the outer marks, nominally `rulerMm`, really are.
 */
export interface Measurement {
  shiftRightMm: number
  shiftDownMm: number
  rulerMm: { x: number; y: number }
  measuredRulerMm: { x: number | null; y: number | null }
}

const clamp = (v: number, min: number, max: number) => Math.min(Math.max(v, min), max)
const roundScale = (v: number) => Math.round(v * 10000) / 10000

/** The new correction: the marks move back by the measured shift; rulers come out true. */
export function correctionFromMeasurement(current: Correction, m: Measurement): Correction {
  const scale = (now: number, nominal: number, measured: number | null) =>
    measured && measured > 0 ? roundScale(clamp((now * nominal) / measured, 0.8, 1.2)) : now
  return {
    offsetXMm: roundMm(clamp(current.offsetXMm - m.shiftRightMm, -50, 50)),
    offsetYMm: roundMm(clamp(current.offsetYMm - m.shiftDownMm, -50, 50)),
    scaleX: scale(current.scaleX, m.rulerMm.x, m.measuredRulerMm.x),
    scaleY: scale(current.scaleY, m.rulerMm.y, m.measuredRulerMm.y)
  }
}
