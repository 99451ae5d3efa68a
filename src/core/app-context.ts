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
}

export const systemClock: Clock = { now: () => new Date() }
