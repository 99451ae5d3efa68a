import type { ImportProblem, ImportRow } from '@shared/import/entities'
import { applySuspectFixes, findSuspectCharacters } from '@shared/text'

/** Cells holding a character with a known fix (Ð U+00D0 typed for Đ, say). */
export function countFixableCells(rows: readonly ImportRow[]): number {
  let n = 0
  for (const row of rows)
    for (const value of Object.values(row.values))
      if (findSuspectCharacters(value).some((s) => s.suggestion !== null)) n++
  return n
}

/**
 * An edit clears the errors of that cell, and its suspect-character warning once the value holds
 * no suspect character; the commit checks everything again.
 */
export function editCell(row: ImportRow, field: string, value: string): void {
  row.values[field] = value
  const clean = findSuspectCharacters(value).length === 0
  row.problems = row.problems.filter(
    (p) =>
      p.field !== field || (p.severity === 'warning' && !(clean && p.code === 'SUSPECT_CHARACTER'))
  )
}

/** Replaces every suspect character that has a known fix, in every cell; returns the cells changed. */
export function fixSuspectCells(rows: readonly ImportRow[]): number {
  let changed = 0
  for (const row of rows) {
    for (const [field, value] of Object.entries(row.values)) {
      const fixed = applySuspectFixes(value)
      if (fixed === value) continue
      editCell(row, field, fixed)
      changed++
    }
  }
  return changed
}

/** A refused commit's errors replace each row's own errors; its warnings stay. */
export function showCommitProblems(rows: readonly ImportRow[], problems: ImportProblem[]): void {
  for (const row of rows) {
    const mine = problems.filter((p) => p.row === row.sheetRow)
    if (mine.length > 0)
      row.problems = [...row.problems.filter((p) => p.severity === 'warning'), ...mine]
  }
}
