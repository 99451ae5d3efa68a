import { defineStore } from 'pinia'
import { computed, ref, shallowRef } from 'vue'
import type {
  ColumnMapping,
  ImportPreview,
  ImportProblem,
  ImportRow
} from '../../../shared/import/entities'
import type { ImportKind } from '../../../shared/import/records'
import { applySuspectFixes, findSuspectCharacters } from '../../../shared/text'
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
  /** Rows still worth a look: follows the user's edits and fixes, unlike the preview's count. */
  const rowsWithWarnings = computed(
    () => included.value.filter((r) => r.problems.some((p) => p.severity === 'warning')).length
  )
  /** Cells holding a character with a known fix (Ð U+00D0 typed for Đ, say). */
  const fixableCells = computed(() => {
    let n = 0
    for (const row of rows.value)
      for (const value of Object.values(row.values))
        if (findSuspectCharacters(value).some((s) => s.suggestion !== null)) n++
    return n
  })

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

  /**
   * An edit clears the errors of that cell, and its suspect-character warning once the value holds
   * no suspect character; the commit checks everything again.
   */
  function edit(index: number, field: string, value: string) {
    const row = rows.value[index]
    if (!row) return
    row.values[field] = value
    const clean = findSuspectCharacters(value).length === 0
    row.problems = row.problems.filter(
      (p) =>
        p.field !== field ||
        (p.severity === 'warning' && !(clean && p.code === 'SUSPECT_CHARACTER'))
    )
  }

  /** Replaces every suspect character that has a known fix, in every cell; returns the cells changed. */
  function fixSuspectCharacters(): number {
    let changed = 0
    rows.value.forEach((row, index) => {
      for (const [field, value] of Object.entries(row.values)) {
        const fixed = applySuspectFixes(value)
        if (fixed === value) continue
        edit(index, field, fixed)
        changed++
      }
    })
    return changed
  }

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
