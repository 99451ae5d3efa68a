import { describe, expect, it } from 'vitest'
import { createRepeatFilter } from './repeat-filter'

describe('createRepeatFilter', () => {
  it('sends a card held in front of the camera once, however many frames show it', () => {
    const filter = createRepeatFilter(3000)
    const sent = [0, 200, 400, 2900, 5800, 8700].filter((t) => filter.accept('7-K3M9T2QXPA', t))
    expect(sent).toEqual([0])
  })

  it('sends the same card again once it was out of sight for the hold time', () => {
    const filter = createRepeatFilter(3000)
    expect(filter.accept('7-K3M9T2QXPA', 0)).toBe(true)
    expect(filter.accept('7-K3M9T2QXPA', 2999)).toBe(false)
    expect(filter.accept('7-K3M9T2QXPA', 6000)).toBe(true)
  })

  it('sends another card at once, and the first one again when it comes back', () => {
    const filter = createRepeatFilter(3000)
    expect(filter.accept('7-K3M9T2QXPA', 0)).toBe(true)
    expect(filter.accept('8-PQ4R7T2WXB', 100)).toBe(true)
    expect(filter.accept('7-K3M9T2QXPA', 200)).toBe(true)
  })

  it('forgets the last card when reset (the camera turned off and on)', () => {
    const filter = createRepeatFilter(3000)
    expect(filter.accept('7-K3M9T2QXPA', 0)).toBe(true)
    filter.reset()
    expect(filter.accept('7-K3M9T2QXPA', 100)).toBe(true)
  })
})
