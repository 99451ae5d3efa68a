import { describe, expect, it } from 'vitest'
import { runCrashIterations } from './testing/crash-harness'

const iterations = Number(process.env.DAIS_CRASH_ITERATIONS ?? 200)

describe('D1: kill -9 while writing', () => {
  it(`${iterations} random kills leave every file openable and lose no acknowledged write`, async () => {
    const summary = await runCrashIterations({ iterations })
    expect(summary.iterations).toBe(iterations)
    expect(summary.unopenable).toEqual([])
    expect(summary.lostAcknowledged).toEqual([])
    expect(Math.min(...summary.acknowledged)).toBeGreaterThan(0)
    console.info(
      `D1: ${summary.iterations} kills in ${summary.durationMs} ms; acknowledged up to ` +
        `${summary.acknowledged.join('/')}; ${summary.backupsVerified} backup files verified; ` +
        `${summary.recoveredStarts} starts recovered a newer temp file; ` +
        `${summary.inFlightRecovered} kept an unacknowledged in-flight save`
    )
  }, 240_000)
})
