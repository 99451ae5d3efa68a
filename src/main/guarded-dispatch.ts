import type { Dispatch } from '../core/dispatch'
import type { MethodName } from '@shared/method-names'
import { err, type Result } from '@shared/result'
import type { SenderInfo } from './trusted-sender'

export type GuardedInvoke = (
  method: MethodName,
  sender: SenderInfo,
  arg: unknown
) => Promise<Result<unknown>>

export interface Logger {
  warn(message: string, details?: unknown): void
  error(message: string, details?: unknown): void
}

/**
 * The single path from IPC into the service: refuses untrusted senders with FORBIDDEN and turns
 * anything thrown into INTERNAL, so the renderer always receives a Result and never an exception.
 */
export function createGuardedInvoke(
  dispatch: Dispatch,
  isTrusted: (sender: SenderInfo) => boolean,
  log: Logger
): GuardedInvoke {
  return async (method, sender, arg) => {
    if (!isTrusted(sender)) {
      log.warn(`Refused IPC call "${method}" from an untrusted sender`, sender)
      return err('FORBIDDEN', 'This caller may not use the Dais API.')
    }
    try {
      return await dispatch(method, arg)
    } catch (error) {
      log.error(`IPC call "${method}" threw`, error)
      return err('INTERNAL', 'An unexpected error occurred; nothing was changed by this request.')
    }
  }
}
