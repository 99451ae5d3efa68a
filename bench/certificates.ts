/**
 * Certificate benchmarks (issue 5). Each case runs in its own child process so its peak RSS is
 * its own; ReportLab renders the same laid-out pages with the same TTF files in the same run.
 *
 *   npx tsx bench/certificates.ts            all cases, a table and JSON at the end
 *   npx tsx bench/certificates.ts --child single1000|stream10000|zip1000|cancel
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { buildSync } from 'esbuild'
import { join, resolve } from 'node:path'
import { renderBatch, type BatchItem } from '../src/core/certificates/batch'
import { createFontSet } from '../src/core/certificates/fonts'
import { layoutCertificate } from '../src/core/certificates/layout'
import { shippedTemplates } from '../src/core/certificates/templates'
import { sampleBatchItems } from '../src/core/certificates/testing/sample-decision'

const repoRoot = process.env.DAIS_REPO_ROOT ?? resolve(__dirname, '..')
const resourcesDir = join(repoRoot, 'resources')
const templateId = 'builtin-blank-a4'
const clock = new Date('2025-09-05T08:00:00.000Z')

const setup = () => {
  const fonts = createFontSet(resourcesDir, tmpdir(), [])
  const template = shippedTemplates(resourcesDir).find((t) => t.id === templateId)!
  return { fonts, template }
}

const mb = (bytes: number) => bytes / 1024 / 1024

interface ChildResult {
  seconds: number
  /** CPU time of the process over the same span: steadier than wall time on a shared machine. */
  cpuSeconds: number
  peakRssMb: number
  bytes?: number
  rssSamplesMb?: number[]
  cancelSeconds?: number
  leftovers?: number
}

async function child(kind: string): Promise<ChildResult> {
  const { fonts, template } = setup()
  const dir = mkdtempSync(join(tmpdir(), 'dais-bench-cert-'))
  const count = kind === 'stream10000' || kind === 'cancel' ? 10_000 : 1_000
  const items: BatchItem[] = sampleBatchItems(count)
  const samples: number[] = []
  const sampler = setInterval(() => samples.push(mb(process.memoryUsage.rss())), 100)
  const controller = new AbortController()
  const target = join(dir, kind === 'zip1000' ? 'out.zip' : 'out.pdf')
  // the cancel request comes from a timer once a quarter is done, so it has to get through
  // the busy render loop; the time to stop counts from when the timer was due
  const cancelDelayMs = 10
  let cancelAt = 0
  const onProgress =
    kind === 'cancel'
      ? (done: number, total: number) => {
          if (cancelAt || done < total / 4) return
          cancelAt = performance.now() + cancelDelayMs
          setTimeout(() => controller.abort(), cancelDelayMs)
        }
      : undefined
  const started = performance.now()
  const cpuStarted = process.cpuUsage()
  let cancelSeconds: number | undefined
  try {
    await renderBatch({
      template,
      fonts,
      profile: null,
      plainPaperTest: false,
      items,
      output: kind === 'zip1000' ? 'zip' : 'single',
      title: 'bench',
      creationDate: clock,
      targetPath: target,
      signal: controller.signal,
      onProgress
    })
  } catch (e) {
    if (kind !== 'cancel') throw e
    cancelSeconds = (performance.now() - cancelAt) / 1000
  }
  const seconds = (performance.now() - started) / 1000
  clearInterval(sampler)
  const cpu = process.cpuUsage(cpuStarted)
  const result: ChildResult = {
    seconds,
    cpuSeconds: (cpu.user + cpu.system) / 1e6,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    rssSamplesMb: samples.filter((_, i) => i % Math.max(1, Math.floor(samples.length / 10)) === 0)
  }
  if (existsSync(target)) result.bytes = statSync(target).size
  if (cancelSeconds !== undefined) result.cancelSeconds = cancelSeconds
  result.leftovers = readdirSync(dir).length - (existsSync(target) ? 1 : 0)
  rmSync(dir, { recursive: true, force: true })
  return result
}

/**
 * The child runs as one plain-Node bundle: under tsx the TypeScript loader alone holds tens of
 * megabytes, which would be counted against the renderer's peak RSS.
 */
function bundleChild(): string {
  const out = join(repoRoot, 'node_modules', '.cache', 'dais-bench', 'certificates.cjs')
  buildSync({
    entryPoints: [__filename],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    packages: 'external',
    outfile: out,
    logLevel: 'error'
  })
  return out
}

let childScript: string | null = null

