/**
 * Formula injection (RELIABILITY.md): a text cell that starts with = + - @, tab, CR or LF gets a
 * leading apostrophe, so no spreadsheet program runs it. Numbers and "+84…" phone numbers stay
 * as they are. Import removes the apostrophe again, so an export imports back to the same text.
 */
const trigger = /^[=+\-@\t\r\n]/
const harmless = /^[+-]?\d+([.,]\d+)?$|^\+\d[\d .()-]{6,}$/

export function neutraliseFormula(text: string): string {
  if (!trigger.test(text) || harmless.test(text)) return text
  return `'${text}`
}

export function restoreNeutralised(text: string): string {
  return /^'[=+\-@\t\r\n]/.test(text) ? text.slice(1) : text
}
