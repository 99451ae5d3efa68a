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
  /** Random bytes for secrets (check-in signing keys); node:crypto when absent. */
  randomBytes?(size: number): Uint8Array
}

export const systemClock: Clock = { now: () => new Date() }
