import { nextTick, ref, type Ref } from 'vue'
import type { Delegate, DelegatePatch } from '@shared/delegates/entities'
import { birthYearRange } from '@shared/delegates/records'
import { normalizeText } from '@shared/text'
import { readNumber, type NumberProblem } from '../../number-field'
import { trackUnsavedEdit } from '../../../unsaved-edits'
import { cellText, isEditable, type TableColumn } from '../delegate-table'

export interface CellEditState {
  row: number
  col: number
  value: string
  error: string
}

/** The value a cell's editor starts with (selects hold codes, not the shown words). */
export function editValue(d: Delegate, column: TableColumn): string {
  switch (column.kind) {
    case 'gender':
      return d.gender ?? ''
    case 'category':
      return d.categoryId ?? ''
    case 'party':
      return d.partyMember ? 'yes' : 'no'
    default:
      return cellText(d, column)
  }
}

/** What patchFor says when a value is refused, already worded in the user's language. */
export interface CellEditMessages {
  number: (problem: NumberProblem) => string
  nameRequired: string
}

/**
 * The patch an edited cell makes, or the message saying why not. A birth year is a whole number
 * from 1900 to `thisYear`, or empty.
 */
export function patchFor(
  column: TableColumn,
  value: string,
  messages: CellEditMessages,
  thisYear: number
): DelegatePatch | string {
  if (column.custom) return { custom: { [column.field!]: value } }
  switch (column.kind) {
    case 'gender':
      return { gender: value === 'male' || value === 'female' ? value : null }
    case 'category':
      return { categoryId: value || null }
    case 'party':
      return { partyMember: value === 'yes' }
    case 'year': {
      const year = readNumber(value, { ...birthYearRange(thisYear), decimals: 0, optional: true })
      if ('problem' in year) return messages.number(year.problem)
      return { birthYear: year.value, birthDate: null }
    }
    default:
      if (column.key === 'fullName' && normalizeText(value) === '') return messages.nameRequired
      return { [column.key]: value } as DelegatePatch
  }
}

/**
 * Inline editing of one cell at a time: Enter/F2 or a double click opens the editor, Esc cancels,
 * Enter saves and moves down, Tab/Shift+Tab save and move along the row's editable cells, leaving
 * the editor saves. A refused value keeps the editor open with its message.
 */
export function useGridEditing(options: {
  rows: () => readonly Delegate[]
  columns: () => readonly TableColumn[]
  readOnly: () => boolean
  activeRow: Ref<number>
  activeCol: Ref<number>
  messages: () => CellEditMessages
  /** Gives the keyboard back to the grid. */
  focusGrid: () => void
  scrollToActive: () => void
  edit: (delegate: Delegate, patch: DelegatePatch) => void
  open: (delegate: Delegate) => void
}) {
  const { activeRow, activeCol } = options
  const editing = ref<CellEditState | null>(null)
  const editorRef = ref<HTMLInputElement | HTMLSelectElement | null>(null)
  // A cell being edited with a changed value is asked about before a reload or leaving the screen.
  trackUnsavedEdit({
    isUnsaved: () => {
      const state = editing.value
      const d = state && options.rows()[state.row]
      const column = state && options.columns()[state.col]
      return !!state && !!d && !!column && state.value !== editValue(d, column)
    },
    // Leaving the editor saves (as a click elsewhere does); a refused value is asked about.
    settle: () => commitEdit()
  })
  const setEditor = (el: unknown) => {
    editorRef.value = el as HTMLInputElement | HTMLSelectElement | null
  }

  async function startEdit(row = activeRow.value, col = activeCol.value): Promise<void> {
    const d = options.rows()[row]
    const column = options.columns()[col]
    const readOnly = options.readOnly()
    if (readOnly || !d || !column || !isEditable(column)) {
      if (d && column && !readOnly && column.kind === 'flags') options.open(d)
      return
    }
    editing.value = { row, col, value: editValue(d, column), error: '' }
    await nextTick()
    editorRef.value?.focus()
    if (editorRef.value instanceof HTMLInputElement) editorRef.value.select()
  }

  /** Saves the open editor; returns false when the value is refused (the editor stays open). */
  function commitEdit(): boolean {
    const state = editing.value
    if (!state) return true
    const d = options.rows()[state.row]
    const column = options.columns()[state.col]
    if (!d || !column) {
      editing.value = null
      return true
    }
    const patch = patchFor(column, state.value, options.messages(), new Date().getFullYear())
    if (typeof patch === 'string') {
      state.error = patch
      return false
    }
    editing.value = null
    if (state.value !== editValue(d, column)) options.edit(d, patch)
    return true
  }

  function cancelEdit(): void {
    editing.value = null
    options.focusGrid()
  }

  function nextEditable(from: number, step: 1 | -1): number | null {
    const columns = options.columns()
    for (let c = from + step; c >= 0 && c < columns.length; c += step)
      if (isEditable(columns[c]!)) return c
    return null
  }

  function onEditorKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape' || event.key === 'Enter' || event.key === 'Tab')
      event.stopPropagation()
    if (event.key === 'Escape') {
      event.preventDefault()
      cancelEdit()
    } else if (event.key === 'Enter') {
      event.preventDefault()
      if (commitEdit()) {
        if (activeRow.value < options.rows().length - 1) activeRow.value++
        options.focusGrid()
        options.scrollToActive()
      }
    } else if (event.key === 'Tab') {
      event.preventDefault()
      const state = editing.value
      if (!state || !commitEdit()) return
      const next = nextEditable(state.col, event.shiftKey ? -1 : 1)
      if (next !== null) {
        activeCol.value = next
        options.scrollToActive()
        void startEdit(state.row, next)
      } else options.focusGrid()
    }
  }

  function onEditorBlur(): void {
    if (editing.value) commitEdit()
  }

  return { editing, setEditor, startEdit, onEditorKeydown, onEditorBlur }
}
