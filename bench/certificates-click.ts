import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { openBenchService } from './bench-service'
import type { Event } from '../src/shared/entities'
import type { Decision, Honoree } from '../src/shared/honours/entities'
import { launchChromium, startServer } from './browser-mode'

/**
 * In the app, the user's path for a large batch (issue 11): "Tạo tệp giấy khen" for the 1,000
 * honorees of one issued decision, in Chromium against browser mode (`npm run build` first),
 * timed from the click to the moment "Lưu tệp" appears (the PDF is closed on disk and offered).
 * The data: the sample event plus a second decision of 1,000 individuals, issued. CPU: the web
 * server process from /proc. Goal: ≤ 1 s.
 *
 *   npx tsx bench/certificates-click.ts [honorees = 1000] [runs = 5]
 */
const families = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Vũ', 'Đặng', 'Bùi', 'Đỗ', 'Hồ']
const middles = ['Văn', 'Thị', 'Hữu', 'Minh', 'Thanh', 'Đức', 'Ngọc', 'Quốc']
const givens = ['An', 'Bình', 'Cường', 'Dũng', 'Hà', 'Hùng', 'Lan', 'Mai', 'Nga', 'Phương', 'Sơn']
const decisionNumber = '126'

const omit = <T extends object>(value: T, keys: string[]) =>
  Object.fromEntries(Object.entries(value).filter(([k]) => !keys.includes(k)))

async function prepare(dataDir: string, count: number): Promise<string> {
  const { service, call: value } = await openBenchService(dataDir)
  const event = await value<Event>('openSampleEvent', {})
  const [sample] = await value<Decision[]>('listDecisions', { eventId: event.id })
  const honorees = await value<Honoree[]>('listHonorees', { eventId: event.id })
  const model = honorees.find((h) => h.id === sample!.honoreeIds.individual[0])!
  const ids: string[] = []
  for (let i = 0; i < count; i++) {
    const female = i % 3 === 1
    const fields = {
      ...omit(model, ['id', 'eventId', 'createdAt', 'updatedAt']),
      name: `${families[i % 10]} ${female ? 'Thị' : middles[i % 8]} ${givens[i % 11]}`,
      gender: female ? 'female' : 'male',
      positionLine: `Tổ trưởng Tổ dân phố số ${1 + (i % 40)}`,
      delegateId: null
    }
    ids.push((await value<Honoree>('createHonoree', { eventId: event.id, fields })).id)
  }
  const fields = {
    ...omit(sample!, ['id', 'eventId', 'status', 'issuedAt', 'issuedBy', 'createdAt', 'updatedAt']),
    number: decisionNumber,
    honoreeIds: { collective: [], individual: ids, household: [] }
  }
  const draft = await value<Decision>('createDecision', { eventId: event.id, fields })
  await value('issueDecision', { id: draft.id })
  await service.close()
  return event.id
}

/** CPU time (user + system) of a process in ms, from /proc (Linux). */
function processCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100
}

async function main() {
  const count = Number(process.argv[2] ?? 1000)
  const runs = Number(process.argv[3] ?? 5)
  const dataDir = mkdtempSync(join(tmpdir(), 'dais-bench-click-'))
  const eventId = await prepare(dataDir, count)
  const { child, url } = await startServer(dataDir)
  const browser = await launchChromium()
  const times: number[] = []
  const cpu: number[] = []
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } })
    const root = page.getByRole('region', { name: 'In giấy khen' })
    const print = root.getByRole('button', { name: `Tạo tệp giấy khen (${count})` })
    const save = root.getByRole('button', { name: 'Lưu tệp', exact: true })
    for (let run = 0; run <= runs; run++) {
      await page.goto(`${url.replace(/#.*$/, '')}#/events/${eventId}`)
      await page.getByRole('tab', { name: 'In giấy khen' }).click()
      await root
        .getByRole('combobox', { name: 'Quyết định khen thưởng' })
        .locator('xpath=ancestor::div[contains(@class,"el-select__wrapper")][1]')
        .click()
      await page
        .getByRole('option', { name: new RegExp(`^${decisionNumber}/`) })
        .and(page.locator(':visible'))
        .click()
      await print.waitFor()
      const cpuBefore = processCpuMs(child.pid!)
      const started = await page.evaluate('performance.now()')
      await print.click()
      await save.waitFor({ timeout: 120_000 })
      const shown = await page.evaluate('performance.now()')
      // the first run warms the process (pdf code and fonts loaded once per session)
      if (run > 0) {
        times.push((shown as number) - (started as number))
        cpu.push(processCpuMs(child.pid!) - cpuBefore)
      }
    }
  } finally {
    await browser.close()
    child.kill()
    rmSync(dataDir, { recursive: true, force: true })
  }
  const sorted = [...times].sort((a, b) => a - b)
  const median = sorted[Math.floor(sorted.length / 2)]!
  console.log(
    JSON.stringify({
      honorees: count,
      clickToSaveMs: times.map(Math.round),
      medianMs: Math.round(median),
      serverCpuMs: cpu.map(Math.round)
    })
  )
}

void main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
