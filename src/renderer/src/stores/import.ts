import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type {
  ColumnMapping,
  ImportPreview,
  ImportProblem,
  ImportRow
} from '../../../shared/import/entities'
import type { ImportKind } from '../../../shared/import/records'
import { api, ApiError } from '../api'

interface LoadedFile {
  fileName: string
  contentBase64: string
}

/** One import at a time: the file, its preview, the user's edits, and the commit. */
export const useImportStore = defineStore('import', () => {
  const file = shallowRef<LoadedFile | null>(null)
  const preview = shallowRef<ImportPreview | null>(null)
  const rows = ref<ImportRow[]>([])
  const busy = ref(false)
  const refusal = ref<string | null>(null)

  const included = computed(() => rows.value.filter((r) => !r.skip))
  const rowsWithErrors = computed(
    () => included.value.filter((r) => r.problems.some((p) => p.severity === 'error')).length
  )

  function reset() {
    file.value = null
    preview.value = null
    rows.value = []
    refusal.value = null
  }

  async function load(
    eventId: string,
    kind: ImportKind,
    loaded: LoadedFile,
    mapping?: ColumnMapping[]
  ) {
    busy.value = true
    refusal.value = null
    try {
      const result = await api.previewImport({
        eventId,
        kind,
        file: loaded,
        ...(mapping ? { mapping } : {})
      })
      file.value = loaded
      preview.value = result
      rows.value = result.rows.map((r) => ({
        ...r,
        values: { ...r.values },
        problems: [...r.problems]
      }))
    } catch (error) {
      if (error instanceof ApiError && error.code === 'UNSUPPORTED_FILE') {
        refusal.value = error.message
        preview.value = null
        rows.value = []
      } else throw error
    } finally {
      busy.value = false
    }
  }

  /** An edit clears the problems of that cell; the commit checks everything again. */
  function edit(index: number, field: string, value: string) {
    const row = rows.value[index]
    if (!row) return
    row.values[field] = value
    row.problems = row.problems.filter((p) => p.field !== field || p.severity === 'warning')
  }

  async function commit(eventId: string, kind: ImportKind) {
    if (!preview.value || !file.value) return null
    busy.value = true
    try {
      return await api.commitImport({
        eventId,
        kind,
        fileName: file.value.fileName,
        signature: preview.value.signature,
        mapping: preview.value.mapping,
        rows: rows.value.map(({ sheetRow, skip, values }) => ({ sheetRow, skip, values }))
      })
    } catch (error) {
      const problems =
        error instanceof ApiError && error.code === 'INVALID_ARGUMENT'
          ? (error.details as { problems?: ImportProblem[] } | undefined)?.problems
          : undefined
      if (problems) {
        for (const row of rows.value) {
          const mine = problems.filter((p) => p.row === row.sheetRow)
          if (mine.length > 0)
            row.problems = [...row.problems.filter((p) => p.severity === 'warning'), ...mine]
        }
        return null
      }
      throw error
    } finally {
      busy.value = false
    }
  }

  return { file, preview, rows, busy, refusal, included, rowsWithErrors, reset, load, edit, commit }
})
