import type { ImportProblem, ImportRow } from '@shared/import/entities'
import { formatDayMonthYear, parseCalendarDate } from '@shared/dates/calendar-date'
import { importValueFormats } from '@shared/import/records'
import { applySuspectFixes, duplicateKey, findSuspectCharacters } from '@shared/text'

/** Cells holding a character with a known fix (Ð U+00D0 typed for Đ, say). */
export function countFixableCells(rows: readonly ImportRow[]): number {
  let n = 0
  for (const row of rows)
    for (const value of Object.values(row.values))
      if (findSuspectCharacters(value).some((s) => s.suggestion !== null)) n++
  return n
}

const isDateField = (field: string) =>
  (importValueFormats as Partial<Record<string, string>>)[field] === 'date'

/** A date typed the office's way (31/12/1990) is kept as the preview holds dates, ISO. */
function cellValue(field: string, typed: string): string {
  if (!isDateField(field)) return typed
  const reading = parseCalendarDate(typed)
  return reading.ok ? reading.iso : typed
}

/** A cell as the preview shows it: dates the office's way, like every date field. */
export function shownCell(field: string, value: string): string {
  return isDateField(field) ? formatDayMonthYear(value) : value
}

/** The warnings an edit settles: what they said no longer holds of the value typed. */
const settledBy: Partial<Record<string, (value: string, problem: ImportProblem) => boolean>> = {
  SUSPECT_CHARACTER: (value) => findSuspectCharacters(value).length === 0,
  // Empty takes the default category; `known` lists the event's categories, comma-separated.
  UNKNOWN_CATEGORY: (value, problem) =>
    value.trim() === '' ||
    (problem.params.known ?? '')
      .split(', ')
      .some((name) => duplicateKey(name) === duplicateKey(value))
}

/**
 * An edit clears the errors of that cell, and those of its warnings it settles (a suspect
 * character retyped, a category now named as one of the event's); the commit checks everything
 * again.
 */
export function editCell(row: ImportRow, field: string, typed: string): void {
  const value = cellValue(field, typed)
  row.values[field] = value
  row.problems = row.problems.filter(
    (p) => p.field !== field || (p.severity === 'warning' && !settledBy[p.code]?.(value, p))
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
