import { computed, ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { useDelegatesData } from '../../queries/delegates'
import { ApiError } from '../../api'
import { useDelegatesStore } from '../../stores/delegates'
import { useNotify } from '../../use-notify'
import type { ListItem } from './DelegateListEditorDialog.vue'

type DelegatesData = ReturnType<typeof useDelegatesData>['data']

/** The dialog editing the event's delegate categories or its custom columns. */
export function useDelegateListEditor(data: DelegatesData) {
  const { t } = useI18n()
  const store = useDelegatesStore()
  const notify = useNotify()
  const kind = ref<'categories' | 'columns'>('categories')
  const open = ref(false)
  const submitting = ref(false)
  const error = ref('')
  const items = computed<ListItem[]>(() =>
    kind.value === 'categories'
      ? data.categories.map((c) => ({ id: c.id, name: c.name, counted: c.counted }))
      : data.columns.map((c) => ({ id: c.id, name: c.label, counted: true }))
  )

  function openList(which: 'categories' | 'columns'): void {
    kind.value = which
    error.value = ''
    open.value = true
  }

  async function submit(list: ListItem[]): Promise<void> {
    submitting.value = true
    error.value = ''
    try {
      if (kind.value === 'categories') {
        await store.saveCategories(list)
        notify.success(t('delegates.categories.saved'))
      } else {
        await store.saveColumns(list.map((i) => ({ id: i.id, label: i.name })))
        notify.success(t('delegates.columns.saved'))
      }
      open.value = false
    } catch (failure) {
      if (failure instanceof ApiError && failure.code === 'CONFLICT') {
        const ids = (failure.details as { categoryIds?: string[] } | undefined)?.categoryIds ?? []
        const name = data.categories.find((c) => ids.includes(c.id))?.name ?? ''
        error.value = t('delegates.categories.inUse', { name })
      } else error.value = failure instanceof ApiError ? failure.message : String(failure)
    } finally {
      submitting.value = false
    }
  }

  return { kind, open, submitting, error, items, openList, submit }
}
