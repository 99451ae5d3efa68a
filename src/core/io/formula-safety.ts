import type ExcelJS from 'exceljs'

/**
 * Formula injection (RELIABILITY.md): a text cell that starts with = + - @, tab, CR or LF gets a
 * leading apostrophe, so no spreadsheet program runs it. Numbers and "+84…" phone numbers stay
 * as they are. Import removes the apostrophe again, so an export imports back to the same text —
 * also text that itself starts with apostrophes before such a character ("'=x" → "''=x" → "'=x").
 */
const trigger = /^'*[=+\-@\t\r\n]/
const harmless = /^[+-]?\d+([.,]\d+)?$|^\+\d[\d .()-]{6,}$/

export function neutraliseFormula(text: string): string {
  if (!trigger.test(text) || harmless.test(text)) return text
  return `'${text}`
}

export function restoreNeutralised(text: string): string {
  return /^'+[=+\-@\t\r\n]/.test(text) ? text.slice(1) : text
}

/**
 * Neutralises every text cell of every sheet — titles, headers, rows — exactly once, just before
 * the workbook is written; merged cells are written through their master cell only.
 */
export function neutraliseWorkbook(workbook: ExcelJS.Workbook): void {
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.isMerged && cell.master.address !== cell.address) return
        if (typeof cell.value === 'string') cell.value = neutraliseFormula(cell.value)
      })
    })
  }
}
