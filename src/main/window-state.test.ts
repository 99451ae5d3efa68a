import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import {
  defaultWindowSize,
  fitWindowState,
  loadWindowState,
  parseWindowState,
  saveWindowState,
  type Rect
} from './window-state'

const laptop: Rect = { x: 0, y: 0, width: 1920, height: 1040 }
const rightMonitor: Rect = { x: 1920, y: 0, width: 2560, height: 1400 }

describe('parseWindowState', () => {
  it('accepts a well-formed state', () => {
    const state = { bounds: { x: -10, y: 20, width: 1200, height: 800 }, maximized: true }
    expect(parseWindowState(state)).toEqual(state)
  })

  it.each([
    null,
    'x',
    [],
    {},
    { bounds: null },
    { bounds: { x: 0, y: 0, width: 0, height: 800 } },
    { bounds: { x: 0, y: 0, width: 1.5, height: 800 } },
    { bounds: { x: '0', y: 0, width: 1000, height: 800 } },
    { bounds: { x: 0, y: Number.NaN, width: 1000, height: 800 } },
    { bounds: { x: 0, y: 0, width: 1e9, height: 800 } }
  ])('rejects %j', (raw) => {
    expect(parseWindowState(raw)).toBeNull()
  })

  it('treats anything but true as not maximised', () => {
    expect(
      parseWindowState({ bounds: { x: 0, y: 0, width: 1000, height: 700 }, maximized: 'yes' })
        ?.maximized
    ).toBe(false)
  })
})

describe('fitWindowState', () => {
  it('opens a centred default size without a saved state', () => {
    expect(fitWindowState(null, [laptop])).toEqual({ bounds: defaultWindowSize, maximized: false })
  })

  it('shrinks the default to a small screen', () => {
    expect(fitWindowState(null, [{ x: 0, y: 0, width: 1024, height: 700 }]).bounds).toEqual({
      width: 1024,
      height: 700
    })
  })

  it('keeps a state that fits and restores maximised', () => {
    const state = { bounds: { x: 2000, y: 100, width: 1400, height: 900 }, maximized: true }
    expect(fitWindowState(state, [laptop, rightMonitor])).toEqual(state)
  })

  it('drops the position when the display it was on is gone', () => {
    const state = { bounds: { x: 2000, y: 100, width: 1400, height: 900 }, maximized: false }
    expect(fitWindowState(state, [laptop])).toEqual({
      bounds: { width: 1400, height: 900 },
      maximized: false
    })
  })

  it('moves a window hanging off the edge fully onto its display and clamps its size', () => {
    const state = { bounds: { x: 1700, y: -50, width: 3000, height: 900 }, maximized: false }
    expect(fitWindowState(state, [laptop])).toEqual({
      bounds: { x: 0, y: 0, width: 1920, height: 900 },
      maximized: false
    })
  })

  it('ignores a sliver that is barely visible', () => {
    const state = { bounds: { x: 1900, y: 100, width: 1000, height: 700 }, maximized: false }
    expect(fitWindowState(state, [laptop]).bounds).toEqual({ width: 1000, height: 700 })
  })

  it('raises a tiny saved size to the minimum', () => {
    const state = { bounds: { x: 10, y: 10, width: 200, height: 100 }, maximized: false }
    expect(fitWindowState(state, [laptop]).bounds).toEqual({
      x: 10,
      y: 10,
      width: 960,
      height: 600
    })
  })
})

describe('load and save', () => {
  let dir: string
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dais-window-'))
  })
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('round-trips through window-state.json', () => {
    const file = join(dir, 'window-state.json')
    const state = { bounds: { x: 100, y: 50, width: 1300, height: 850 }, maximized: true }
    saveWindowState(file, state)
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual(state)
    expect(loadWindowState(file, [laptop])).toEqual(state)
  })

  it('falls back to defaults for a missing, empty or damaged file', () => {
    const file = join(dir, 'window-state.json')
    expect(loadWindowState(file, [laptop]).bounds).toEqual(defaultWindowSize)
    for (const content of ['', '{', '\u0000\u0000', '{"bounds":{"x":1}}']) {
      writeFileSync(file, content)
      expect(loadWindowState(file, [laptop]).bounds).toEqual(defaultWindowSize)
    }
  })
})
