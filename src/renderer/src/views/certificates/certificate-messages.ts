import type { LayoutWarning } from '@shared/certificates/contract'
import { ApiError } from '../../api'
import { errorMessageKey } from '../../errors'

type T = (key: string, named?: Record<string, unknown>) => string

const detailsOf = (error: ApiError): Record<string, unknown> =>
  typeof error.details === 'object' && error.details !== null
    ? (error.details as Record<string, unknown>)
    : {}

/** "Could not import “x.json”: the file was made by a newer version of Dais …" */
export function templateImportFailure(error: unknown, fileName: string, t: T): string {
  if (!(error instanceof ApiError) || error.code !== 'UNSUPPORTED_FILE')
    return t('certificates.templates.importFailed', {
      fileName,
      reason: t(errorMessageKey(error))
    })
  const details = detailsOf(error)
  const text = `${String(details.reason ?? '')} ${error.message}`.toLowerCase()
  const reason = /newer|mới hơn/.test(text)
    ? t('certificates.templates.reasons.newer')
    : t('certificates.templates.reasons.malformed')
  return t('certificates.templates.importFailed', { fileName, reason })
}

/** The letters a refused font lacks, from MISSING_GLYPHS details (`missing`: string or list). */
export function missingLetters(error: unknown): string | null {
  if (!(error instanceof ApiError) || error.code !== 'MISSING_GLYPHS') return null
  const missing = detailsOf(error).missing ?? detailsOf(error).chars
  if (Array.isArray(missing)) return missing.map(String).join(' ')
  if (typeof missing === 'string') return [...missing].join(' ')
  return ''
}

/** The problems a batch refusal (INCOMPLETE) carries, or null for any other error. */
export function batchProblems(error: unknown): LayoutWarning[] | null {
  if (!(error instanceof ApiError) || error.code !== 'INCOMPLETE') return null
  const problems = detailsOf(error).problems
  return Array.isArray(problems) ? (problems as LayoutWarning[]) : null
}

/** One problem, worded for the user: "Tên — không vừa khung ở cỡ chữ nhỏ nhất". */
export function describeWarning(warning: LayoutWarning, t: T): string {
  return t(`certificates.warnings.${warning.kind}`, { chars: warning.chars ?? '' })
}

/** Positions printed before, when a batch was refused for want of a reprint reason. */
