import type { AppEvent, AppEventMap } from '@shared/app-events'
import type { ArgOf, ResultOf } from '@shared/contract'
import type { DaisApi } from '@shared/dais-api'
import { methodNames, type MethodName } from '@shared/method-names'
import type { ErrorCode, Result } from '@shared/result'

/** An expected failure reported by the app (`{ ok: false }`), thrown so callers can use try/catch. */
export class ApiError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

function bridge(): DaisApi {
  const dais = (globalThis as { dais?: DaisApi }).dais
  if (!dais) throw new ApiError('INTERNAL', 'window.dais is not available')
  return dais
}

/** Calls one contract method; resolves with its value or throws an ApiError. */
export async function call<M extends MethodName>(method: M, arg: ArgOf<M>): Promise<ResultOf<M>> {
  const fn = bridge()[method] as unknown as (a: ArgOf<M>) => Promise<Result<ResultOf<M>>>
  const result = await fn(arg)
  if (result.ok) return result.value
  throw new ApiError(result.error.code, result.error.message, result.error.details)
}

export type Api = { [M in MethodName]: (arg: ArgOf<M>) => Promise<ResultOf<M>> }

/** The contract as plain async functions: `api.listEvents({})`. */
export const api = Object.fromEntries(
  methodNames.map((m) => [m, (arg: never) => call(m, arg)])
) as unknown as Api

export function onAppEvent(listener: (event: AppEvent) => void): () => void {
  return bridge().onEvent(listener)
}

/** Subscribes to one event type only. */
export function onAppEventOf<K extends keyof AppEventMap>(
  type: K,
  listener: (payload: AppEventMap[K]) => void
): () => void {
  return onAppEvent((event) => {
    if (event.type === type) listener(event.payload as AppEventMap[K])
  })
}
