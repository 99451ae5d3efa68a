import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { chromium } from 'playwright-core'
import { systemClock } from '../src/core/app-context'
import { migrations } from '../src/core/schema/migrations'
import {
  currentSchemaVersion,
  emptyDatabase,
  validateDatabase,
  validateDatabaseChange,
  type DatabaseData
} from '../src/core/schema/database-schema'
import { openDatabase } from '../src/core/storage/database'
import type { Event } from '../src/shared/entities'

const repoRoot = resolve(__dirname, '..')
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
const ms = (n: number) => `${n.toFixed(1)} ms`

function fakeEvent(i: number): Event {
  return {
    id: `bench-${i}`,
    title: `Hội nghị điển hình tiên tiến số ${i} — phường Tiền Phong`,
    kind: 'conference',
    periodFrom: 2020,
    periodTo: 2025,
    launchFrom: 2025,
    launchTo: 2030,
    date: '2025-09-12',
    startTime: '07:30',
    venue: 'Hội trường Ủy ban nhân dân phường Tiền Phong',
    organiser: 'Ủy ban nhân dân phường Tiền Phong',
    archived: false,
    isSample: false,
    createdAt: '2025-09-01T08:00:00.000Z',
    updatedAt: '2025-09-01T08:00:00.000Z'
  }
}

const options = (dataDir: string) => ({
  dataDir,
  schemaVersion: currentSchemaVersion,
  migrations,
  defaults: emptyDatabase,
  validate: validateDatabase,
  validateChange: validateDatabaseChange,
  clock: systemClock,
  appVersion: 'bench'
})

async function saveAndOpen(records: number, edits: number) {
  const dataDir = mkdtempSync(join(tmpdir(), 'dais-bench-'))
  const db = await openDatabase<DatabaseData>(options(dataDir))
  await db.mutate((d) => {
    for (let i = 0; i < records; i++) d.events.push(fakeEvent(i))
  })
  await db.flush()

  const loop = monitorEventLoopDelay({ resolution: 5 })
  loop.enable()
  const commit: number[] = []
  const save: number[] = []
  for (let i = 0; i < edits; i++) {
    const t0 = performance.now()
    await db.mutate((d) => {
      const e = d.events[(i * 7919) % records] as Event
      e.venue = `Nhà văn hóa tổ dân phố số ${i}`
    })
    const t1 = performance.now()
    await db.flush()
    commit.push(t1 - t0)
    save.push(performance.now() - t0)
  }
  loop.disable()
  await db.close()
  const size = statSync(join(dataDir, 'dais-data.json')).size

  const opens: number[] = []
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now()
    const again = await openDatabase<DatabaseData>({ ...options(dataDir), lock: false })
    opens.push(performance.now() - t0)
    await again.close()
  }
  rmSync(dataDir, { recursive: true, force: true })
  if (process.env.BENCH_TRACE) console.log(save.map((x) => x.toFixed(0)).join(' '))
  commit.sort((a, b) => a - b)
  save.sort((a, b) => a - b)
  opens.sort((a, b) => a - b)
  return {
    records,
    fileMB: (size / 1e6).toFixed(1),
    commitP95: quantile(commit, 0.95),
    saveP50: quantile(save, 0.5),
    saveP95: quantile(save, 0.95),
    maxLoopBlockMs: loop.max / 1e6,
    openMedian: quantile(opens, 0.5)
  }
}

async function coldStart(runs: number) {
  const times: number[] = []
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
  })
  for (let i = 0; i < runs; i++) {
    const dataDir = mkdtempSync(join(tmpdir(), 'dais-bench-web-'))
    const t0 = performance.now()
    const child = spawn(
      process.execPath,
      ['out/node/web-start.cjs', '--port', '0', '--no-open', '--data-dir', dataDir],
      { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] }
    )
    const url = await new Promise<string>((ok, fail) => {
      let buffer = ''
      child.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString()
        const match = buffer.match(/browser mode: (\S+)/)
        if (match?.[1]) ok(match[1])
      })
      child.on('exit', (code) => fail(new Error(`web server exited with ${code}`)))
    })
    const page = await browser.newPage()
    await page.goto(url)
    await page.getByRole('button', { name: 'Mở sự kiện mẫu' }).waitFor()
    times.push(performance.now() - t0)
    await page.close()
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
    rmSync(dataDir, { recursive: true, force: true })
  }
  await browser.close()
  times.sort((a, b) => a - b)
  return { median: quantile(times, 0.5), max: times[times.length - 1] ?? NaN }
}

/** Feature benchmarks, each its own script (and process, so memory is measured per case). */
const featureBenches: Record<string, string[]> = {
  'delegates-save': ['bench/delegates-save.ts', '10000', '100'],
  'delegates-table': ['bench/delegates-table.ts', '10000', '5'],
  import: ['bench/import.ts'],
  'households-import': ['bench/households-import.ts', '5'],
  certificates: ['bench/certificates.ts'],
  'user-commands': ['bench/user-commands.ts', '5'],
  'designer-preview': ['bench/designer-preview.ts', '32'],
  'certificates-click': ['bench/certificates-click.ts', '1000', '5'],
  'movement-page': ['bench/movement-page.ts', '5'],
  'check-in-desk': ['bench/check-in-desk.ts', '10000', '1000'],
  'check-in-many-desks': ['bench/check-in-many-desks.ts', '1000', '50']
}

function runScript(args: string[]): Promise<void> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
      cwd: repoRoot,
      stdio: 'inherit'
    })
    child.once('exit', (code) =>
      code === 0 ? done() : fail(new Error(`${args[0]} exited with ${code}`))
    )
  })
}

async function main() {
  const only = process.argv[2]
  if (only && featureBenches[only]) {
    await runScript(featureBenches[only])
    return
  }
  console.log(`# Dais benchmarks (${new Date().toISOString()}, node ${process.version})\n`)
  if (!only || only === 'storage') {
    console.log(
      '| records | file | commit p95 | save p50 | save p95 | max event-loop block | open (median) |'
    )
    console.log('|---:|---:|---:|---:|---:|---:|---:|')
    const sizes = process.argv[3] ? [Number(process.argv[3])] : [1_000, 10_000, 50_000]
    for (const records of sizes) {
      const r = await saveAndOpen(records, records >= 50_000 ? 40 : 100)
      console.log(
        `| ${records} | ${r.fileMB} MB | ${ms(r.commitP95)} | ${ms(r.saveP50)} | ${ms(r.saveP95)} | ${ms(r.maxLoopBlockMs)} | ${ms(r.openMedian)} |`
      )
    }
  }
  if (!only || only === 'cold-start') {
    const r = await coldStart(5)
    console.log(
      `\nBrowser mode cold start to interactive (node out/node/web-start.cjs spawned → sample button visible in Chromium), 5 runs: median ${ms(r.median)}, max ${ms(r.max)}`
    )
  }
  if (!only) {
    for (const [name, args] of Object.entries(featureBenches)) {
      console.log(`\n## ${name}\n`)
      await runScript(args)
    }
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
