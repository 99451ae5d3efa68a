/** Stable error codes: the renderer translates these, so never rename one. */
export const errorCodes = [
  'INVALID_ARGUMENT',
  'UNKNOWN_METHOD',
  'NOT_FOUND',
  'CONFLICT',
  'NOTHING_TO_UNDO',
  'READ_ONLY',
  'STORAGE_FAILED',
  'FORBIDDEN',
  /** The record is frozen (an approved roster version, an issued decision). */
  'FROZEN',
  /** Something required is missing; details name the missing parts. */
  'INCOMPLETE',
  /** A file Dais refuses to read: hostile, too big, wrong kind, newer version. */
  'UNSUPPORTED_FILE',
  /** Text that the chosen font cannot print; details list it. */
  'MISSING_GLYPHS',
  'CANCELLED',
  'INTERNAL'
] as const

export type ErrorCode = (typeof errorCodes)[number]

/** Details of the FORBIDDEN reply to a browser-mode request without the page's access token. */
export const accessTokenDetails = { reason: 'access-token' } as const

export const isAccessTokenRefusal = (code: ErrorCode, details: unknown): boolean =>
  code === 'FORBIDDEN' &&
  typeof details === 'object' &&
  details !== null &&
  (details as { reason?: unknown }).reason === accessTokenDetails.reason

export interface AppErrorShape {
  code: ErrorCode
  message: string
  details?: unknown
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape }

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const err = (code: ErrorCode, message: string, details?: unknown): Result<never> => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details }
})

/** An expected failure raised inside a handler; transports turn it into `{ ok: false }`. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown
  ) {
    super(message)
    this.name = 'AppError'
  }
}
