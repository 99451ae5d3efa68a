import { describe, expect, it } from 'vitest'
import type { Patch } from 'immer'
import { undoOverlaps } from './undo-overlap'

const list = ['delegates', 'list']
/** The inverse of appending to `path` an array of length `before`. */
const appended = (path: string[], before: number): Patch => ({
  op: 'replace',
  path: [...path, 'length'],
  value: before
})

describe('whether an older change can be undone past later ones', () => {
  it('can when the later changes appended after the items it touched, or wrote elsewhere', () => {
    const renamed: Patch = { op: 'replace', path: [...list, 5, 'fullName'], value: 'Tên cũ' }
    expect(undoOverlaps([renamed], [appended(list, 120)])).toBe(false)
    expect(undoOverlaps([renamed], [appended(['delegates', 'checkIns'], 3)])).toBe(false)
    expect(
      undoOverlaps([renamed], [{ op: 'replace', path: [...list, 6, 'seat'], value: 'A1' }])
    ).toBe(false)
  })

  it('cannot when both moved the same list, or wrote the same record, or one replaced the other’s parent', () => {
    expect(undoOverlaps([appended(list, 119)], [appended(list, 120)])).toBe(true)
    const renamed: Patch = { op: 'replace', path: [...list, 5, 'fullName'], value: 'Tên cũ' }
    expect(undoOverlaps([renamed], [{ ...renamed, value: 'Tên khác' }])).toBe(true)
    expect(undoOverlaps([{ op: 'replace', path: list, value: [] }], [appended(list, 120)])).toBe(
      true
    )
    // a later append at or before an item the undo writes shifts it
    expect(
      undoOverlaps([{ op: 'replace', path: [...list, 125], value: {} }], [appended(list, 120)])
    ).toBe(true)
    expect(undoOverlaps([{ op: 'remove', path: [...list, 3] }], [appended(list, 120)])).toBe(true)
  })
})
