import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppService } from '../core/app-service'
import type { AppEvent } from '@shared/app-events'
import type { DaisApi } from '@shared/dais-api'
import { methodNames } from '@shared/method-names'
import { ok } from '@shared/result'
import { createDocumentStore } from './document-store'
import { startWebServer, type WebServer } from './server'
import { tokenStorageKey } from './web-client'

const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium-headless-shell'

/** The page's globals, typed without the DOM library (this file type-checks as Node code). */
type PageGlobals = {
  dais: DaisApi
  received: AppEvent[]
  stopListening: () => void
  location: { search: string; hash: string; href: string }
  sessionStorage: { getItem(key: string): string | null }
}

describe.skipIf(!existsSync(chromiumPath))('web client in Chromium', () => {
  let browser: Browser
  let page: Page
  let server: WebServer
  let root: string
  let cspErrors: string[]
  const listeners = new Set<(event: AppEvent) => void>()
  const service = {
    dispatch: vi.fn(async (method: string, arg: unknown) => ok({ method, arg })),
    onEvent: (listener: (event: AppEvent) => void) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    },
    flush: async () => {},
    close: async () => {}
  } satisfies AppService

  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking']
    })
  })
  afterAll(async () => {
    await browser?.close()
  })

  beforeEach(async () => {
    root = mkdtempSync(join(tmpdir(), 'dais-client-'))
    mkdirSync(join(root, 'assets'))
    writeFileSync(
      join(root, 'index.html'),
      '<!doctype html><html><head><script type="module" src="./assets/app.js"></script></head><body></body></html>'
    )
    writeFileSync(
      join(root, 'assets', 'app.js'),
      "document.body.dataset.sawDais = String(typeof window.dais === 'object')\n"
    )
    server = await startWebServer({ service, documents: createDocumentStore(), staticDir: root })
    page = await browser.newPage()
    cspErrors = []
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) cspErrors.push(message.text())
    })
    service.dispatch.mockClear()
  })

  afterEach(async () => {
    await page.close()
    await server.close()
    rmSync(root, { recursive: true, force: true })
  })

  it('defines a frozen window.dais before the app runs and hides the token', async () => {
    await page.goto(`${server.url}#/events/e-1`)
    await expect.poll(() => page.locator('body').getAttribute('data-saw-dais')).toBe('true')
    const state = await page.evaluate(
      (key) => ({
        search: (globalThis as unknown as PageGlobals).location.search,
        hash: (globalThis as unknown as PageGlobals).location.hash,
        stored: (globalThis as unknown as PageGlobals).sessionStorage.getItem(key),
        frozen: Object.isFrozen((globalThis as unknown as PageGlobals).dais),
        keys: Object.keys((globalThis as unknown as PageGlobals).dais).sort()
      }),
      tokenStorageKey
    )
    expect(state).toEqual({
      search: '',
      hash: '#/events/e-1',
      stored: server.token,
      frozen: true,
      keys: [...methodNames, 'onEvent'].sort()
    })
    expect(cspErrors).toEqual([])
  })

  it('calls the API with the token, also after a reload without it', async () => {
    await page.goto(server.url)
    const first = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).dais.listEvents({ includeArchived: true })
    )
    expect(first).toEqual({
      ok: true,
      value: { method: 'listEvents', arg: { includeArchived: true } }
    })
    await page.reload()
    const second = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).dais.getAppInfo({})
    )
    expect(second).toMatchObject({ ok: true, value: { method: 'getAppInfo' } })
    expect(service.dispatch).toHaveBeenCalledTimes(2)
  })

  it('returns an INTERNAL result when the server is gone', async () => {
    await page.goto(server.url)
    await server.close()
    const result = await page.evaluate(() =>
      (globalThis as unknown as PageGlobals).dais.getAppInfo({})
    )
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
    expect(JSON.stringify(result)).toContain('Cannot reach the Dais server')
  })

  it('delivers events over one EventSource until unsubscribed', async () => {
    await page.goto(server.url)
    await page.evaluate(() => {
      const win = globalThis as unknown as PageGlobals
      win.received = []
      win.stopListening = win.dais.onEvent((event) => win.received.push(event))
    })
    await expect.poll(() => listeners.size).toBe(1)
    const event: AppEvent = {
      type: 'progress',
      payload: { jobId: 'j', label: 'x', done: 1, total: 2 }
    }
    for (const listener of listeners) listener(event)
    await expect
      .poll(() => page.evaluate(() => (globalThis as unknown as PageGlobals).received))
      .toEqual([event])
    await page.evaluate(() => (globalThis as unknown as PageGlobals).stopListening())
    await expect.poll(() => listeners.size).toBe(0)
  })
})
