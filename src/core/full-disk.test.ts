import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { AppInfo, Event } from '@shared/entities'
import { createAppService, type AppService } from './app-service'
import { saveUnsavedCopy } from './rescue'
import type { DatabaseData } from './schema/database-schema'
import { readSavedFile } from './storage/database'
import { decodeEnvelope } from './storage/envelope'
import { testContext } from './testing/test-context'
import { mountSmallTmpfs, tmpfsSkipReason, unmountTmpfs } from './testing/tmpfs'

const mountPoint = mountSmallTmpfs()

afterAll(() => {
  if (mountPoint) unmountTmpfs(mountPoint)
})

const event = {
  title: 'Đại hội đại biểu',
  kind: 'congress',
  periodFrom: 2025,
  periodTo: 2030,
  launchFrom: null,
  launchTo: null,
  date: '2025-09-20',
  startTime: '08:00',
  venue: 'Hội trường',
  organiser: 'UBND phường'
}

describe.skipIf(!mountPoint)(
  `a data folder on a full disk (${mountPoint ? 'tmpfs' : tmpfsSkipReason})`,
  () => {
    it('no change is reported saved that is not; closing keeps a copy; after restart nothing acknowledged is missing', async () => {
      const dataDir = join(mountPoint!, 'data')
      mkdirSync(dataDir)
      const ctx = testContext({ dataDir })
      let service: AppService = await createAppService(ctx, { storage: { closeTimeoutMs: 3000 } })
      const created = await service.dispatch('createEvent', event)
      if (!created.ok) throw new Error(created.error.message)
      const eventId = (created.value as Event).id
      // Fill most of the disk so the data file and journal soon have no room.
      writeFileSync(join(mountPoint!, 'filler'), Buffer.alloc(1_500_000))
      const acknowledged: string[] = []
      let refused = 0
      for (let batch = 0; batch < 60 && refused < 3; batch += 1) {
        const delegates = Array.from({ length: 100 }, (_, i) => ({
          fullName: `Trần Thị Lô ${batch} Số ${i}`,
          notes: 'x'.repeat(200)
        }))
        const result = await service.dispatch('addDelegates', { eventId, delegates })
        if (result.ok) acknowledged.push(...delegates.map((d) => d.fullName))
        else {
          expect(result.error.code).toBe('STORAGE_FAILED')
          expect(result.error.message).toMatch(/ENOSPC|full/)
          refused += 1
        }
      }
      expect(refused).toBeGreaterThan(0)
      // Every acknowledged delegate is on disk right now.
      const onDisk = (await readSavedFile(dataDir)).data as DatabaseData
      const names = new Set(onDisk.delegates.delegates.map((d) => d.fullName))
      expect(acknowledged.filter((n) => !names.has(n))).toEqual([])

      // Closing cannot save; the host keeps a copy elsewhere instead of exiting silently.
      await expect(service.close()).rejects.toMatchObject({ code: 'STORAGE_FAILED' })
      const elsewhere = mkdtempSync(join(tmpdir(), 'dais-rescue-'))
      const copy = await saveUnsavedCopy(service, dataDir, [elsewhere], new Date())
      expect(copy?.startsWith(elsewhere)).toBe(true)
      const rescued = decodeEnvelope(readFileSync(copy!))
      const kept = rescued.ok ? (rescued.envelope.data as DatabaseData).delegates.delegates : []
      expect(kept.length).toBe(acknowledged.length + refused * 100)

      // Restart after making room: nothing acknowledged is missing, and the notice names the
      // copy holding what was not.
      rmSync(join(mountPoint!, 'filler'))
      service = await createAppService({ ...ctx, rescueFolders: [elsewhere] })
      try {
        const info = await service.dispatch('getAppInfo', {})
        const notices = info.ok ? (info.value as AppInfo).notices : []
        const named = notices.filter((n) => n.kind === 'unsaved-copy')
        expect(named.map((n) => n.unsavedCopy?.path)).toEqual([copy])
        expect(named[0]?.unsavedCopy?.changesMissing).toBeGreaterThan(0)
        const listed = await service.dispatch('listDelegates', { eventId })
        const after = new Set(
          listed.ok ? (listed.value as { fullName: string }[]).map((d) => d.fullName) : []
        )
        expect(acknowledged.filter((n) => !after.has(n))).toEqual([])
      } finally {
        await service.close()
        rmSync(elsewhere, { recursive: true, force: true })
      }
    }, 120_000)
  }
)
