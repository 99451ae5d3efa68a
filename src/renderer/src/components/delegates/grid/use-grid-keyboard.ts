import type { Ref } from 'vue'
import type { SelectMode } from './use-grid-selection'

/**
 * The grid's own keys (when it, not a filter, checkbox or cell editor, has the focus): arrows,
 * Page Up/Down, Home/End (with Ctrl: first/last row) move the active cell, Shift+Up/Down extend
 * the selection, Enter/F2 edit, Space toggles the row, Delete asks to delete the selection,
 * Ctrl+A selects every shown row.
 */
export function useGridKeyboard(options: {
  grid: Ref<HTMLElement | null>
  rowHeight: number
  rowCount: () => number
  colCount: () => number
  activeRow: Ref<number>
  activeCol: Ref<number>
  isEditing: () => boolean
  select: (index: number, mode: SelectMode) => void
  selectAll: () => void
  startEdit: () => void
  /** Asks to delete the selected rows (when there are any and they may be deleted). */
  deleteSelected: () => void
  scrollToActive: () => void
}) {
  const { activeRow, activeCol } = options

  function onGridKeydown(event: KeyboardEvent): void {
    if (options.isEditing() || event.target !== options.grid.value) return
    const rows = options.rowCount()
    const cols = options.colCount()
    const height = options.grid.value?.clientHeight ?? 400
    const page = Math.max(1, Math.floor(height / options.rowHeight) - 2)
    const move = (row: number, col: number) => {
      activeRow.value = Math.min(Math.max(0, row), Math.max(0, rows - 1))
      activeCol.value = Math.min(Math.max(0, col), cols - 1)
      if (event.shiftKey && (event.key === 'ArrowDown' || event.key === 'ArrowUp'))
        options.select(activeRow.value, 'range')
      options.scrollToActive()
    }
    switch (event.key) {
      case 'ArrowDown':
        move(activeRow.value + 1, activeCol.value)
        break
      case 'ArrowUp':
        move(activeRow.value - 1, activeCol.value)
        break
      case 'ArrowRight':
        move(activeRow.value, activeCol.value + 1)
        break
      case 'ArrowLeft':
        move(activeRow.value, activeCol.value - 1)
        break
      case 'PageDown':
        move(activeRow.value + page, activeCol.value)
        break
      case 'PageUp':
        move(activeRow.value - page, activeCol.value)
        break
      case 'Home':
        move(event.ctrlKey ? 0 : activeRow.value, event.ctrlKey ? activeCol.value : 1)
        break
      case 'End':
        move(event.ctrlKey ? rows - 1 : activeRow.value, event.ctrlKey ? activeCol.value : cols - 1)
        break
      case 'Enter':
      case 'F2':
        options.startEdit()
        break
      case ' ':
        options.select(activeRow.value, 'toggle')
        break
      case 'Delete':
        options.deleteSelected()
        break
      case 'a':
        if (!(event.ctrlKey || event.metaKey)) return
        options.selectAll()
        break
      default:
        return
    }
    event.preventDefault()
  }

  return { onGridKeydown }
}
