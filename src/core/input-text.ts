import { normalizeText } from '@shared/text'

/**
 * Runs every string of a parsed argument through the one normalise function (NFC, spacing,
 * invisible characters). Keys in `verbatim` (ids, base64 payloads) are left as they are.
 */
export function normalizeInput<T>(value: T, verbatim: ReadonlySet<string> = defaultVerbatim): T {
  if (typeof value === 'string') return normalizeText(value) as T
  if (Array.isArray(value)) return value.map((v) => normalizeInput(v, verbatim)) as T
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [k, verbatim.has(k) ? v : normalizeInput(v, verbatim)])
    ) as T
  }
  return value
}

const defaultVerbatim = new Set(['id', 'dataBase64', 'mime'])
