import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { loadavg, tmpdir } from 'node:os'
import { join } from 'node:path'
import type { AttendanceBoard } from '../src/shared/attendance/entities'
import type { CheckInCodeEntry } from '../src/shared/cards/entities'
import type { Delegate } from '../src/shared/delegates/entities'
import type { Event } from '../src/shared/entities'
import { openBenchService } from './bench-service'
import { launchChromium, startServer } from './browser-mode'
import { syntheticDelegates } from './delegates-synthetic'

/**
 * The door (issue 16): `scans` cards scanned in a row at the check-in desk of an event of
 * `delegates` delegates, in Chromium against browser mode (`npm run build` first). Each scan is
 * typed into the desk's field and Enter pressed, as a USB scanner does; timed in the page from
 * the Enter key event to the frame that paints the green name. Then the data folder is read
 * again: every scan must be there (0 lost). Goal: p95 ≤ 50 ms.
 *
 *   npx tsx bench/check-in-desk.ts [delegates = 10000] [scans = 1000]
 */
async function prepare(dataDir: string, count: number) {
  const { service, call } = await openBenchService(dataDir)
  const event = await call<Event>('openSampleEvent', {})
  // Each name once, so a scan's green name is never the previous one's.
  const added = syntheticDelegates(count - 120).map((d, i) => ({
    ...d,
    fullName: `${d.fullName} ${i + 1}`
  }))
  for (let i = 0; i < added.length; i += 2000)
    await call('addDelegates', { eventId: event.id, delegates: added.slice(i, i + 2000) })
  const codes = await call<CheckInCodeEntry[]>('listCheckInCodes', { eventId: event.id })
  const delegates = await call<Delegate[]>('listDelegates', { eventId: event.id })
  const names = new Map(delegates.map((d) => [d.id, d.fullName]))
  await service.close()
  return {
    eventId: event.id,
    scans: codes.map((c) => ({ code: c.code, name: names.get(c.delegateId)! }))
  }
}

/** In the page: Enter's time, and when the expected name is painted green, the time since. */
const instrument = `(() => {
  const s = (window.__scan = { t0: 0, expect: null, times: [] })
  document.addEventListener('keydown', (e) => { if (e.key === 'Enter') s.t0 = e.timeStamp }, true)
  new MutationObserver(() => {
    if (!s.expect) return
    const box = document.querySelector('[data-testid=check-in-feedback]')
    const name = document.querySelector('[data-testid=check-in-name]')
    if (!box || !name || !box.classList.contains('tone-present') || name.textContent !== s.expect) return
    s.expect = null
    requestAnimationFrame(() => {
      const after = new MessageChannel()
      after.port1.onmessage = () => s.times.push(performance.now() - s.t0)
      after.port2.postMessage(0)
    })
  }).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true })
})()`

function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN

async function main() {
  const delegates = Number(process.argv[2] ?? 10_000)
  const count = Number(process.argv[3] ?? 1000)
  const dataDir = mkdtempSync(join(tmpdir(), 'dais-bench-desk-'))
  const { eventId, scans } = await prepare(dataDir, delegates)
  const loadBefore = loadavg()[0]!
  const { child, url } = await startServer(dataDir)
  const browser = await launchChromium()
  let times: number[] = []
  let cpu = 0
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } })
    await page.goto(`${url.replace(/#.*$/, '')}#/events/${eventId}`)
    await page.getByRole('tab', { name: 'Điểm danh', exact: true }).click()
    const input = page.getByTestId('check-in-input')
    await input.waitFor().catch(async (error: unknown) => {
      await page.screenshot({ path: join(tmpdir(), 'dais-bench-desk.png') })
      throw error
    })
    await page.evaluate(instrument)
    const cpuBefore = processCpuMs(child.pid!)
    for (const [i, scan] of scans.slice(0, count).entries()) {
      await page.evaluate(`window.__scan.expect = ${JSON.stringify(scan.name)}`)
      await input.fill(scan.code)
      await input.press('Enter')
      await page.waitForFunction(
        (n) => (globalThis as unknown as { __scan: { times: number[] } }).__scan.times.length > n,
        i,
        { timeout: 10_000 }
      )
    }
    cpu = processCpuMs(child.pid!) - cpuBefore
    times = (await page.evaluate('window.__scan.times')) as number[]
  } finally {
    await browser.close()
    child.kill()
    await new Promise((r) => child.once('exit', r))
  }
  const { service, call } = await openBenchService(dataDir)
  const board = await call<AttendanceBoard>('getAttendance', { eventId })
  const present = board.figures.present + board.figures.guests
  await service.close()
  rmSync(dataDir, { recursive: true, force: true })
  const sorted = [...times].sort((a, b) => a - b)
  console.log(
    JSON.stringify({
      delegates,
      scans: times.length,
      lost: count - present,
      p50Ms: Math.round(quantile(sorted, 0.5)),
      p95Ms: Math.round(quantile(sorted, 0.95)),
      maxMs: Math.round(sorted[sorted.length - 1] ?? NaN),
      serverCpuMsPerScan: Math.round((cpu / times.length) * 10) / 10,
      loadAverage1m: [Math.round(loadBefore * 100) / 100, Math.round(loadavg()[0]! * 100) / 100]
    })
  )
}

void main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
