import { EventEmitter } from 'node:events'
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { createAppService, type AppService } from '../core/app-service'
import { saveUnsavedCopy } from '../core/rescue'
import type { DatabaseData } from '../core/schema/database-schema'
import { readSavedFile } from '../core/storage/database'
import { createFaultInjectingFs } from '../core/storage/testing/fault-injecting-fs'
import { testContext } from '../core/testing/test-context'
import { fillDisk, mountSmallTmpfs, tmpfsSkipReason, unmountTmpfs } from '../core/testing/tmpfs'
import type { AppInfo } from '@shared/entities'
import { flushOnQuit, flushOnSessionEnd, type QuitChoice, type QuitDeps } from './flush-on-quit'
import { quitChoiceAt, quitMessageBox } from './quit-dialog'

/** Electron's app as far as quitting goes: before-quit may be prevented, else the app exits. */
const quittingApp = () => {
  const emitter = new EventEmitter()
  const app = {
    on: (event: 'before-quit', listener: (e: { preventDefault(): void }) => void) =>
      emitter.on(event, listener),
    quit: vi.fn(() => {
      const event = { prevented: false, preventDefault: () => (event.prevented = true) }
      emitter.emit('before-quit', event)
      if (!event.prevented) app.exited = true
    }),
    exited: false
  }
  return app
}

const deferred = () => {
  let resolve!: () => void
  const promise = new Promise<void>((res) => (resolve = res))
  return { promise, resolve }
}

/** The person at the message box, answering from a script; every question is recorded. */
function scriptedDeps(answers: QuitChoice[], overrides: Partial<QuitDeps> = {}) {
  const asked: string[] = []
  const deps: QuitDeps = {
    ask: async (reason) => {
      asked.push(reason)
      return answers.shift() ?? 'quit'
    },
    saveCopy: async () => false,
    rescue: async () => null,
    log: () => undefined,
    closeTimeoutMs: 300,
    ...overrides
  }
  return { deps, asked }
}

const open: AppService[] = []
const folders: string[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close().catch(() => undefined)))
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true })
})

/** A real service on a data folder of its own (inside a private parent, for rescued copies). */
async function startOn(dataDir?: string) {
  const parent = mkdtempSync(join(tmpdir(), 'dais-quit-'))
  folders.push(parent)
  const ctx = testContext({ dataDir: dataDir ?? join(parent, 'data') })
  const fs = createFaultInjectingFs()
  const service = await createAppService(ctx, { storage: { fs } })
  open.push(service)
  await service.flush()
  return { ctx, fs, service }
}

const rename = (service: AppService, name: string) =>
  service.dispatch('updateOrganisation', { authorityName: name })

const savedName = async (dataDir: string) =>
  ((await readSavedFile(dataDir)).data as DatabaseData).organisation.authorityName

describe('flushOnQuit', () => {
  it('holds the quit until the service is closed, then quits once', async () => {
    const app = quittingApp()
    const closing = deferred()
    const service = { close: vi.fn(() => closing.promise), whenSaved: () => Promise.resolve() }
    flushOnQuit(service, app, scriptedDeps([]).deps)

    app.quit()
    app.quit()
    expect(app.exited).toBe(false)
    await vi.waitFor(() => expect(service.close).toHaveBeenCalledTimes(1))

    closing.resolve()
    await vi.waitFor(() => expect(app.exited).toBe(true))
    expect(service.close).toHaveBeenCalledTimes(1)
  })

  it('everything saved: quits without asking', async () => {
    const { ctx, service } = await startOn()
    await rename(service, 'UBND phường Đông Hòa')
    const app = quittingApp()
    const { deps, asked } = scriptedDeps([])
    flushOnQuit(service, app, deps)
    app.quit()
    await vi.waitFor(() => expect(app.exited).toBe(true))
    expect(asked).toEqual([])
    expect(await savedName(ctx.dataDir)).toBe('UBND phường Đông Hòa')
  })

  it('a failing disk: asks, Try again asks again while it fails, and once it clears saves and quits', async () => {
    const { ctx, fs, service } = await startOn()
    fs.inject({ op: 'write', code: 'ENOSPC', times: Infinity })
    await rename(service, 'UBND phường Tân Lập')
    const app = quittingApp()
    const { deps, asked } = scriptedDeps(['retry', 'retry'], {
      ask: async (reason) => {
        asked.push(reason)
        if (asked.length === 2) fs.clear()
        return 'retry'
      }
    })
    flushOnQuit(service, app, deps)
    app.quit()
    await vi.waitFor(() => expect(app.exited).toBe(true), { timeout: 10_000 })
    expect(asked).toHaveLength(2)
    expect(asked[0]).toContain('ENOSPC')
    expect(await savedName(ctx.dataDir)).toBe('UBND phường Tân Lập')
  })

  it('Save a copy elsewhere: the save dialog runs (a cancel asks again); then the app quits, and the copy beside the data folder is named at the next start', async () => {
    const { ctx, fs, service } = await startOn()
    fs.inject({ op: 'write', code: 'ENOSPC', times: Infinity })
    await rename(service, 'UBND phường Hòa Bình')
    const app = quittingApp()
    const dialogs: string[] = []
    const { deps, asked } = scriptedDeps(['save-copy', 'save-copy'], {
      saveCopy: async () => {
        dialogs.push('save dialog')
        return dialogs.length === 2
      },
      rescue: () => saveUnsavedCopy(service, ctx.dataDir, [], ctx.clock.now())
    })
    flushOnQuit(service, app, deps)
    app.quit()
    await vi.waitFor(() => expect(app.exited).toBe(true), { timeout: 10_000 })
    expect(asked).toHaveLength(2)
    expect(dialogs).toHaveLength(2)

    fs.clear()
    const restarted = await createAppService(ctx)
    open.push(restarted)
    const info = await restarted.dispatch('getAppInfo', {})
    const notice = (info.ok ? (info.value as AppInfo).notices : []).find(
      (n) => n.kind === 'unsaved-copy'
    )
    expect(notice?.unsavedCopy?.path).toMatch(/Dais-unsaved-.*\.json$/)
    expect(dirname(notice!.unsavedCopy!.path)).toBe(dirname(ctx.dataDir))
    expect(notice?.unsavedCopy?.changesMissing).toBe(1)
  })

  it('Quit anyway still leaves the unsaved data beside the data folder', async () => {
    const { ctx, fs, service } = await startOn()
    fs.inject({ op: 'write', code: 'ENOSPC', times: Infinity })
    await rename(service, 'UBND phường An Khánh')
    const app = quittingApp()
    const { deps, asked } = scriptedDeps(['quit'], {
      rescue: () => saveUnsavedCopy(service, ctx.dataDir, [], ctx.clock.now())
    })
    flushOnQuit(service, app, deps)
    app.quit()
    await vi.waitFor(() => expect(app.exited).toBe(true), { timeout: 10_000 })
    expect(asked).toHaveLength(1)
    const copies = readdirSync(dirname(ctx.dataDir)).filter((n) => n.startsWith('Dais-unsaved-'))
    expect(copies).toHaveLength(1)
  })
})

