import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import type { AttendanceBoard, AttendanceFigures } from '../src/shared/attendance/entities'
import type { CheckInCodeEntry } from '../src/shared/cards/entities'
import type { Event } from '../src/shared/entities'
import { openBenchService } from './bench-service'
import { launchChromium, startServer, stopServer } from './browser-mode'
import { syntheticDelegates } from './delegates-synthetic'

/**
 * More than one desk (issue 16), in Chromium against browser mode (`npm run build` first):
 * 1. the board in a second window (the large screen) follows each of `follow` scans at the main
 *    desk — timed from the Enter key event in the desk's window to the large screen's text
 *    changing, on the one clock both windows share (goal ≤ 200 ms);
 * 2. the main desk and two desks paired over the desk listener (127.0.0.2) scan `delegates`
 *    delegates between them, each page typing codes with Enter as a scanner does, one in ten
 *    codes scanned at two desks at once — then the data folder is read again: every delegate in
 *    (0 lost) and one check-in entry each (0 double counts).
 *
 *   npx tsx bench/check-in-many-desks.ts [delegates = 1000] [follow = 50]
 */
async function prepare(dataDir: string, count: number) {
  const { service, call } = await openBenchService(dataDir)
  const event = await call<Event>('openSampleEvent', {})
  const added = syntheticDelegates(count - 120).map((d, i) => ({
    ...d,
    fullName: `${d.fullName} ${i + 1}`
  }))
  if (added.length > 0) await call('addDelegates', { eventId: event.id, delegates: added })
  const codes = await call<CheckInCodeEntry[]>('listCheckInCodes', { eventId: event.id })
  // Summoned delegates (a guest's arrival leaves "present" as it is): the board's absentees now.
  const board = await call<AttendanceBoard>('getAttendance', { eventId: event.id })
  const summoned = new Set(board.absentees.map((d) => d.delegateId))
  await service.close()
  return {
    eventId: event.id,
    codes: codes.map((c) => c.code),
    counted: codes.filter((c) => summoned.has(c.delegateId)).map((c) => c.code)
  }
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN

/** Epoch milliseconds of each Enter in this page (performance.timeOrigin + event time). */
const enterClock = `(() => {
  window.__enters = []
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') window.__enters.push(performance.timeOrigin + e.timeStamp)
  }, true)
})()`
/** Epoch milliseconds at which the large screen's "present" text took each new value. */
const screenClock = `(() => {
  window.__shown = {}
  const el = document.querySelector('[data-testid=screen-present]')
  new MutationObserver(() => {
    const text = el.textContent.trim()
    if (!(text in window.__shown)) window.__shown[text] = performance.timeOrigin + performance.now()
  }).observe(el, { subtree: true, childList: true, characterData: true })
})()`

/** What the page code below reads, typed here without the DOM library. */
interface InPage {
  document: { querySelector(s: string): { textContent: string | null; value?: string } | null }
  __shown: Record<string, number>
}

const feedbackText = `(document.querySelector('[data-testid=check-in-feedback]')?.textContent ?? null)`

/** Types a code and Enter at the main desk; resolves once its answer is on screen. */
async function scanAtMainDesk(page: Page, code: string) {
  const input = page.getByTestId('check-in-input')
  const before = await page.evaluate(`${feedbackText}`)
  await input.fill(code)
  await input.press('Enter')
  await page.waitForFunction(
    (b) =>
      (globalThis as unknown as InPage).document.querySelector('[data-testid=check-in-feedback]')
        ?.textContent !== b,
    before,
    { timeout: 10_000 }
  )
}

/** The same at a paired desk's page. */
async function scanAtRemoteDesk(desk: Page, code: string) {
  const before = await desk.locator('#outcome').textContent()
  await desk.locator('#scan').fill(code)
  await desk.locator('#scan').press('Enter')
  await desk.waitForFunction(
    (b) => {
      const { document } = globalThis as unknown as InPage
      return (
        document.querySelector('#outcome')?.textContent !== b &&
        document.querySelector('#scan')?.value === ''
      )
    },
    before,
    { timeout: 10_000 }
  )
}

async function main() {
  const delegates = Number(process.argv[2] ?? 1000)
  const follow = Number(process.argv[3] ?? 50)
  const dataDir = mkdtempSync(join(tmpdir(), 'dais-bench-desks-'))
  const { eventId, codes, counted } = await prepare(dataDir, delegates)
  const loadBefore = loadavg()[0]!
  const { child, url } = await startServer(dataDir)
  const browser = await launchChromium()
  const result: Record<string, unknown> = { delegates }
  try {
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } })
    const main = await context.newPage()
    await main.goto(`${url.replace(/#.*$/, '')}#/events/${eventId}`)
    await main.getByRole('tab', { name: 'Điểm danh', exact: true }).click()
    await main.getByTestId('check-in-input').waitFor()
    const screen = await context.newPage()
    await screen.goto(`${url.replace(/#.*$/, '')}#/events/${eventId}/attendance`)
    await screen.getByTestId('screen-present').waitFor()
    await main.bringToFront()
    await main.evaluate(enterClock)
    await screen.evaluate(screenClock)

    // --- 1. the large screen follows the main desk ---
    for (let i = 0; i < follow; i++) {
      await scanAtMainDesk(main, counted[i]!)
      await screen.waitForFunction(
        (n) => Object.keys((globalThis as unknown as InPage).__shown).length >= n,
        i + 1,
        { timeout: 10_000 }
      )
    }
    const enters = (await main.evaluate('window.__enters')) as number[]
    const shown = (await screen.evaluate('window.__shown')) as Record<string, number>
    const lags = Object.entries(shown)
      .map(([text, at]) => {
        const n = Number(text.split('/')[0])
        return n >= 1 && n <= follow ? at - enters[n - 1]! : NaN
      })
      .filter((v) => Number.isFinite(v))
      .sort((a, b) => a - b)
    Object.assign(result, {
      boardFollows: lags.length,
      boardP50Ms: Math.round(quantile(lags, 0.5)),
      boardP95Ms: Math.round(quantile(lags, 0.95)),
      boardMaxMs: Math.round(lags[lags.length - 1] ?? NaN)
    })
    await screen.close()

    // --- 2. three desks scan everyone else between them ---
    const dais = async (method: string, arg: unknown) => {
      const r = (await main.evaluate(
        `window.dais[${JSON.stringify(method)}](${JSON.stringify(arg)})`
      )) as { ok?: boolean; value?: unknown; error?: { message: string } }
      if (r.ok === false) throw new Error(`${method}: ${r.error?.message}`)
      return r.ok === true ? r.value : r
    }
    const status = (await dais('startDeskListener', { eventId, address: '127.0.0.2' })) as {
      url: string
    }
    const desks: Page[] = []
    for (const name of ['Bàn 2', 'Bàn 3']) {
      const { code } = (await dais('openDeskPairing', { deskName: name })) as { code: string }
      // A Vietnamese office's browser: the desk page speaks the browser's language.
      const desk = await (await browser.newContext({ locale: 'vi-VN' })).newPage()
      await desk.goto(status.url)
      await desk.locator('#pair-code').fill(code)
      await desk.getByRole('button', { name: 'Ghép nối' }).click()
      await desk.locator('#scan').waitFor({ state: 'visible' })
      desks.push(desk)
    }
    const first = new Set(counted.slice(0, follow))
    const rest = codes.filter((c) => !first.has(c))
    // one in ten codes is scanned at two desks at the same moment
    const queues: string[][] = [[], [], []]
    rest.forEach((code, i) => {
      queues[i % 3]!.push(code)
      if (i % 10 === 0) queues[(i + 1) % 3]!.push(code)
    })
    const started = Date.now()
    await Promise.all([
      (async () => {
        for (const code of queues[0]!) await scanAtMainDesk(main, code)
      })(),
      ...desks.map(async (desk, d) => {
        for (const code of queues[d + 1]!) await scanAtRemoteDesk(desk, code)
      })
    ])
    result.scans = queues.reduce((n, q) => n + q.length, 0) + follow
    result.threeDesksSeconds = Math.round((Date.now() - started) / 100) / 10
  } finally {
    await browser.close()
    await stopServer(child)
  }
  const { service, call } = await openBenchService(dataDir)
  const f = await call<AttendanceFigures>('getAttendanceFigures', { eventId })
  await service.close()
  // The data file as the core left it on closing: every check-in entry written.
  const file = JSON.parse(readFileSync(join(dataDir, 'dais-data.json'), 'utf8')) as {
    data: { delegates: { checkIns?: { eventId: string; action: string; delegateId: string }[] } }
  }
  const entries = (file.data.delegates.checkIns ?? []).filter(
    (e) => e.eventId === eventId && e.action === 'in'
  )
  rmSync(dataDir, { recursive: true, force: true })
  Object.assign(result, {
    inTheHall: f.present + f.guests,
    lost: codes.length - (f.present + f.guests),
    checkInEntries: entries.length,
    doubleCounts: entries.length - new Set(entries.map((e) => e.delegateId)).size,
    loadAverage1m: [Math.round(loadBefore * 100) / 100, Math.round(loadavg()[0]! * 100) / 100]
  })
  console.log(JSON.stringify(result))
}

void main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
