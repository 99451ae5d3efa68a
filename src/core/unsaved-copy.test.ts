import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Delegate } from '@shared/delegates/entities'
import type { AppEvent } from '@shared/app-events'
import type { AppInfo, Event, StorageStatus, UnsavedCopyOutcome } from '@shared/entities'
import { createAppService, type AppService } from './app-service'
import type { Host, UnsavedCopy } from './host'
import { saveUnsavedCopy, unsavedCopyFileName, unsavedCopyNotices } from './rescue'
import type { DatabaseData } from './schema/database-schema'
import { decodeEnvelope } from './storage/envelope'
import { createFaultInjectingFs } from './storage/testing/fault-injecting-fs'
import { testContext } from './testing/test-context'

const open: AppService[] = []
const folders: string[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close().catch(() => undefined)))
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
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
const people = (n: number) =>
  Array.from({ length: n }, (_, i) => ({ fullName: `Nguyễn Văn Số ${i + 1}` }))

/** A data folder inside a folder of its own, so copies written next to it are this test's. */
function privateContext(): ReturnType<typeof testContext> {
  const parent = mkdtempSync(join(tmpdir(), 'dais-unsaved-'))
  folders.push(parent)
  return testContext({ dataDir: join(parent, 'data') })
}

async function start(ctx = privateContext(), fs = createFaultInjectingFs(), host?: Host) {
  const service = await createAppService(ctx, {
    storage: { fs, closeTimeoutMs: 500 },
    ...(host ? { host } : {})
  })
  open.push(service)
  const statuses: StorageStatus[] = []
  service.onEvent((e: AppEvent) => {
    if (e.type === 'storageStatus') statuses.push(e.payload)
  })
  const created = await service.dispatch('createEvent', event)
  if (!created.ok) throw new Error(created.error.message)
  await service.flush()
  return { service, ctx, fs, statuses, eventId: (created.value as Event).id }
}

