import { ApiError } from './api'

/** i18n key for any thrown value: the error code's translation, or the generic one. */
export function errorMessageKey(error: unknown): string {
  return error instanceof ApiError ? `errors.${error.code}` : 'errors.INTERNAL'
}

/**
 * Field messages from an INVALID_ARGUMENT error, keyed by the last path segment that names one
 * of `fields` (so `["patch", "title"]` maps to `title`). Details look like
 * `{ issues: [{ path, message }] }`.
 */
export function fieldErrors<F extends string>(
  error: unknown,
  fields: readonly F[]
): Partial<Record<F, string>> {
  const out: Partial<Record<F, string>> = {}
  if (!(error instanceof ApiError) || error.code !== 'INVALID_ARGUMENT') return out
  const issues = (error.details as { issues?: unknown } | undefined)?.issues
  if (!Array.isArray(issues)) return out
  for (const issue of issues) {
    const path = (issue as { path?: unknown }).path
    const message = (issue as { message?: unknown }).message
    if (!Array.isArray(path)) continue
    const field = [...path]
      .reverse()
      .find((p): p is F => typeof p === 'string' && (fields as readonly string[]).includes(p))
    if (field && out[field] === undefined) out[field] = typeof message === 'string' ? message : ''
  }
  return out
}
