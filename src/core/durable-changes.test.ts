import { afterEach, describe, expect, it } from 'vitest'
import type { Delegate } from '@shared/delegates/entities'
import type { Event } from '@shared/entities'
import { createAppService, type AppService } from './app-service'
import type { DatabaseData } from './schema/database-schema'
import { readSavedFile } from './storage/database'
import { createFaultInjectingFs } from './storage/testing/fault-injecting-fs'
import { testContext } from './testing/test-context'

const open: AppService[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close().catch(() => undefined)))
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
const people = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => ({ fullName: `Nguyễn Văn Số ${from + i + 1}` }))

async function start(fs = createFaultInjectingFs(), ctx = testContext()) {
  const service = await createAppService(ctx, { storage: { fs } })
  open.push(service)
  const created = await service.dispatch('createEvent', event)
  if (!created.ok) throw new Error(created.error.message)
  return { service, ctx, fs, eventId: (created.value as Event).id }
}

const savedDelegates = async (dataDir: string) =>
  ((await readSavedFile(dataDir)).data as DatabaseData).delegates.delegates.length

describe('a large change answers ok only once it is on disk', () => {
  it('addDelegates and a bulk edit are in the saved state the moment they answer ok', async () => {
    const { service, ctx, eventId } = await start()
    const added = await service.dispatch('addDelegates', { eventId, delegates: people(2000) })
    expect(added.ok).toBe(true)
    expect(await savedDelegates(ctx.dataDir)).toBe(2000)
    const ids = (added.ok ? (added.value as { added: Delegate[] }).added : []).map((d) => d.id)
    const edited = await service.dispatch('updateDelegates', { ids, patch: { ethnicity: 'Kinh' } })
    expect(edited.ok).toBe(true)
    const saved = (await readSavedFile(ctx.dataDir)).data as DatabaseData
    expect(saved.delegates.delegates.every((d) => d.ethnicity === 'Kinh')).toBe(true)
  })

  it('when the disk is full it answers STORAGE_FAILED, keeps the change and saves it later', async () => {
    const { service, ctx, fs, eventId } = await start()
    await service.flush()
    fs.inject({ op: 'write', code: 'ENOSPC', times: Infinity })
    const added = await service.dispatch('addDelegates', { eventId, delegates: people(500) })
    expect(added).toMatchObject({
      ok: false,
      error: { code: 'STORAGE_FAILED', details: { cause: 'ENOSPC' } }
    })
    expect(!added.ok && added.error.message).toContain('kept in memory')
    // Kept: the grid still shows them, and the status says saving is failing.
    const listed = await service.dispatch('listDelegates', { eventId })
    expect(listed.ok && (listed.value as Delegate[]).length).toBe(500)
    expect(await savedDelegates(ctx.dataDir)).toBe(0)
    fs.clear()
    await service.flush()
    expect(await savedDelegates(ctx.dataDir)).toBe(500)
  })
})
