import { computed, ref, watch } from 'vue'
import type { Delegate } from '@shared/delegates/entities'
import type { useDelegatesData } from '../../queries/delegates'
import {
  filterRows,
  rowSearchKey,
  sortDelegates,
  tableColumns,
  warmSearchKeys,
  type ColumnFilters,
  type SortOrder
} from './delegate-table'

type DelegatesData = ReturnType<typeof useDelegatesData>['data']

/**
 * The delegates list as shown: sorted, searched (a query typed further looks only through the rows
 * the shorter one kept), filtered by column, and optionally only the possible duplicates.
 */
export function useDelegateSearch(data: DelegatesData) {
  const query = ref('')
  const filters = ref<ColumnFilters>({})
  const order = ref<SortOrder>('name')
  const duplicatesOnly = ref(false)

  const columns = computed(() => tableColumns(data.columns))
  const sorted = computed(() => sortDelegates(data.delegates, order.value))
  /** Whole-row search keys aligned with `sorted`, built on the first search after a change. */
  const sortedKeys = computed(() => sorted.value.map((d) => rowSearchKey(d, data.categoryName)))
  let lastSearch: {
    sorted: readonly Delegate[]
    filters: ColumnFilters
    query: string
    rows: readonly Delegate[]
    keys: readonly string[]
  } | null = null

  function searched(): readonly Delegate[] {
    const q = query.value
    const prior = lastSearch
    const narrowing =
      prior !== null &&
      prior.sorted === sorted.value &&
      prior.filters === filters.value &&
      prior.query.trim() !== '' &&
      q.startsWith(prior.query)
    const base = narrowing ? prior.rows : sorted.value
    const keys = narrowing ? prior.keys : null
    const kept: string[] = []
    const rows = filterRows(
      base,
      () => keys ?? sortedKeys.value,
      q,
      filters.value,
      columns.value,
      kept
    )
    lastSearch = { sorted: sorted.value, filters: filters.value, query: q, rows, keys: kept }
    return rows
  }

  const shown = computed(() => {
    const rows = searched()
    const dupes = duplicatesOnly.value ? data.warningIds : null
    return dupes ? rows.filter((d) => dupes.has(d.id)) : rows
  })

  // Search keys are built in the background once the list is on screen.
  watch(
    () => data.delegates,
    (list) => warmSearchKeys(list, data.categories)
  )

  const hasFilters = computed(() => query.value !== '' || Object.keys(filters.value).length > 0)
  function clearFilters(): void {
    query.value = ''
    filters.value = {}
    duplicatesOnly.value = false
  }

  return { query, filters, order, duplicatesOnly, columns, shown, hasFilters, clearFilters }
}