describe('the quit message box', () => {
  it('offers Save a copy elsewhere, Try again, Quit anyway in the UI language; Esc and the default are Try again', () => {
    const vi_ = quitMessageBox('vi', 'ENOSPC: no space left on device')
    expect(vi_.buttons).toEqual(['Lưu bản sao ra nơi khác…', 'Thử lại', 'Vẫn thoát'])
    expect(vi_.detail).toContain('ENOSPC')
    const en = quitMessageBox('en', 'EIO')
    expect(en.buttons).toEqual(['Save a copy elsewhere…', 'Try again', 'Quit anyway'])
    expect(quitChoiceAt(en.cancelId)).toBe('retry')
    expect(quitChoiceAt(en.defaultId)).toBe('retry')
    expect([0, 1, 2, 7].map(quitChoiceAt)).toEqual(['save-copy', 'retry', 'quit', 'retry'])
  })
})

const mountPoint = mountSmallTmpfs()
afterAll(() => {
  if (mountPoint) unmountTmpfs(mountPoint)
})

describe.skipIf(!mountPoint)(
  `quitting with the data folder on a full disk (${mountPoint ? 'tmpfs' : tmpfsSkipReason})`,
  () => {
    it('closing asks; Quit anyway writes the unsaved data elsewhere; the next start names it', async () => {
      const dataDir = join(mountPoint!, 'data')
      mkdirSync(dataDir)
      const elsewhere = mkdtempSync(join(tmpdir(), 'dais-rescue-'))
      folders.push(elsewhere)
      const ctx = testContext({ dataDir, rescueFolders: [elsewhere] })
      const service = await createAppService(ctx)
      const created = await service.dispatch('createEvent', {
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
      const eventId = created.ok ? (created.value as { id: string }).id : ''
      await service.flush()
      const filler = fillDisk(mountPoint!)
      // Bigger than a page: the journal cannot take it in the room its last page has left.
      const delegates = Array.from({ length: 50 }, (_, i) => ({
        fullName: `Lê Văn Số ${i + 1}`,
        notes: 'x'.repeat(200)
      }))
      const added = await service.dispatch('addDelegates', { eventId, delegates })
      expect(added).toMatchObject({ ok: false, error: { code: 'STORAGE_FAILED' } })

      const app = quittingApp()
      const { deps, asked } = scriptedDeps(['quit'], {
        rescue: () => saveUnsavedCopy(service, dataDir, [elsewhere], ctx.clock.now())
      })
      flushOnQuit(service, app, deps)
      app.quit()
      await vi.waitFor(() => expect(app.exited).toBe(true), { timeout: 20_000 })
      expect(asked).toHaveLength(1)
      expect(asked[0]).toMatch(/ENOSPC/)

      rmSync(filler)
      const restarted = await createAppService(ctx)
      open.push(restarted)
      const info = await restarted.dispatch('getAppInfo', {})
      const notice = (info.ok ? (info.value as AppInfo).notices : []).find(
        (n) => n.kind === 'unsaved-copy'
      )
      expect(dirname(notice!.unsavedCopy!.path)).toBe(elsewhere)
      expect(notice?.unsavedCopy?.changesMissing).toBe(1)
    }, 60_000)
  }
)

describe('flushOnSessionEnd', () => {
  it('flushes when the OS ends the session', () => {
    const window = new EventEmitter()
    const service = { flush: vi.fn(() => Promise.resolve()) }
    flushOnSessionEnd(service, window)
    window.emit('session-end')
    expect(service.flush).toHaveBeenCalledTimes(1)
  })
})