async function until(check: () => boolean, ms = 5_000): Promise<void> {
  const deadline = Date.now() + ms
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out waiting')
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

describe('the core says when writing keeps failing, and gives the unsaved data', () => {
  it('pushes a storage status naming the failure, the unsaved changes and since when; clears it once a write succeeds', async () => {
    const { service, fs, statuses, eventId } = await start()
    fs.inject({ op: 'write', code: 'ENOSPC', times: Infinity })
    const added = await service.dispatch('addDelegates', { eventId, delegates: people(20) })
    expect(added).toMatchObject({ ok: false, error: { code: 'STORAGE_FAILED' } })
    await until(() => statuses.some((s) => s.state === 'retrying'))
    const failing = statuses.find((s) => s.state === 'retrying')!
    expect(failing.error).toContain('ENOSPC')
    expect(failing.unsavedChanges).toBeGreaterThan(0)
    expect(failing.failingSince).not.toBeNull()
    expect(await service.dispatch('getStorageStatus', {})).toMatchObject({
      ok: true,
      value: { state: 'retrying', unsavedChanges: failing.unsavedChanges }
    })

    fs.clear()
    await service.flush()
    expect(statuses.at(-1)).toMatchObject({
      state: 'saved',
      error: null,
      unsavedChanges: 0,
      failingSince: null
    })
  })

  it('saveUnsavedCopy answers nothing-unsaved when all is on disk, else a download of the whole data', async () => {
    const { service, fs, eventId } = await start()
    expect(await service.dispatch('saveUnsavedCopy', {})).toEqual({
      ok: true,
      value: { kind: 'nothing-unsaved' }
    })
    fs.inject({ op: 'write', code: 'ENOSPC', times: Infinity })
    await service.dispatch('addDelegates', { eventId, delegates: people(30) })
    const answer = await service.dispatch('saveUnsavedCopy', {})
    const outcome = (answer.ok ? answer.value : null) as UnsavedCopyOutcome
    expect(outcome).toMatchObject({ kind: 'download', contentType: 'application/json' })
    if (outcome.kind !== 'download') return
    expect(outcome.fileName).toMatch(/^Dais-unsaved-.*\.json$/)
    const decoded = decodeEnvelope(Buffer.from(outcome.contentBase64, 'base64'))
    const data = decoded.ok ? (decoded.envelope.data as DatabaseData) : null
    expect(data?.delegates.delegates.map((d: Delegate) => d.fullName)).toEqual(
      people(30).map((p) => p.fullName)
    )
    fs.clear()
  })

  it('saveUnsavedCopy goes through dispatch to a host that saves it, with the name to offer and the copy', async () => {
    const offered: UnsavedCopy[] = []
    const host: Host = {
      openDocument: async () => ({ url: null }),
      saveUnsavedCopy: async (copy) => {
        offered.push(copy)
        return { kind: 'saved', path: `/media/usb/${copy.defaultName}` }
      }
    }
    const { service, fs, eventId } = await start(privateContext(), createFaultInjectingFs(), host)
    expect(await service.dispatch('saveUnsavedCopy', {})).toEqual({
      ok: true,
      value: { kind: 'nothing-unsaved' }
    })
    expect(offered).toEqual([])
    fs.inject({ op: 'write', code: 'ENOSPC', times: Infinity })
    await service.dispatch('addDelegates', { eventId, delegates: people(3) })
    const answer = await service.dispatch('saveUnsavedCopy', {})
    expect(offered).toHaveLength(1)
    const copy = offered[0] as UnsavedCopy
    expect(copy.defaultName).toMatch(/^Dais-unsaved-.*\.json$/)
    expect(answer).toEqual({
      ok: true,
      value: { kind: 'saved', path: `/media/usb/${copy.defaultName}` }
    })
    const decoded = decodeEnvelope(copy.take() as Buffer)
    const data = decoded.ok ? (decoded.envelope.data as DatabaseData) : null
    expect(data?.delegates.delegates).toHaveLength(3)
    fs.clear()
  })
})

describe('after a stop that could not save, the next start names the rescued copy', () => {
  it('a copy next to the data folder: the notice gives its path and how many changes the data lacks', async () => {
    const { service, ctx, fs, eventId } = await start()
    fs.inject({ op: 'write', code: 'ENOSPC', times: Infinity })
    await service.dispatch('addDelegates', { eventId, delegates: people(10) })
    await service.dispatch('addDelegates', { eventId, delegates: people(5) })
    await expect(service.close()).rejects.toMatchObject({ code: 'STORAGE_FAILED' })
    const copy = await saveUnsavedCopy(service, ctx.dataDir, [], ctx.clock.now())
    expect(copy && dirname(copy)).toBe(dirname(ctx.dataDir))

    const restarted = await createAppService(ctx)
    open.push(restarted)
    const info = await restarted.dispatch('getAppInfo', {})
    const notices = info.ok ? (info.value as AppInfo).notices : []
    const notice = notices.find((n) => n.kind === 'unsaved-copy')
    expect(notice?.unsavedCopy).toEqual({
      path: copy,
      savedAt: ctx.clock.now().toISOString(),
      seq: expect.any(Number),
      changesMissing: 2
    })
    expect(notice?.message).toContain(copy!)
    // The copy holds what was never saved: both batches.
    const rescued = decodeEnvelope(readFileSync(copy!))
    expect(rescued.ok && (rescued.envelope.data as DatabaseData).delegates.delegates).toHaveLength(
      15
    )
  })

  it('a copy equal to the data (it was copied back) needs no notice; another folder copy is still named', () => {
    const copy = { path: '/x/Dais-unsaved-a.json', seq: 7, savedAt: 't', checksum: 'abc' }
    expect(
      unsavedCopyNotices([copy], { seq: 7, checksum: 'abc', dataFile: '/d/dais-data.json' })
    ).toEqual([])
    const [notice] = unsavedCopyNotices([copy], {
      seq: 9,
      checksum: 'def',
      dataFile: '/d/dais-data.json'
    })
    expect(notice?.unsavedCopy).toMatchObject({ path: copy.path, changesMissing: 0 })
  })

  it('when the folder beside the data refuses it, the copy goes to the next folder and is found there', async () => {
    const { service, ctx, fs, eventId } = await start()
    const elsewhere = mkdtempSync(join(tmpdir(), 'dais-elsewhere-'))
    folders.push(elsewhere)
    fs.inject({ op: 'write', code: 'ENOSPC', times: Infinity })
    await service.dispatch('addDelegates', { eventId, delegates: people(3) })
    await expect(service.close()).rejects.toMatchObject({ code: 'STORAGE_FAILED' })
    // A folder in the way of the copy's name: the parent cannot take the copy.
    mkdirSync(join(dirname(ctx.dataDir), unsavedCopyFileName(ctx.dataDir, ctx.clock.now())))
    const copy = await saveUnsavedCopy(service, ctx.dataDir, [elsewhere], ctx.clock.now())
    expect(copy && dirname(copy)).toBe(elsewhere)

    const restarted = await createAppService({ ...ctx, rescueFolders: [elsewhere] })
    open.push(restarted)
    const info = await restarted.dispatch('getAppInfo', {})
    const notices = info.ok ? (info.value as AppInfo).notices : []
    expect(
      notices.filter((n) => n.kind === 'unsaved-copy').map((n) => n.unsavedCopy?.path)
    ).toEqual([copy])
  })
})
