/**
 * What users run, timed as whole processes (issue 11): `dais` commands on honorees spreadsheets,
 * from the XLSX to the closed PDF, against ReportLab (the same laid-out text pages, from JSON) and
 * pdfme (the full certificate with a QR code) in the same run. Median of N runs, peak RSS of the
 * process (GNU time's maximum resident set size).
 *
 *   npx tsx bench/user-commands.ts [runs=5] [--no-pdfme]
 *
 * pdfme takes minutes for its 1,000 pages; --no-pdfme leaves it out of the rounds.
 */
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import ExcelJS from 'exceljs'
import { createAppService } from '../src/core/app-service'
import { createFontSet } from '../src/core/certificates/fonts'
import { layoutCertificate } from '../src/core/certificates/layout'
import { shippedTemplates } from '../src/core/certificates/templates'
import type { BatchItem } from '../src/core/certificates/batch'
import { testContext } from '../src/core/testing/test-context'
import { honoreeItemsFromSheet } from '../src/cli/sheet-certificates'
import type { Organisation } from '../src/shared/entities'

const root = resolve(__dirname, '..')
const resourcesDir = join(root, 'resources')
const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 5)
const withPdfme = !process.argv.includes('--no-pdfme')
const work = join(root, 'bench', '.tmp', 'user-commands')
const decisionArgs = ['--decision-number', '125/QĐ-UBND', '--decision-date', '2025-09-05']

const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ']
const middles = ['Văn', 'Thị', 'Hữu', 'Minh', 'Thanh', 'Đức', 'Ngọc', 'Quốc']
const givens = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hùng', 'Lan', 'Mai', 'Nga', 'Phương', 'Sơn']

/** An office's honorees list: title, header, "II. CÁ NHÂN (n)", one person a row. */
async function honoreesXlsx(path: string, count: number): Promise<void> {
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('Danh sách')
  sheet.addRow(['DANH SÁCH CÁ NHÂN ĐƯỢC KHEN THƯỞNG'])
  sheet.addRow(['STT', 'Tên tập thể / Họ và tên', 'Chức vụ, đơn vị / Địa chỉ', 'Ghi chú'])
  sheet.addRow([`II. CÁ NHÂN (${count})`])
  for (let i = 0; i < count; i++) {
    const female = i % 3 === 1
    const name = `${female ? 'Bà' : 'Ông'} ${families[i % 10]} ${female ? 'Thị' : middles[i % 8]} ${givens[i % 11]}`
    sheet.addRow([i + 1, name, `Tổ trưởng Tổ dân phố số ${1 + (i % 40)}, phường Tiền Phong`, ''])
  }
  await book.xlsx.writeFile(path)
}

interface Timing {
  seconds: number
  /** user + system CPU of the process: steadier than wall time on a shared machine */
  cpuSeconds: number
  peakRssMb: number
}