function runChild(kind: string): ChildResult {
  childScript ??= bundleChild()
  const out = spawnSync(process.execPath, [childScript, '--child', kind], {
    cwd: repoRoot,
    env: { ...process.env, DAIS_REPO_ROOT: repoRoot },
    encoding: 'utf8',
    maxBuffer: 16 * 1024 * 1024
  })
  if (out.status !== 0) throw new Error(`${kind} failed: ${out.stderr}`)
  return JSON.parse(out.stdout.trim().split('\n').pop()!) as ChildResult
}

/** The laid-out pages of the 1,000-certificate case, for ReportLab to draw the same lines. */
function reportLabSpec(path: string) {
  const { fonts, template } = setup()
  const files = new Map<string, string>()
  const pages = sampleBatchItems(1000).map((item) => {
    const layout = layoutCertificate(template, item.subject, fonts, {
      purpose: 'print',
      marginMm: null,
      profile: null
    })
    return layout.items.flatMap((i) => {
      if (i.type !== 'text') return []
      files.set(i.face.key, join(resourcesDir, 'fonts', `${i.face.key}.ttf`))
      const v = parseInt(i.color.slice(1), 16)
      return [
        {
          font: i.face.key,
          size: i.sizePt,
          color: [(v >> 16) / 255, ((v >> 8) & 255) / 255, (v & 255) / 255],
          runs: i.runs.map((r) => [r.x, r.y, r.text])
        }
      ]
    })
  })
  const page = template.page
  writeFileSync(
    path,
    JSON.stringify({
      widthPt: (page.widthMm * 72) / 25.4,
      heightPt: (page.heightMm * 72) / 25.4,
      fonts: Object.fromEntries(files),
      pages
    })
  )
}

function reportLab(): ChildResult & { version: string } {
  const dir = mkdtempSync(join(tmpdir(), 'dais-bench-rl-'))
  const spec = join(dir, 'pages.json')
  reportLabSpec(spec)
  const out = execFileSync(
    '/usr/bin/python3',
    [join(__dirname, 'reportlab', 'certificates.py'), spec, join(dir, 'out.pdf')],
    { encoding: 'utf8' }
  )
  const bytes = statSync(join(dir, 'out.pdf')).size
  const version = execFileSync(
    '/usr/bin/python3',
    ['-c', 'import reportlab; print(reportlab.Version)'],
    {
      encoding: 'utf8'
    }
  ).trim()
  rmSync(dir, { recursive: true, force: true })
  return { ...(JSON.parse(out) as ChildResult), bytes, version }
}

async function main() {
  const i = process.argv.indexOf('--child')
  if (i >= 0) {
    console.log(JSON.stringify(await child(process.argv[i + 1]!)))
    return
  }
  const only = process.argv[2]
  const rl = reportLab()
  const single = runChild('single1000')
  if (only === '--single') {
    console.log(JSON.stringify({ reportLab: rl, single }))
    return
  }
  const zip = runChild('zip1000')
  const stream = runChild('stream10000')
  const cancel = runChild('cancel')
  const f = (n: number, d = 2) => n.toFixed(d)
  const rows = [
    [
      '1,000 in one PDF — ReportLab ' + rl.version,
      `${f(rl.seconds)} s (cpu ${f(rl.cpuSeconds)} s)`,
      `${f(rl.peakRssMb, 0)} MB`,
      `${f(mb(rl.bytes ?? 0), 1)} MB file`
    ],
    [
      '1,000 in one PDF — Dais',
      `${f(single.seconds)} s (cpu ${f(single.cpuSeconds)} s)`,
      `${f(single.peakRssMb, 0)} MB`,
      `${f(mb(single.bytes ?? 0), 1)} MB file (goal: ≤ ReportLab, ≤ 120 MB)`
    ],
    [
      '1,000 separate PDFs (zip) — Dais',
      `${f(zip.seconds)} s (cpu ${f(zip.cpuSeconds)} s)`,
      `${f(zip.peakRssMb, 0)} MB`,
      `${f(mb(zip.bytes ?? 0), 1)} MB zip (goal: ≤ 4 s)`
    ],
    [
      '10,000 streamed — Dais',
      `${f(stream.seconds)} s`,
      `${f(stream.peakRssMb, 0)} MB`,
      `RSS over the run: ${stream.rssSamplesMb?.map((m) => m.toFixed(0)).join(' ')} MB (goal: flat, ≤ 250 MB)`
    ],
    [
      '10,000 cancelled a quarter through — Dais',
      cancel.cancelSeconds === undefined
        ? 'did not stop: finished first'
        : `${f(cancel.cancelSeconds, 3)} s to stop`,
      `${f(cancel.peakRssMb, 0)} MB`,
      `${cancel.leftovers} files left (goal: < 2 s, none)`
    ]
  ]
  for (const r of rows) console.log(r.join(' | '))
  console.log(JSON.stringify({ reportLab: rl, single, zip, stream, cancel }))
}

void main()
