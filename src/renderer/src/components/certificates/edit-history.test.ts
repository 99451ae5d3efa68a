import { describe, expect, it } from 'vitest'
import { createEditHistory } from './edit-history'

function history() {
  let clock = 0
  const h = createEditHistory<{ v: number }>({
    clone: (x) => ({ ...x }),
    now: () => clock,
    mergeWindowMs: 1000
  })
  return { h, tick: (ms: number) => (clock += ms) }
}

describe('createEditHistory', () => {
  it('undoes and redoes edits in order', () => {
    const { h } = history()
    h.record({ v: 0 })
    h.record({ v: 1 })
    expect(h.undo({ v: 2 })).toEqual({ v: 1 })
    expect(h.undo({ v: 1 })).toEqual({ v: 0 })
    expect(h.undo({ v: 0 })).toBeNull()
    expect(h.redo({ v: 0 })).toEqual({ v: 1 })
    expect(h.canRedo).toBe(true)
  })

  it('merges edits with one key inside the window, not after it', () => {
    const { h, tick } = history()
    h.record({ v: 0 }, 'x')
    tick(500)
    h.record({ v: 1 }, 'x')
    tick(2000)
    h.record({ v: 2 }, 'x')
    expect(h.undo({ v: 3 })).toEqual({ v: 2 })
    expect(h.undo({ v: 2 })).toEqual({ v: 0 })
    expect(h.canUndo).toBe(false)
  })

  it('drops the redo branch on a new edit and keeps snapshots apart from later changes', () => {
    const { h } = history()
    const state = { v: 0 }
    h.record(state)
    state.v = 5
    expect(h.undo(state)).toEqual({ v: 0 })
    h.record({ v: 0 })
    expect(h.canRedo).toBe(false)
  })
})
