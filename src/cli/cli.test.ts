import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createAppService } from '../core/app-service'
import { saveUnsavedCopy } from '../core/rescue'
import { createFaultInjectingFs } from '../core/storage/testing/fault-injecting-fs'
import { testContext } from '../core/testing/test-context'
import { runCaptured as run } from './testing/cli-run'

describe('dais CLI', () => {
  it('prints help and rejects unknown commands and flags', async () => {
    expect(await run(['--help'])).toMatchObject({ code: 0, out: expect.stringContaining('doctor') })
    expect((await run(['frobnicate'])).code).toBe(2)
    expect((await run(['events', '--bogus'])).code).toBe(2)
  })

  it('lists events as JSON and backups, and doctor says healthy', async () => {
    const ctx = testContext()
    const service = await createAppService(ctx)
    await service.dispatch('openSampleEvent', {})
    await service.dispatch('createBackup', { name: 'Trước đại hội' })
    await service.close()

    const events = await run(['events', '--json', '--data-dir', ctx.dataDir])
    expect(events.code).toBe(0)
    expect(JSON.parse(events.out)).toMatchObject([{ isSample: true, kind: 'congress' }])
    const backups = await run(['backups', 'list', '--data-dir', ctx.dataDir])
    expect(backups.out).toContain('Trước đại hội')
    expect(await run(['doctor', '--data-dir', ctx.dataDir])).toMatchObject({ code: 0 })
  })

  it('doctor exits 1 and names the problem for a damaged data file', async () => {
    const ctx = testContext()
    writeFileSync(join(ctx.dataDir, 'dais-data.json'), '{"format":"dais-data",')
    const report = await run(['doctor', '--json', '--data-dir', ctx.dataDir])
    expect(report.code).toBe(1)
    expect(JSON.parse(report.out)).toMatchObject({ healthy: false })
  })

  it('doctor names a copy of unsaved changes left beside the data folder, and exits 1', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'dais-cli-unsaved-'))
    try {
      const ctx = testContext({ dataDir: join(parent, 'data') })
      const fs = createFaultInjectingFs()
      const service = await createAppService(ctx, { storage: { fs, closeTimeoutMs: 300 } })
      await service.flush()
      fs.inject({ op: 'write', code: 'ENOSPC', times: Infinity })
      await service.dispatch('openSampleEvent', {})
      await expect(service.close()).rejects.toMatchObject({ code: 'STORAGE_FAILED' })
      const copy = await saveUnsavedCopy(service, ctx.dataDir, [], ctx.clock.now())

      const json = await run(['doctor', '--json', '--data-dir', ctx.dataDir])
      expect(json.code).toBe(1)
      const report = JSON.parse(json.out) as {
        healthy: boolean
        unsavedCopies: { path: string; changesMissing: number }[]
      }
      expect(report.healthy).toBe(false)
      expect(report.unsavedCopies.map((c) => c.path)).toEqual([copy])
      expect(report.unsavedCopies[0]?.changesMissing).toBeGreaterThan(0)
      const text = await run(['doctor', '--data-dir', ctx.dataDir])
      expect(text.out).toContain(copy)
    } finally {
      rmSync(parent, { recursive: true, force: true })
    }
  })

  it('restores a backup by id', async () => {
    const ctx = testContext()
    const service = await createAppService(ctx)
    const backup = await service.dispatch('createBackup', { name: 'Rỗng' })
    await service.dispatch('openSampleEvent', {})
    await service.close()
    const id = backup.ok ? (backup.value as { id: string }).id : ''
    expect((await run(['backups', 'restore', id, '--data-dir', ctx.dataDir])).code).toBe(0)
    const events = await run(['events', '--json', '--data-dir', ctx.dataDir])
    expect(JSON.parse(events.out)).toEqual([])
    expect((await run(['backups', 'restore', 'nope', '--data-dir', ctx.dataDir])).code).toBe(1)
  })
})
