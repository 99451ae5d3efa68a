import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Locator, type Page } from 'playwright-core'
import { openBenchService } from './bench-service'
import type { Event } from '../src/shared/entities'
import type { Decision, Honoree } from '../src/shared/honours/entities'
import { launchChromium, startServer } from './browser-mode'

/**
 * The certificate designer's real-PDF preview in Chromium against browser mode (`npm run build`
 * first): the sample event, a copy of each shipped Vietnamese template, the sample decision's
 * longest name as the sample honoree, then edits a user makes (arrow-key nudge, a typed mm value,
 * a font size, a keystroke in a field's text), each waited for. An edit is timed from its first
 * input event to the moment the new PDF page is on the canvas (the designer's
 * `data-preview-revision` changes), split into the core request (`data-request-ms`), the pdf.js
 * draw (`data-preview-draw-ms`) and the rest (any debounce, Vue, the transport's JSON). Typing
 * bursts (7 keys 110 ms apart) are timed from the last key to the page that shows it. CPU: the
 * web server process from /proc, the renderer processes from CDP. Goal: ~150 ms.
 *
 *   npx tsx bench/designer-preview.ts [edits per template = 32]
 */
const templates = ['Giấy khen — in trên phôi A4 ngang', 'Giấy khen — bản đầy đủ A4 ngang']
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
const ms = (n: number) => `${n.toFixed(0)} ms`
const sorted = (list: number[]) => [...list].sort((a, b) => a - b)
const stats = (list: number[]) => {
  const s = sorted(list)
  return `median ${ms(quantile(s, 0.5))}, p95 ${ms(quantile(s, 0.95))}`
}

async function prepare(dataDir: string): Promise<{ eventId: string; honoree: string }> {
  const { service, call: value } = await openBenchService(dataDir)
  const event = await value<Event>('openSampleEvent', {})
  const decisions = await value<Decision[]>('listDecisions', { eventId: event.id })
  const honorees = await value<Honoree[]>('listHonorees', { eventId: event.id })
  const inDecision = new Set(
    decisions.flatMap((d) => [
      ...d.honoreeIds.collective,
      ...d.honoreeIds.individual,
      ...d.honoreeIds.household
    ])
  )
  const longest = honorees
    .filter((h) => inDecision.has(h.id))
    .reduce((a, b) => (b.name.length > a.name.length ? b : a))
  await service.close()
  return { eventId: event.id, honoree: longest.name }
}

/** CPU time (user + system) of a process in ms, from /proc (Linux). */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
}

interface EditSample {
  kind: string
  total: number
  request: number
  draw: number
  shown: number
  coreCpu: number
  rendererCpu: number
}

interface Probe {
  editAt: number | null
  lastAt: number | null
  drawnAt: number | null
}
const resetProbe =
  'Object.assign(window.__previewProbe, { editAt: null, lastAt: null, drawnAt: null })'

/** Installs the in-page probe: the first input of an edit and the time the revision changes. */
const probeScript = `(() => {
  const canvas = document.querySelector('.designer-canvas')
  const probe = { editAt: null, lastAt: null, drawnAt: null }
  window.__previewProbe = probe
  const mark = (e) => {
    if (probe.editAt === null) probe.editAt = e.timeStamp
    probe.lastAt = e.timeStamp
  }
  document.addEventListener('keydown', mark, true)
  document.addEventListener('input', mark, true)
  new MutationObserver(() => { probe.drawnAt = performance.now() }).observe(canvas, {
    attributes: true,
    attributeFilter: ['data-preview-revision']
  })
})()`

