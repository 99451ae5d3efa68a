import { describe, expect, it } from 'vitest'
import { shrinkStep } from './use-fit-to-box'

describe('shrinking text to fit its box', () => {
  it('steps down by 5 % while the box overflows, never below the minimum', () => {
    const steps: number[] = []
    let scale = 1
    for (
      let next = shrinkStep(scale, true, 0.6);
      next !== null;
      next = shrinkStep(scale, true, 0.6)
    )
      steps.push((scale = next))
    expect(steps[0]).toBe(0.95)
    expect(steps.at(-1)).toBe(0.6)
    expect(steps).toHaveLength(8)
  })

  it('stops as soon as the box fits', () => {
    expect(shrinkStep(1, false, 0.6)).toBeNull()
    expect(shrinkStep(0.8, false, 0.6)).toBeNull()
  })
})
