import type { ArgOf, ResultOf } from './contract'
import type { MethodName } from './method-names'
import type { AppEvent } from './app-events'
import type { Result } from './result'

/** The shape of `window.dais`, identical in Electron (preload) and browser mode (web client). */
export type DaisApi = {
  [M in MethodName]: (arg: ArgOf<M>) => Promise<Result<ResultOf<M>>>
} & {
  onEvent(listener: (event: AppEvent) => void): () => void
}
