import { execFileSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AppShell } from './pages/app-shell'
import { DelegatesSectionPage } from './pages/delegates-section-page'
import { DelegatesRostersPage } from './pages/delegates-rosters-page'
import { EventListPage } from './pages/event-list-page'
import { screenshot } from './fixtures/dais'
import { expect, test } from './pages/page-problems'

const corpus = join(__dirname, '..', 'test-fixtures', 'import', 'roster-utf8.csv')

/** The import helper's office CSV with two typing errors an office would make. */
async function spreadsheetWithErrors(): Promise<string> {
  const text = await readFile(corpus, 'utf8')
  return text.replace(',1982,', ',19822,').replace(',1979,', ',197,')
}

interface Preview {
  signature: string
  mapping: unknown[]
  rows: {
    sheetRow: number
    skip: boolean
    values: Record<string, string>
    problems: { code: string; severity: string; field: string | null }[]
  }[]
  summary: { rowsWithErrors: number }
}

test('issue 3 journey: import with errors → fix → commit → approve → change → new version with diff → print', async ({
  page,
  dais
}, testInfo) => {
  test.setTimeout(180_000)
  const shell = new AppShell(page)
  const home = new EventListPage(page)
  const delegates = new DelegatesSectionPage(page)
  const rosters = new DelegatesRostersPage(page)

  await shell.open(dais.url)
  await home.createEvent({
    title: 'Đại hội Thi đua yêu nước phường Tiền Phong',
    kind: 'Đại hội',
    date: '12/09/2025'
  })
  await expect(page).toHaveURL(/#\/events\//)
  const eventId = page.url().split('/events/')[1] as string
  await delegates.open()
  await screenshot(page, 'journey-01-empty-delegates')

  // 1. Preview of an office spreadsheet with errors (no import dialog yet: the app's own calls).
  const csv = await spreadsheetWithErrors()
  const preview = await page.evaluate(
    async ({ eventId, base64 }) => {
      const dais = (
        globalThis as unknown as {
          dais: Record<
            string,
            (a: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>
          >
        }
      ).dais
      return dais.previewImport!({
        eventId,
        kind: 'delegates',
        file: { fileName: 'danh-sach-dai-bieu.csv', contentBase64: base64 }
      })
    },
    { eventId, base64: Buffer.from(csv, 'utf8').toString('base64') }
  )
  expect(preview.ok).toBe(true)
  const { rows, signature, mapping, summary } = preview.value as Preview
  expect(summary.rowsWithErrors).toBe(2)
  const broken = rows.filter((r) => r.problems.some((p) => p.severity === 'error'))
  expect(broken.map((r) => r.values.fullName)).toEqual(['Lê Thị Hoà', 'Bùi Văn Đạt'])

  // 2. Fix them in the preview, 3. commit all or nothing.
  const fixed = rows.map((r) => ({
    sheetRow: r.sheetRow,
    skip: r.skip,
    values: {
      ...r.values,
      ...(r.values.fullName === 'Lê Thị Hoà' ? { birthYear: '1982' } : {}),
      ...(r.values.fullName === 'Bùi Văn Đạt' ? { birthYear: '1979' } : {})
    }
  }))
  const committed = await page.evaluate(
    async (args) => {
      const dais = (
        globalThis as unknown as {
          dais: Record<
            string,
            (a: unknown) => Promise<{ ok: boolean; value?: unknown; error?: unknown }>
          >
        }
      ).dais
      return dais.commitImport!(args)
    },
    {
      eventId,
      kind: 'delegates',
      fileName: 'danh-sach-dai-bieu.csv',
      signature,
      mapping,
      rows: fixed
    }
  )
  expect(committed.ok).toBe(true)
  await expect(delegates.status).toContainText('9 / 9 đại biểu')
  await screenshot(page, 'journey-02-imported-delegates')

  // 4. A roster of all of them, submitted and approved.
  await rosters.open()
  await rosters.createRoster('Đại biểu dự Đại hội')
  await rosters.addAllDelegates(9)
  await screenshot(page, 'journey-03-roster-draft')
  await rosters.submitAndApprove('Đại hội Thi đua yêu nước phường', 'Đại hội biểu quyết thông qua')
  await expect(rosters.section.getByText(/đã phê duyệt và được khóa/)).toBeVisible()
  await screenshot(page, 'journey-04-roster-approved')

  // 5. One delegate changes.
  await delegates.open()
  await delegates.search.fill('bui van dat')
  await delegates.editCell('Bùi Văn Đạt', 7, 'Tổ trưởng Tổ dân phố số 7')
  await expect(delegates.cell('Bùi Văn Đạt', 7)).toHaveText('Tổ trưởng Tổ dân phố số 7')
  await screenshot(page, 'journey-05-delegate-changed')

  // 6. A new version with its reason, and the diff against version 1.
  await rosters.open()
  await rosters.openNewVersion('Đồng chí Bùi Văn Đạt được bầu Tổ trưởng')
  await rosters.showHistory()
  const history = rosters.section.getByRole('tabpanel', { name: 'Lịch sử phiên bản' })
  const latest = history.getByRole('listitem', { name: 'Phiên bản 2 – Dự thảo' })
  await expect(latest).toContainText('Lý do: Đồng chí Bùi Văn Đạt được bầu Tổ trưởng')
  await expect(latest.getByRole('deletion')).toHaveText('Đội trưởng Đội dân phòng')
  await expect(latest.getByRole('insertion')).toHaveText('Tổ trưởng Tổ dân phố số 7')
  await screenshot(page, 'journey-06-new-version-diff')

  // 7. Print the list and read the PDF's text.
  const pdf = await rosters.printList()
  const pdfPath = testInfo.outputPath('danh-sach.pdf')
  await writeFile(pdfPath, pdf)
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString('utf8')
  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdfPath]).toString('utf8'))?.[1]
  )
  // Nine rows fill page 1 of the landscape list; the totals and the shares go on page 2.
  expect(pages).toBe(2)
  expect(text).toContain('Tổng cộng: 9')
  const order = [
    'Hoàng Thị Ngọc Ánh',
    'Vũ Thị Mỹ Dung',
    'Bùi Văn Đạt',
    'Trần Thị Thu Hà',
    'Lê Thị Hoà',
    'Nguyễn Văn Hùng',
    'Đặng Quốc Khánh',
    'Đỗ Thị Ỷ Lan',
    'Phạm Đức Thuỷ'
  ]
  const positions = order.map((name) => text.indexOf(name))
  expect(positions.every((p) => p >= 0)).toBe(true)
  expect(positions.slice().sort((a, b) => a - b)).toEqual(positions)
  execFileSync('pdftoppm', [
    '-png',
    '-r',
    '60',
    '-f',
    '1',
    '-l',
    '1',
    pdfPath,
    testInfo.outputPath('danh-sach')
  ])
  await screenshot(page, 'journey-07-printed')
})
