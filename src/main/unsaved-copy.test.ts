import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createAppService, type AppService } from '../core/app-service'
import type { DatabaseData } from '../core/schema/database-schema'
import { decodeEnvelope } from '../core/storage/envelope'
import { createFaultInjectingFs } from '../core/storage/testing/fault-injecting-fs'
import { testContext } from '../core/testing/test-context'
import { saveUnsavedCopyOnDesktop } from './unsaved-copy'

const open: AppService[] = []
const folders: string[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close().catch(() => undefined)))
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

async function failingService() {
  const ctx = testContext()
  folders.push(ctx.dataDir)
  const fs = createFaultInjectingFs()
  const service = await createAppService(ctx, { storage: { fs, closeTimeoutMs: 500 } })
  open.push(service)
  await service.flush()
  return { ctx, fs, service }
}

describe('saveUnsavedCopyOnDesktop (the save dialog stubbed, the real core on a failing disk)', () => {
  it('writes the data not on disk where the person chose, as a complete data file', async () => {
    const { ctx, fs, service } = await failingService()
    fs.inject({ op: 'write', code: 'ENOSPC', times: Infinity })
    await service.dispatch('updateOrganisation', { authorityName: 'UBND phường Bến Thành' })
    const target = mkdtempSync(join(tmpdir(), 'dais-usb-'))
    folders.push(target)
    let offered = ''
    const result = await saveUnsavedCopyOnDesktop(service, {
      dataDir: ctx.dataDir,
      now: () => ctx.clock.now(),
      choosePath: async (name) => {
        offered = name
        return join(target, name)
      }
    })
    expect(offered).toMatch(/^Dais-unsaved-2025-09-01T08-00-00-000Z-[0-9a-f]{8}\.json$/)
    expect(result).toEqual({ ok: true, value: { kind: 'saved', path: join(target, offered) } })
    const decoded = decodeEnvelope(readFileSync(join(target, offered)))
    expect(decoded.ok && (decoded.envelope.data as DatabaseData).organisation.authorityName).toBe(
      'UBND phường Bến Thành'
    )
    fs.clear()
  })

  it('answers cancelled when the dialog is closed, and nothing-unsaved (no dialog) when all is saved', async () => {
    const { ctx, fs, service } = await failingService()
    let asked = 0
    const deps = {
      dataDir: ctx.dataDir,
      now: () => ctx.clock.now(),
      choosePath: async () => {
        asked += 1
        return null
      }
    }
    expect(await saveUnsavedCopyOnDesktop(service, deps)).toEqual({
      ok: true,
      value: { kind: 'nothing-unsaved' }
    })
    expect(asked).toBe(0)
    fs.inject({ op: 'write', code: 'ENOSPC', times: Infinity })
    await service.dispatch('updateOrganisation', { authorityName: 'UBND xã' })
    expect(await saveUnsavedCopyOnDesktop(service, deps)).toEqual({
      ok: true,
      value: { kind: 'cancelled' }
    })
    expect(asked).toBe(1)
    fs.clear()
  })
})
