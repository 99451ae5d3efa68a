import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppService } from './app-service'
import type { DatabaseData } from './schema/database-schema'
import { readSavedFile } from './storage/database'
import { runKillableChild } from './testing/killable-child'
import { testContext } from './testing/test-context'

const fixture = join(__dirname, 'testing', 'import-kill.fixture.ts')
const rows = 20_000

/** Runs one import child; kills it `killAfterMs` after it previewed (never when undefined). */
async function runImport(dataDir: string, tag: string, killAfterMs?: number) {
  let previewedAt = 0
  let okAt = 0
  const run = await runKillableChild(fixture, [dataDir, tag], (line, kill) => {
    if (line === 'previewed') {
      previewedAt = performance.now()
      if (killAfterMs !== undefined) kill(killAfterMs)
    }
    if (line === 'ok') okAt = performance.now()
  })
  return { ok: okAt > 0, commitMs: okAt - previewedAt, stderr: run.stderr }
}

async function seededFolder(): Promise<string> {
  const ctx = testContext()
  const service = await createAppService(ctx)
  await service.dispatch('createEvent', {
    title: 'Đại hội',
    kind: 'congress',
    periodFrom: 2025,
    periodTo: 2030,
    launchFrom: null,
    launchTo: null,
    date: '2025-09-20',
    startTime: '08:00',
    venue: 'Hội trường',
    organiser: 'UBND phường'
  })
  await service.close()
  return ctx.dataDir
}

describe('kill -9 during imports of 20,000 rows', () => {
  it('every import that answered ok is complete after restart; none is half there', async () => {
    const folders: string[] = []
    try {
      // The first runs to the end, to learn how long a commit takes on this machine.
      const first = await seededFolder()
      folders.push(first)
      const measured = await runImport(first, 'do')
      expect(measured.stderr).toBe('')
      expect(measured.ok).toBe(true)
      const outcomes: string[] = []
      for (let i = 0; i < 20; i += 1) {
        const dataDir = i === 0 ? first : await seededFolder()
        if (i > 0) folders.push(dataDir)
        const tag = `k${i}`
        const killAfterMs = Math.random() * measured.commitMs * 1.3
        const run = await runImport(dataDir, tag, killAfterMs)
        // The restart: what the next start of Dais sees.
        const saved = (await readSavedFile(dataDir)).data as DatabaseData
        const count = saved.delegates.delegates.filter((d) =>
          d.fullName.startsWith(`Nhập ${tag} `)
        ).length
        outcomes.push(`${run.ok ? 'ok' : 'killed'}:${count}`)
        if (run.ok) expect(count, `import ${tag} answered ok`).toBe(rows)
        else expect([0, rows], `import ${tag} after a kill`).toContain(count)
      }
      // Kills landed both before and after the answer across the 20 runs.
      expect(outcomes.some((o) => o.startsWith('killed'))).toBe(true)
    } finally {
      await Promise.all(folders.map((f) => rm(f, { recursive: true, force: true })))
    }
  }, 600_000)
})
