import { computed } from 'vue'
import { useI18n } from 'vue-i18n'
import { columnTargetLabels, type ColumnTarget } from '@shared/import/records'

/** The import's column names in the screen's language. */
export function useImportLabels() {
  const { locale } = useI18n()
  const language = computed(() => (locale.value === 'vi' ? 'vi' : 'en'))
  const label = (target: string) =>
    columnTargetLabels[target as ColumnTarget]?.[language.value] ?? target
  return { language, label }
}