/** One whole process: wall time, and GNU time's CPU time and peak RSS. */
function timeProcess(command: string, args: string[]): Timing {
  const started = performance.now()
  const r = spawnSync('/usr/bin/time', ['-f', 'RSS %M CPU %U %S', command, ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  const seconds = (performance.now() - started) / 1000
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${r.stderr}`)
  const m = /RSS (\d+) CPU ([\d.]+) ([\d.]+)/.exec(r.stderr)
  if (!m) throw new Error(`no GNU time line in: ${r.stderr.slice(-300)}`)
  return {
    seconds,
    cpuSeconds: Number(m[2]) + Number(m[3]),
    peakRssMb: Number(m[1]) / 1024
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!

interface Case {
  name: string
  command: string
  run: () => Timing
}

async function organisationOf(dataDir: string): Promise<Organisation> {
  const service = await createAppService({ ...testContext(), dataDir })
  const r = await service.dispatch('getOrganisation', {})
  await service.close()
  if (!r.ok) throw new Error(r.error.message)
  return r.value as Organisation
}

async function itemsOf(xlsx: string, organisation: Organisation): Promise<BatchItem[]> {
  const read = await honoreeItemsFromSheet({
    file: xlsx,
    organisation,
    decisionNumber: '125/QĐ-UBND',
    decisionDate: '2025-09-05'
  })
  if ('error' in read) throw new Error(read.error)
  return read.items
}

/** The text pages Dais lays out for `items` on the blank template, as ReportLab's input. */
function reportLabSpec(path: string, items: BatchItem[]): void {
  const fonts = createFontSet(resourcesDir, tmpdir(), [])
  const template = shippedTemplates(resourcesDir).find((t) => t.id === 'builtin-blank-a4')!
  const files = new Map<string, string>()
  const pages = items.map((item) =>
    layoutCertificate(template, item.subject, fonts, {
      purpose: 'print',
      marginMm: null,
      profile: null
    }).items.flatMap((i) => {
      if (i.type !== 'text') return []
      files.set(i.face.key, join(resourcesDir, 'fonts', `${i.face.key}.ttf`))
      const v = parseInt(i.color.slice(1), 16)
      const color = [(v >> 16) / 255, ((v >> 8) & 255) / 255, (v & 255) / 255]
      return [
        {
          font: i.face.key,
          size: i.sizePt,
          color,
          runs: i.runs.map((r) => [r.x, r.y, r.text])
        }
      ]
    })
  )
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

/** The full template's fields and, per honoree, every text and the QR content resolved. */
function pdfmeSpec(path: string, items: BatchItem[]): void {
  const template = shippedTemplates(resourcesDir).find((t) => t.id === 'builtin-full-a4')!
  const fill = (content: string, values: Record<string, string>) =>
    content.replace(/\{(\w+)\}/g, (_, key: string) => values[key] ?? '').trim()
  const inputs = items.map((item) => {
    const values = item.subject.values as unknown as Record<string, string>
    return Object.fromEntries(
      template.fields.flatMap((f) =>
        f.type === 'text' || f.type === 'qr' ? [[f.id, fill(f.content, values)]] : []
      )
    )
  })
  writeFileSync(
    path,
    JSON.stringify({
      widthMm: template.page.widthMm,
      heightMm: template.page.heightMm,
      fontsDir: join(resourcesDir, 'fonts'),
      fields: template.fields,
      inputs
    })
  )
}

async function main() {
  rmSync(work, { recursive: true, force: true })
  mkdirSync(work, { recursive: true })
  const bundler = createRequire(__filename)(join(root, 'scripts', 'cli-bundle.cjs')) as {
    cliBundleStale(): boolean
    buildCliBundle(): void
  }
  if (bundler.cliBundleStale()) bundler.buildCliBundle()
  const dataDir = mkdtempSync(join(tmpdir(), 'dais-bench-user-'))
  const x1000 = join(work, 'honorees-1000.xlsx')
  const x10000 = join(work, 'honorees-10000.xlsx')
  await honoreesXlsx(x1000, 1000)
  await honoreesXlsx(x10000, 10000)
  const organisation = await organisationOf(dataDir)
  const items = await itemsOf(x1000, organisation)
  reportLabSpec(join(work, 'reportlab-1000.json'), items)
  pdfmeSpec(join(work, 'pdfme-1000.json'), items)

  const dais = (args: string[]) => () =>
    timeProcess(process.execPath, [join(root, 'bin', 'dais.cjs'), ...args, '--data-dir', dataDir])
  const certificates = (xlsx: string, template: string, out: string) =>
    dais([
      'certificates',
      '--honorees',
      xlsx,
      '--template',
      template,
      ...decisionArgs,
      '-o',
      join(work, out)
    ])
  const rel = (p: string) => p.replace(`${root}/`, '')
  const cases: Case[] = [
    { name: 'dais --help', command: 'dais --help', run: dais(['--help']) },
    {
      name: 'dais import-check, 1,000 honorees, --json',
      command: `dais import-check ${rel(x1000)} --kind honorees --json`,
      run: dais(['import-check', x1000, '--kind', 'honorees', '--json'])
    },
    {
      name: 'dais certificates, 1,000 honorees, blank template',
      command: `dais certificates --honorees ${rel(x1000)} --template builtin-blank-a4 -o blank.pdf`,
      run: certificates(x1000, 'builtin-blank-a4', 'blank-1000.pdf')
    },
    {
      name: 'ReportLab, the same 1,000 text pages from JSON',
      command: `python3 bench/reportlab/certificates.py reportlab-1000.json out.pdf`,
      run: () =>
        timeProcess('/usr/bin/python3', [
          join(root, 'bench', 'reportlab', 'certificates.py'),
          join(work, 'reportlab-1000.json'),
          join(work, 'reportlab-1000.pdf')
        ])
    },
    {
      name: 'dais certificates, 1,000 honorees, full template (QR on every page)',
      command: `dais certificates --honorees ${rel(x1000)} --template builtin-full-a4 -o full.pdf`,
      run: certificates(x1000, 'builtin-full-a4', 'full-1000.pdf')
    },
    {
      name: 'pdfme, the same 1,000 full certificates with a QR code each',
      command: `node bench/pdfme/certificates.mjs pdfme-1000.json out.pdf`,
      run: () =>
        timeProcess(process.execPath, [
          join(root, 'bench', 'pdfme', 'certificates.mjs'),
          join(work, 'pdfme-1000.json'),
          join(work, 'pdfme-1000.pdf')
        ])
    },
    {
      name: 'dais certificates, 10,000 honorees, blank template',
      command: `dais certificates --honorees ${rel(x10000)} --template builtin-blank-a4 -o blank.pdf`,
      run: certificates(x10000, 'builtin-blank-a4', 'blank-10000.pdf')
    }
  ]

  if (!withPdfme)
    cases.splice(
      cases.findIndex((c) => c.name.startsWith('pdfme')),
      1
    )
  const samples = new Map<string, Timing[]>(cases.map((c) => [c.name, []]))
  // Interleaved rounds, so a burst of load on the shared machine falls on every case alike.
  for (let round = 0; round < runs; round++)
    for (const c of cases) samples.get(c.name)!.push(c.run())
  const results = cases.map((c) => {
    const t = samples.get(c.name)!
    return {
      name: c.name,
      command: c.command,
      seconds: median(t.map((x) => x.seconds)),
      cpuSeconds: median(t.map((x) => x.cpuSeconds)),
      peakRssMb: Math.max(...t.map((x) => x.peakRssMb))
    }
  })
  const by = (prefix: string) => results.find((r) => r.name.startsWith(prefix))!
  const blank = 'dais certificates, 1,000 honorees, blank'
  const full = 'dais certificates, 1,000 honorees, full'
  const pair = (a: string, b: string) =>
    `${(by(a).seconds / by(b).seconds).toFixed(2)} | ${(by(a).cpuSeconds / by(b).cpuSeconds).toFixed(2)}`
  const ratios = {
    blankVsReportLab: pair(blank, 'ReportLab'),
    fullVsBlank: pair(full, blank),
    ...(withPdfme ? { fullVsPdfme: pair(full, 'pdfme') } : {})
  }
  console.log(`median of ${runs}, whole process; node ${process.version}`)
  for (const r of results)
    console.log(
      `${r.seconds.toFixed(2).padStart(6)} s  CPU ${r.cpuSeconds.toFixed(2).padStart(6)} s ${r.peakRssMb.toFixed(0).padStart(5)} MB  ${r.name}`
    )
  console.log(
    `ratios (wall | CPU): ${Object.entries(ratios)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`
  )
  console.log(JSON.stringify({ runs, results, ratios }))
  rmSync(dataDir, { recursive: true, force: true })
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
