import type { AppEvent } from '../shared/app-events'
import type { AppContext } from './app-context'
import type { Dispatch } from './dispatch'

export interface AppService {
  dispatch: Dispatch
  onEvent(listener: (event: AppEvent) => void): () => void
  /** Resolves when every change so far is durable. */
  flush(): Promise<void>
  /** Flushes, stops timers and releases the data folder's lock. */
  close(): Promise<void>
}

export declare function createAppService(ctx: AppContext): Promise<AppService>
