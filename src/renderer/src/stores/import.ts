import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type {
  ColumnMapping,
  ImportPreview,
  ImportProblem,
  ImportRow
} from '@shared/import/entities'
import type { ImportKind } from '@shared/import/records'
import { api, ApiError } from '../api'
import { countFixableCells, editCell, fixSuspectCells, showCommitProblems } from './import-rows'

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
  /** Rows still worth a look: follows the user's edits and fixes, unlike the preview's count. */
  const rowsWithWarnings = computed(
    () => included.value.filter((r) => r.problems.some((p) => p.severity === 'warning')).length
  )
  const fixableCells = computed(() => countFixableCells(rows.value))

  function reset() {
    file.value = null
    preview.value = null
    rows.value = []
    refusal.value = null
  }

  async function load(
    eventId: string | undefined,
    kind: ImportKind,
    loaded: LoadedFile,
    mapping?: ColumnMapping[]
  ) {
    busy.value = true
    refusal.value = null
    try {
      const result = await api.previewImport({
        ...(eventId ? { eventId } : {}),
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

  function edit(index: number, field: string, value: string) {
    const row = rows.value[index]
    if (row) editCell(row, field, value)
  }

  const fixSuspectCharacters = (): number => fixSuspectCells(rows.value)

  async function commit(eventId: string | undefined, kind: ImportKind, year?: number) {
    if (!preview.value || !file.value) return null
    busy.value = true
    try {
      return await api.commitImport({
        ...(eventId ? { eventId } : {}),
        ...(year !== undefined ? { year } : {}),
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
        showCommitProblems(rows.value, problems)
        return null
      }
      throw error
    } finally {
      busy.value = false
    }
  }

  return {
    file,
    preview,
    rows,
    busy,
    refusal,
    included,
    rowsWithErrors,
    rowsWithWarnings,
    fixableCells,
    reset,
    load,
    edit,
    fixSuspectCharacters,
    commit
  }
})
