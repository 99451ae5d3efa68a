import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { CheckInCodeEntry } from '@shared/cards/entities'
import { createAppService } from '../app-service'
import type { DatabaseData } from '../schema/database-schema'
import { readSavedFile } from '../storage/database'
import { runKillableChild } from '../testing/killable-child'
import { testContext } from '../testing/test-context'
import { attendanceState, isIn } from './attendance-state'

const fixture = join(__dirname, 'testing', 'check-in-kill.fixture.ts')
const scans = 200

/** The sample congress grown to 200 delegates, their codes made: a folder ready for the desk. */
async function deskFolder(): Promise<string> {
  const ctx = testContext()
  const service = await createAppService(ctx)
  const call = async (method: string, arg: unknown) => {
    const r = await service.dispatch(method, arg)
    if (!r.ok) throw new Error(`${method}: ${r.error.message}`)
    return r.value
  }
  const { id: eventId } = (await call('openSampleEvent', {})) as { id: string }
  await call('addDelegates', {
    eventId,
    delegates: Array.from({ length: scans - 120 }, (_, i) => ({ fullName: `Đại biểu Thêm ${i}` }))
  })
  const codes = (await call('listCheckInCodes', { eventId })) as CheckInCodeEntry[]
  expect(codes).toHaveLength(scans)
  await service.close()
  return ctx.dataDir
}

/** One desk child; killed `killAfterMs` after its first scan (never when undefined). */
async function runDesk(dataDir: string, killAfterMs?: number) {
  let readyAt = 0
  let doneAt = 0
  const acked: string[] = []
  const run = await runKillableChild(fixture, [dataDir], (line, kill) => {
    if (line === 'ready') {
      readyAt = performance.now()
      if (killAfterMs !== undefined) kill(killAfterMs)
    } else if (line.startsWith('ack ')) acked.push(line.slice(4))
    else if (line === 'done') doneAt = performance.now()
  })
  return { ...run, acked, ms: doneAt - readyAt }
}

/** Who is checked in, as the next start of Dais reads the folder. */
async function presentAfterRestart(dataDir: string): Promise<Set<string>> {
  const data = (await readSavedFile(dataDir)).data as DatabaseData
  const eventId = data.events[0]!.id
  const s = attendanceState(data, eventId)
  return new Set(s.delegates.filter((d) => isIn(s, d.id)).map((d) => d.id))
}

describe('kill -9 of the app in the middle of 200 check-ins', () => {
  it('every acknowledged check-in is there after the restart', async () => {
    const folders: string[] = []
    try {
      // The first runs to the end, to learn how long 200 scans take on this machine.
      const first = await deskFolder()
      folders.push(first)
      const full = await runDesk(first)
      expect(full.stderr).toBe('')
      expect(full.acked).toHaveLength(scans)
      expect((await presentAfterRestart(first)).size).toBe(scans)

      const outcomes: string[] = []
      for (let i = 0; i < 4; i += 1) {
        const dataDir = await deskFolder()
        folders.push(dataDir)
        const run = await runDesk(dataDir, (0.15 + 0.2 * i + Math.random() * 0.1) * full.ms)
        const present = await presentAfterRestart(dataDir)
        for (const id of run.acked) expect(present.has(id), `acknowledged ${id}`).toBe(true)
        // at most the one scan in flight when the kill came is there without its answer
        expect(present.size - run.acked.length).toBeLessThanOrEqual(1)
        outcomes.push(`${run.killed ? 'killed' : 'finished'} after ${run.acked.length}`)
      }
      // kills landed in the middle: some scans answered, not all
      expect(
        outcomes.some((o) => /^killed after ([1-9]\d?|1\d\d)$/.test(o)),
        outcomes.join(', ')
      ).toBe(true)
    } finally {
      await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })))
    }
  }, 600_000)
})
