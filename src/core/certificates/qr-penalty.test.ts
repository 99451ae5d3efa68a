import { describe, expect, it } from 'vitest'
import { maskPenalty, packLines } from './qr-penalty'

/** The penalty rules read plainly, module by module, as the qrcode package applies them. */
function reference(m: Uint8Array, size: number): number {
  const at = (r: number, c: number) => m[r * size + c]!
  let points = 0
  for (const byRow of [true, false]) {
    for (let i = 0; i < size; i++) {
      const line = Array.from({ length: size }, (_, j) => (byRow ? at(i, j) : at(j, i)))
      let run = 1
      for (let j = 1; j <= size; j++) {
        if (j < size && line[j] === line[j - 1]) run++
        else {
          if (run >= 5) points += run - 2
          run = 1
        }
      }
      for (let j = 10; j < size; j++) {
        const window = line.slice(j - 10, j + 1).join('')
        if (window === '10111010000' || window === '00001011101') points += 40
      }
    }
  }
  for (let r = 1; r < size; r++)
    for (let c = 1; c < size; c++) {
      const sum = at(r, c) + at(r - 1, c) + at(r, c - 1) + at(r - 1, c - 1)
      if (sum === 0 || sum === 4) points += 3
    }
  const dark = m.reduce((a, b) => a + b, 0)
  return points + Math.abs(Math.ceil((dark * 100) / m.length / 5) - 10) * 10
}

describe('maskPenalty', () => {
  it('counts what the rules count, on matrices of every symbol size, across word boundaries', () => {
    let seed = 7
    const random = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32
    for (let version = 1; version <= 40; version++) {
      const size = version * 4 + 17
      for (const kind of ['noise', 'runs', 'sparse']) {
        const m = new Uint8Array(size * size)
        for (let k = 0; k < m.length; k++) {
          if (kind === 'noise') m[k] = random() < 0.5 ? 1 : 0
          else if (kind === 'runs')
            m[k] = k > 0 && random() < 0.8 ? m[k - 1]! : random() < 0.5 ? 1 : 0
          else m[k] = random() < 0.1 ? 1 : 0
        }
        const none = packLines(new Uint8Array(size * size), size)
        expect(maskPenalty(packLines(m, size), none, Infinity), `${size} ${kind}`).toBe(
          reference(m, size)
        )
        // the same symbol as a mask over an empty one
        expect(maskPenalty(none, packLines(m, size), Infinity)).toBe(reference(m, size))
      }
    }
  })

  it('stops counting once the limit is reached, never below it', () => {
    const size = 21
    const m = new Uint8Array(size * size)
    const none = packLines(new Uint8Array(size * size), size)
    const full = reference(m, size)
    expect(maskPenalty(packLines(m, size), none, 10)).toBeGreaterThanOrEqual(10)
    expect(maskPenalty(packLines(m, size), none, 10)).toBeLessThan(full)
    expect(maskPenalty(packLines(m, size), none, full + 1)).toBe(full)
  })
})