async function measureTemplate(
  page: Page,
  name: string,
  honoree: string,
  edits: number,
  cpu: { core: () => number; renderer: () => Promise<number> }
): Promise<{ samples: EditSample[]; bursts: number[] }> {
  const main = page.getByRole('main')
  await main.getByRole('tab', { name: 'Mẫu giấy khen' }).click()
  await main
    .getByRole('row')
    .filter({ has: page.getByRole('button', { name, exact: true }) })
    .getByRole('button', { name: 'Nhân bản', exact: true })
    .click()
  const root = page.getByRole('region', { name: `Thiết kế mẫu ${name} (bản sao)` })
  const canvas = root.locator('.designer-canvas')
  const status = root.locator('.preview-status')
  await root.getByRole('img', { name: 'Bản xem trước PDF của giấy khen' }).waitFor()
  const revision = async () => Number(await canvas.getAttribute('data-preview-revision'))
  // A promise in the page, not waitForFunction: the CSP forbids the eval that one needs.
  const revisionAbove = (n: number) =>
    page.evaluate(`new Promise((done, fail) => {
      const canvas = document.querySelector('.designer-canvas')
      const above = () => Number(canvas.dataset.previewRevision) > ${n}
      if (above()) return done(true)
      const observer = new MutationObserver(() => { if (above()) { observer.disconnect(); done(true) } })
      observer.observe(canvas, { attributes: true, attributeFilter: ['data-preview-revision'] })
      setTimeout(() => fail(new Error('no new preview page within 10 s')), 10000)
    })`)

  /** Waits until no new page has been drawn for 400 ms; returns the revision then. */
  const settle = async () => {
    let last = await revision()
    for (let quiet = false; !quiet;) {
      await page.waitForTimeout(400)
      const now = await revision()
      quiet = now === last
      last = now
    }
    return last
  }

  /**
   * Prepares (focus, select), lets the preview settle (leaving a number input commits it again),
   * then runs one edit and waits for the page it causes; the probe gives the in-page times.
   */
  const timed = async (
    kind: string,
    prepare: () => Promise<void>,
    action: () => Promise<void>
  ): Promise<EditSample> => {
    await prepare()
    const start = await settle()
    await page.evaluate(resetProbe)
    const core0 = cpu.core()
    const renderer0 = await cpu.renderer()
    await action()
    await revisionAbove(start)
    const coreCpu = cpu.core() - core0
    const rendererCpu = (await cpu.renderer()) - renderer0
    // A trailing request (none expected) would surface here.
    await page.waitForTimeout(150)
    const probe = (await page.evaluate('window.__previewProbe')) as Probe
    if ((await revision()) !== start + 1) throw new Error(`${kind}: more than one page drawn`)
    if (probe.editAt === null || probe.drawnAt === null) throw new Error(`${kind}: no probe`)
    const shownText = (await status.textContent()) ?? ''
    return {
      kind,
      total: probe.drawnAt - probe.editAt,
      request: Number(await status.getAttribute('data-request-ms')),
      draw: Number(await canvas.getAttribute('data-preview-draw-ms')),
      shown: Number(/(\d+) ms/.exec(shownText)?.[1] ?? NaN),
      coreCpu,
      rendererCpu
    }
  }

  /** Types a burst at `gapMs` a key; returns last key → the page that shows all of it. */
  const burst = async (keys: string[], gapMs: number): Promise<number> => {
    await settle()
    await page.evaluate(resetProbe)
    for (const [i, key] of keys.entries()) {
      if (i > 0) await page.waitForTimeout(gapMs)
      await page.keyboard.press(key)
    }
    await settle()
    const probe = (await page.evaluate('window.__previewProbe')) as Probe
    if (probe.lastAt === null || probe.drawnAt === null || probe.drawnAt < probe.lastAt)
      throw new Error('burst: no page after the last key')
    return probe.drawnAt - probe.lastAt
  }

  // The sample honoree: the longest name of the sample decision.
  const before = await revision()
  await root.locator('label.setting', { hasText: 'Người nhận' }).locator('.el-select').click()
  await page.locator('.el-select-dropdown__item:visible', { hasText: honoree }).first().click()
  await revisionAbove(before)
  await page.waitForTimeout(300)
  await page.evaluate(probeScript)

  const field = (label: string) => root.getByRole('button', { name: label, exact: true })
  const properties = root.getByRole('form', { name: 'Thuộc tính ô' })
  const spin = (label: string): Locator =>
    properties.getByRole('spinbutton', { name: label, exact: true })
  const select = async (label: string) => {
    // Focus selects a box (a click may land on a selected box lying over it).
    await field(label).focus()
    await properties.waitFor()
  }
  const selectAll = async (input: Locator) => {
    await input.focus()
    await input.press('Control+a')
  }
  // The value replaces the selection in one input event, as a paste or a fast typist does.
  const insert = (value: string) => () => page.keyboard.insertText(value)
  const size = properties.locator('label.prop-num', { hasText: 'Cỡ (pt)' }).getByRole('spinbutton')
  const content = properties.locator('label.prop-row', { hasText: 'Nội dung' }).locator('textarea')

  // One round of the four kinds first, not recorded: the server's and the page's code warm up.
  const warmUp = 4
  const samples: EditSample[] = []
  for (let i = 0; samples.length < edits + warmUp; i++) {
    const even = i % 2 === 0
    const kinds: [string, () => Promise<void>, () => Promise<void>][] = [
      [
        'nudge',
        () => select('Người/tập thể được khen'),
        () => page.keyboard.press(even ? 'ArrowRight' : 'ArrowLeft')
      ],
      [
        'mm value',
        async () => {
          await select('Người ký')
          await selectAll(spin('Cách mép trên'))
        },
        insert(even ? '178.5' : '180')
      ],
      [
        'font size',
        async () => {
          await select('Người/tập thể được khen')
          await selectAll(size)
        },
        insert(even ? '26' : '24')
      ],
      [
        'text',
        async () => {
          await select('Số sổ')
          await content.focus()
          await content.press('End')
        },
        () => page.keyboard.press(even ? 'x' : 'Backspace')
      ]
    ]
    for (const [kind, prepare, action] of kinds) {
      if (samples.length < edits + warmUp) samples.push(await timed(kind, prepare, action))
    }
  }
  // Typing in a field's text at ~100 words a minute: each key is an edit while one is in flight.
  const bursts: number[] = []
  await select('Số sổ')
  await content.focus()
  await content.press('End')
  for (let i = 0; i < 3; i++) {
    bursts.push(await burst([...' abcdef'], 110))
    bursts.push(await burst(Array<string>(7).fill('Backspace'), 110))
  }
  const discard = root.getByRole('button', { name: 'Bỏ thay đổi', exact: true })
  if (await discard.isEnabled()) await discard.click()
  await root.getByRole('button', { name: '← Danh sách mẫu' }).click()
  return { samples: samples.slice(warmUp), bursts }
}

