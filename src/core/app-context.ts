export interface Clock {
  now(): Date
}

export interface AppContext {
  dataDir: string
  resourcesDir: string
  appVersion: string
  runtime: 'electron' | 'browser' | 'cli'
  clock: Clock
  newId(): string
  /**
   * Where unsaved data may go when the data folder cannot take it, after the data folder's parent
   * (the home and temp folders); the next start looks there for such copies. None when absent.
   */
  rescueFolders?: readonly string[]
  /** Random bytes for secrets (check-in signing keys); node:crypto when absent. */
  randomBytes?(size: number): Uint8Array
}

export const systemClock: Clock = { now: () => new Date() }
