import { ApiError } from '../../api'
import { errorMessageKey } from '../../errors'

/**
 * What the desk says when a call failed: the app's answer, or — when no answer came (the
 * connection to the data is gone) — that nothing was recorded.
 */
export function errorText(error: unknown, t: (key: string) => string): string {
  if (error instanceof ApiError) return `${t(errorMessageKey(error))} ${error.message}`
  return t('checkIn.desk.offline')
}