async function main() {
  const edits = Number(process.argv[2] ?? 32)
  const dataDir = mkdtempSync(join(tmpdir(), 'dais-bench-preview-'))
  const { eventId, honoree } = await prepare(dataDir)
  const { child, url } = await startServer(dataDir)
  const browser = await launchChromium()
  const browserCdp = await browser.newBrowserCDPSession()
  const renderer = async () => {
    const { processInfo } = await browserCdp.send('SystemInfo.getProcessInfo')
    return processInfo
      .filter((p) => p.type === 'renderer')
      .reduce((sum, p) => sum + p.cpuTime * 1000, 0)
  }
  const results: { name: string; samples: EditSample[]; bursts: number[] }[] = []
  try {
    const page = await browser.newPage({ viewport: { width: 1600, height: 1000 } })
    const base = url.replace(/#.*$/, '')
    await page.goto(`${base}#/events/${eventId}`)
    await page.getByRole('heading', { level: 1 }).waitFor()
    await page.getByRole('navigation').getByRole('link', { name: 'Mẫu in & máy in' }).click()
    for (const name of templates) {
      const measured = await measureTemplate(page, name, honoree, edits, {
        core: () => processCpuMs(child.pid!),
        renderer
      })
      results.push({ name, ...measured })
    }
    await page.close()
  } finally {
    await browser.close()
    child.kill('SIGTERM')
    await new Promise((r) => child.once('exit', r))
    rmSync(dataDir, { recursive: true, force: true })
  }
  console.log(`designer preview in Chromium, sample honoree "${honoree}" (goal ~150 ms):`)
  for (const { name, samples, bursts } of results) {
    const pick = (key: keyof EditSample) => samples.map((s) => s[key] as number)
    const rest = samples.map((s) => s.total - s.request - s.draw)
    console.log(
      `  ${name}, ${samples.length} edits: edit → page drawn ${stats(pick('total'))}` +
        ` (status line ${stats(pick('shown'))})`
    )
    console.log(
      `    split: core request ${stats(pick('request'))}; pdf.js draw ${stats(pick('draw'))};` +
        ` debounce + rest ${stats(rest)}`
    )
    console.log(
      `    CPU per edit: core process ${stats(pick('coreCpu'))}, renderer ${stats(pick('rendererCpu'))}`
    )
    const kinds = [...new Set(samples.map((s) => s.kind))]
    console.log(
      `    by kind (median total / core / draw): ${kinds
        .map((k) => {
          const of = samples.filter((x) => x.kind === k)
          const median = (key: 'total' | 'request' | 'draw') =>
            ms(quantile(sorted(of.map((x) => x[key])), 0.5))
          return `${k} ${median('total')} / ${median('request')} / ${median('draw')}`
        })
        .join(', ')}`
    )
    console.log(`    typing bursts (7 keys, 110 ms apart): last key → page drawn ${stats(bursts)}`)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
