import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { AppContext, Clock } from '../app-context'

/** A clock tests move by hand. */
export function manualClock(startIso = '2025-09-01T08:00:00.000Z') {
  let now = new Date(startIso).getTime()
  const clock: Clock & { advance(ms: number): void } = {
    now: () => new Date(now),
    advance: (ms) => void (now += ms)
  }
  return clock
}

export function sequentialIds(prefix = 'id') {
  let n = 0
  return () => `${prefix}-${String(++n).padStart(4, '0')}`
}

/** A fresh data folder and deterministic clock and ids for one test. */
export function testContext(overrides: Partial<AppContext> = {}): AppContext & {
  clock: ReturnType<typeof manualClock>
} {
  return {
    dataDir: mkdtempSync(join(tmpdir(), 'dais-test-')),
    resourcesDir: resolve(__dirname, '..', '..', '..', 'resources'),
    appVersion: '0.0.0-test',
    runtime: 'browser',
    clock: manualClock(),
    newId: sequentialIds(),
    ...overrides
  } as AppContext & { clock: ReturnType<typeof manualClock> }
}
