import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { useGridSelection } from './use-grid-selection'

function grid(ids: string[]) {
  const rows = ref(ids.map((id) => ({ id })))
  const selected = ref<Set<string>>(new Set())
  const selection = useGridSelection({
    rows: () => rows.value,
    selected: () => selected.value,
    update: (next) => (selected.value = next)
  })
  return { rows, selected, selection, ids: () => [...selected.value].sort() }
}

const click = { shiftKey: false, ctrlKey: false, metaKey: false }

describe('grid selection', () => {
  it('a click selects one row; Ctrl toggles; Shift extends from the last row clicked', () => {
    const g = grid(['a', 'b', 'c', 'd', 'e'])
    g.selection.clickRow(click, 1, 2)
    expect(g.ids()).toEqual(['b'])
    expect([g.selection.activeRow.value, g.selection.activeCol.value]).toEqual([1, 2])
    g.selection.clickRow({ ...click, ctrlKey: true }, 3, 1)
    expect(g.ids()).toEqual(['b', 'd'])
    g.selection.clickRow({ ...click, shiftKey: true }, 4, 1)
    expect(g.ids()).toEqual(['b', 'd', 'e'])
    g.selection.clickRow({ ...click, ctrlKey: true }, 1, 1)
    expect(g.ids()).toEqual(['d', 'e'])
  })

  it('select all shown toggles between all and none', () => {
    const g = grid(['a', 'b'])
    expect(g.selection.allShownSelected.value).toBe(false)
    g.selection.toggleAll()
    expect(g.ids()).toEqual(['a', 'b'])
    expect(g.selection.allShownSelected.value).toBe(true)
    g.selection.toggleAll()
    expect(g.ids()).toEqual([])
  })

  it('the active row stays inside the rows when the list shrinks', async () => {
    const g = grid(['a', 'b', 'c'])
    g.selection.clickRow(click, 2, 1)
    g.rows.value = [{ id: 'a' }]
    await nextTick()
    expect(g.selection.activeRow.value).toBe(0)
  })
})
