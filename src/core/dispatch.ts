import type { MethodName, ParsedArgOf, ResultOf } from '@shared/contract'
import { isMethodName } from '@shared/method-names'
import { argsSchemaOf } from '@shared/contract-lookup'
import { storageErrorOf } from './storage-errors'
import { illFormedTextPath } from './well-formed'
import { AppError, err, ok, type Result } from '@shared/result'

export type Handlers = {
  [M in MethodName]: (arg: ParsedArgOf<M>) => Promise<ResultOf<M>> | ResultOf<M>
}

export type Dispatch = (method: string, arg: unknown) => Promise<Result<unknown>>

const describeIssues = (
  issues: readonly { path: readonly PropertyKey[]; message: string }[]
): string =>
  issues
    .slice(0, 5)
    .map((i) => (i.path.length ? `${i.path.map(String).join('.')}: ${i.message}` : i.message))
    .join('; ')

/**
 * Method name → validated handler call. Every transport (IPC, HTTP, CLI, tests) goes through
 * this one function, so validation and error shaping happen exactly once.
 */
export function createDispatch(
  handlers: Partial<Handlers>,
  onBug: (error: unknown) => void
): Dispatch {
  return async (method, arg) => {
    if (!isMethodName(method)) return err('UNKNOWN_METHOD', `Unknown method "${method}"`)
    const handler = handlers[method] as ((a: unknown) => unknown) | undefined
    if (!handler) return err('UNKNOWN_METHOD', `"${method}" is not served here`)
    const illFormed = illFormedTextPath(arg)
    if (illFormed) {
      const where = illFormed.join('.') || 'argument'
      return err(
        'INVALID_ARGUMENT',
        `${where}: the text is not valid Unicode (a lone surrogate).`,
        {
          issues: [{ path: illFormed, message: 'ill-formed Unicode' }]
        }
      )
    }
    const parsed = (await argsSchemaOf(method)).safeParse(arg === undefined ? {} : arg)
    if (!parsed.success) {
      return err('INVALID_ARGUMENT', describeIssues(parsed.error.issues), {
        issues: parsed.error.issues.map((i) => ({ path: i.path.map(String), message: i.message }))
      })
    }
    try {
      return ok(await handler(parsed.data))
    } catch (error) {
      if (error instanceof AppError) return err(error.code, error.message, error.details)
      const storage = storageErrorOf(error)
      if (storage) return err(storage.code, storage.message, storage.details)
      onBug(error)
      return err('INTERNAL', 'An unexpected error occurred; nothing was changed by this request.')
    }
  }
}
