import { computed, ref, watch } from 'vue'

export type SelectMode = 'only' | 'toggle' | 'range'

/**
 * The grid's active cell and row selection. Click selects one row, Ctrl toggles, Shift extends
 * from the last row clicked or toggled (the anchor). The selection itself is the parent's (ids);
 * `update` hands it the new set.
 */
export function useGridSelection(options: {
  rows: () => readonly { id: string }[]
  selected: () => ReadonlySet<string>
  update: (next: Set<string>) => void
}) {
  const activeRow = ref(0)
  const activeCol = ref(1)
  let anchor: number | null = null

  watch(
    () => options.rows().length,
    (n) => {
      if (activeRow.value >= n) activeRow.value = Math.max(0, n - 1)
    }
  )

  function select(index: number, mode: SelectMode): void {
    const rows = options.rows()
    const row = rows[index]
    if (!row) return
    let next: Set<string>
    if (mode === 'toggle') {
      next = new Set(options.selected())
      if (next.has(row.id)) next.delete(row.id)
      else next.add(row.id)
      anchor = index
    } else if (mode === 'range' && anchor !== null) {
      next = new Set(options.selected())
      const [from, to] = anchor < index ? [anchor, index] : [index, anchor]
      for (let i = from; i <= to; i++) next.add(rows[i]!.id)
    } else {
      next = new Set([row.id])
      anchor = index
    }
    options.update(next)
  }

  /** A click on a cell: it becomes active and the row is selected as the modifiers say. */
  function clickRow(
    event: Pick<MouseEvent, 'shiftKey' | 'ctrlKey' | 'metaKey'>,
    index: number,
    col: number
  ): void {
    activeRow.value = index
    activeCol.value = col
    if (event.shiftKey) select(index, 'range')
    else if (event.ctrlKey || event.metaKey) select(index, 'toggle')
    else select(index, 'only')
  }

  function toggleRow(index: number): void {
    activeRow.value = index
    select(index, 'toggle')
  }

  const allShownSelected = computed(() => {
    const rows = options.rows()
    const selected = options.selected()
    return rows.length > 0 && rows.every((r) => selected.has(r.id))
  })

  function toggleAll(): void {
    options.update(allShownSelected.value ? new Set() : new Set(options.rows().map((r) => r.id)))
  }

  function selectAll(): void {
    options.update(new Set(options.rows().map((r) => r.id)))
  }

  return {
    activeRow,
    activeCol,
    select,
    clickRow,
    toggleRow,
    allShownSelected,
    toggleAll,
    selectAll
  }
}
