import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { EmulationTitle, Unit } from '../src/shared/movement/entities'
import { openBenchService } from './bench-service'
import { launchChromium, startServer, stopServer } from './browser-mode'

/**
 * The progress page in Chromium against browser mode (`npm run build` first), issue 17: a ward of
 * 60 units (50 residential groups of 240 households: 12,000 households) over the six years
 * 2025–2030 with the three ward targets.
 * - first render: from `#/movement?tab=progress` being asked for (the app already open on the
 *   events list) to every target's figure, chart and lagging units on screen (route chunk,
 *   the records of six years read, progress computed, three charts drawn);
 * - result change: one year-end result changed in the grid (a `change` on its select) until
 *   every figure on the progress page (kept mounted in its tab) shows the new value.
 *
 *   npx tsx bench/movement-page.ts [runs = 5] [--profile]
 *
 * With --profile the last run's first render and result change are recorded as Chromium CPU
 * profiles (CDP) and the functions with the most self time are printed.
 */
async function prepare(dataDir: string): Promise<void> {
  const { service, call } = await openBenchService(dataDir)
  const titles = await call<EmulationTitle[]>('listEmulationTitles', {})
  const groupTitle = titles.find((x) => x.subject === 'residential-group')!
  const collectiveTitle = titles.find((x) => x.subject === 'collective')!
  const units: Unit[] = []
  for (let i = 0; i < 60; i++)
    units.push(
      await call<Unit>('createUnit', {
        kind: i < 50 ? 'residential-group' : 'agency',
        name: i < 50 ? `Tổ dân phố số ${i + 1}` : `Cơ quan ${i - 49}`,
        head: `Trưởng đơn vị ${i + 1}`,
        headPosition: i < 50 ? 'Tổ trưởng' : 'Thủ trưởng',
        households: i < 50 ? 240 : null
      })
    )
  const base = { milestones: [], deadlineYear: 2030 }
  await call('createMovement', {
    title: 'Phong trào thi đua yêu nước giai đoạn 2025 - 2030',
    fromYear: 2025,
    toYear: 2030,
    targets: [
      {
        ...base,
        label: 'Đăng ký thi đua',
        measure: 'registered',
        unitKinds: ['residential-group', 'agency'],
        titleId: null,
        comparison: '=',
        percent: 100
      },
      {
        ...base,
        label: 'Tổ dân phố văn hóa',
        measure: 'achieved',
        unitKinds: ['residential-group'],
        titleId: groupTitle.id,
        comparison: '>',
        percent: 95
      },
      {
        ...base,
        label: 'Gia đình văn hóa',
        measure: 'households-titled',
        unitKinds: ['residential-group'],
        titleId: null,
        comparison: '>',
        percent: 90
      }
    ]
  })
  for (let year = 2025; year <= 2030; year++)
    for (const [i, u] of units.entries()) {
      await call('saveRegistration', {
        year,
        unitId: u.id,
        titleId: u.kind === 'residential-group' ? groupTitle.id : collectiveTitle.id,
        result: (year + i) % 17 === 0 ? 'not-achieved' : 'achieved',
        reason: (year + i) % 17 === 0 ? 'Chưa đạt tiêu chí môi trường' : ''
      })
      if (u.households)
        await call('saveHouseholdTally', {
          year,
          unitId: u.id,
          households: 240,
          titled: 200 + ((year + i) % 35)
        })
    }
  await service.close()
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[]
  samples?: number[]
  timeDeltas?: number[]
}

/** The functions with the most self time in a CPU profile, to find where a render goes. */
function printProfile(label: string, p: CpuProfile) {
  const byNode = new Map(p.nodes.map((n) => [n.id, n.callFrame]))
  const self = new Map<string, number>()
  let total = 0
  for (const [i, id] of (p.samples ?? []).entries()) {
    const dt = (p.timeDeltas?.[i] ?? 0) / 1000
    const f = byNode.get(id)
    const name = f
      ? `${f.functionName || '(anonymous)'} ${f.url.split('/').pop()}:${f.lineNumber + 1}`
      : '?'
    self.set(name, (self.get(name) ?? 0) + dt)
    total += dt
  }
  const top = [...self].sort((a, b) => b[1] - a[1]).slice(0, 25)
  console.error(`-- ${label}: ${Math.round(total)} ms sampled`)
  for (const [name, ms] of top) console.error(`${ms.toFixed(1).padStart(8)} ms  ${name}`)
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

async function main() {
  const args = process.argv.slice(2)
  const profile = args.includes('--profile')
  const runs = Number(args.find((a) => /^\d+$/.test(a)) ?? 5)
  const dataDir = mkdtempSync(join(tmpdir(), 'dais-bench-movement-'))
  await prepare(dataDir)
  const { child, url } = await startServer(dataDir)
  const browser = await launchChromium()
  const first: number[] = []
  const change: number[] = []
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 } })
    const cdp = profile ? await page.context().newCDPSession(page) : null
    if (cdp) await cdp.send('Profiler.enable')
    if (cdp) await cdp.send('Profiler.setSamplingInterval', { interval: 200 })
    for (let run = 0; run <= runs; run++) {
      const profiled = cdp !== null && run === runs
      await page.goto(url.replace(/#.*$/, ''))
      await page.getByRole('button', { name: 'Tạo sự kiện', exact: true }).waitFor()
      if (profiled) await cdp.send('Profiler.start')
      const rendered = (await page.evaluate(`new Promise((done) => {
        const t0 = performance.now()
        location.hash = '#/movement?tab=progress'
        const check = () => {
          const values = document.querySelectorAll('[data-testid="target-value"]')
          const charts = document.querySelectorAll('.target-chart canvas[width]')
          if (values.length === 3 && charts.length === 3 && !values[0].textContent.includes('Chưa có'))
            requestAnimationFrame(() => done(performance.now() - t0))
          else requestAnimationFrame(check)
        }
        check()
      })`)) as number
      if (profiled) printProfile('first render', (await cdp.send('Profiler.stop')).profile)
      await page.getByRole('tab', { name: 'Đăng ký & kết quả', exact: true }).click()
      const select = page.getByLabel('Kết quả cuối năm Tổ dân phố số 1', { exact: true })
      await select.waitFor()
      if (profiled) await cdp.send('Profiler.start')
      const changed = (await page.evaluate(`new Promise((done) => {
        const select = document.querySelector('select[aria-label="Kết quả cuối năm Tổ dân phố số 1"]')
        const figure = () => [...document.querySelectorAll('[data-testid="target-value"]')].map((e) => e.textContent).join('|')
        const before = figure()
        const t0 = performance.now()
        select.value = select.value === 'achieved' ? 'not-achieved' : 'achieved'
        select.dispatchEvent(new Event('change'))
        const check = () => {
          if (figure() !== before) requestAnimationFrame(() => done(performance.now() - t0))
          else requestAnimationFrame(check)
        }
        check()
      })`)) as number
      if (profiled) printProfile('result change', (await cdp.send('Profiler.stop')).profile)
      // The first run loads the route's code into the page's cache.
      if (run > 0) {
        first.push(rendered)
        change.push(changed)
      }
      await page.waitForTimeout(500)
    }
  } finally {
    await browser.close()
    await stopServer(child)
    rmSync(dataDir, { recursive: true, force: true })
  }
  console.log(
    JSON.stringify({
      units: 60,
      households: 12_000,
      years: 6,
      firstRenderMs: first.map(Math.round),
      firstRenderMedianMs: Math.round(median(first)),
      resultChangeMs: change.map(Math.round),
      resultChangeMedianMs: Math.round(median(change))
    })
  )
}

void main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
