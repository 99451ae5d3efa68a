import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Delegate, DelegateCategory } from '@shared/delegates/entities'
import { activeFlags, cellText, type TableColumn } from '../delegate-table'

/**
 * The words the grid shows: headers, filter labels and each record's cell texts, worded once per
 * language (and per record, cached by identity: a changed record is a new object) instead of once
 * per rendered cell.
 */
export function useDelegateCells(
  columns: () => readonly TableColumn[],
  categories: () => readonly DelegateCategory[]
) {
  const { t, locale } = useI18n()
  const categoryNames = computed(() => new Map(categories().map((c) => [c.id, c.name])))

  const words = computed(() => {
    void locale.value
    const mark = '\u0000'
    return {
      male: t('delegates.gender.male'),
      female: t('delegates.gender.female'),
      yes: t('delegates.yes'),
      flags: Object.fromEntries(
        ['honoree', 'speaker', 'presidium', 'secretariat'].map((f) => [
          f,
          t(`delegates.flags.${f}`)
        ])
      ) as Record<string, string>,
      selectRow: t('delegates.selectRow', { name: mark }).split(mark),
      headers: columns().map((c) => (c.custom ? c.label : t(c.label))),
      filters: columns().map((c) =>
        t('delegates.filterOf', { column: c.custom ? c.label : t(c.label) })
      )
    }
  })
  const selectRowLabel = (name: string) => words.value.selectRow.join(name)

  function display(d: Delegate, column: TableColumn): string {
    const w = words.value
    switch (column.kind) {
      case 'gender':
        return d.gender ? w[d.gender] : ''
      case 'category':
        return d.categoryId ? (categoryNames.value.get(d.categoryId) ?? '') : ''
      case 'party':
        return d.partyMember ? w.yes : ''
      case 'flags':
        return activeFlags(d.flags)
          .map((f) => w.flags[f])
          .join(', ')
      default:
        return cellText(d, column)
    }
  }

  const cellCache = computed(() => {
    void words.value
    void categoryNames.value
    return new WeakMap<Delegate, string[]>()
  })
  function cells(d: Delegate): string[] {
    let texts = cellCache.value.get(d)
    if (!texts) {
      texts = columns().map((c) => display(d, c))
      cellCache.value.set(d, texts)
    }
    return texts
  }

  const cellClasses = computed(() => columns().map((c) => `grid-cell kind-${c.kind}`))
  const header = (column: TableColumn) =>
    words.value.headers[columns().indexOf(column)] ?? column.label

  return { words, selectRowLabel, cells, cellClasses, header }
}
