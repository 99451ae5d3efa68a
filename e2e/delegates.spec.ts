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
  await delegates.open()
  await screenshot(page, 'journey-01-empty-delegates')

  // 1. Preview of an office spreadsheet with errors, in the import feature's dialog.
  await delegates.importButton.click()
  // The dialog's body sits beside its role="dialog" element, so its parts are found on the page.
  const dialog = page
  await dialog.getByLabel('Chọn tệp…').setInputFiles({
    name: 'danh-sach-dai-bieu.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(await spreadsheetWithErrors(), 'utf8')
  })
  const summary = dialog.getByTestId('import-summary')
  await expect(summary).toContainText('9 dòng, 2 dòng lỗi')
  await screenshot(page, 'journey-02-import-preview-errors')

  // 2. Fix them in the preview, 3. commit all or nothing.
  await dialog.getByLabel('Năm sinh 4', { exact: true }).fill('1982')
  await dialog.getByLabel('Năm sinh 4', { exact: true }).press('Tab')
  await dialog.getByLabel('Năm sinh 9', { exact: true }).fill('1979')
  await dialog.getByLabel('Năm sinh 9', { exact: true }).press('Tab')
  await expect(summary).toContainText('0 dòng lỗi')
  await screenshot(page, 'journey-03-import-preview-fixed')
  await dialog.getByRole('button', { name: 'Nhập 9 dòng' }).click()
  await expect(delegates.dialog('Nhập danh sách đại biểu')).toBeHidden()
  await expect(delegates.status).toContainText('9 / 9 đại biểu')
  await screenshot(page, 'journey-04-imported-delegates')

  // 4. A roster of all of them, submitted and approved.
  await rosters.open()
  await rosters.createRoster('Đại biểu dự Đại hội')
  await rosters.addAllDelegates(9)
  await screenshot(page, 'journey-05-roster-draft')
  await rosters.submitAndApprove('Đại hội Thi đua yêu nước phường', 'Đại hội biểu quyết thông qua')
  await expect(rosters.section.getByText(/đã phê duyệt và được khóa/)).toBeVisible()
  await screenshot(page, 'journey-06-roster-approved')

  // 5. One delegate changes.
  await delegates.open()
  await delegates.search.fill('bui van dat')
  await delegates.editCell('Bùi Văn Đạt', 7, 'Tổ trưởng Tổ dân phố số 7')
  await expect(delegates.cell('Bùi Văn Đạt', 7)).toHaveText('Tổ trưởng Tổ dân phố số 7')
  await screenshot(page, 'journey-07-delegate-changed')

  // 6. A new version with its reason, and the diff against version 1.
  await rosters.open()
  await rosters.openNewVersion('Đồng chí Bùi Văn Đạt được bầu Tổ trưởng')
  await rosters.showHistory()
  const history = rosters.section.getByRole('tabpanel', { name: 'Lịch sử phiên bản' })
  const latest = history.getByRole('listitem', { name: 'Phiên bản 2 – Dự thảo' })
  await expect(latest).toContainText('Lý do: Đồng chí Bùi Văn Đạt được bầu Tổ trưởng')
  await expect(latest.getByRole('deletion')).toHaveText('Đội trưởng Đội dân phòng')
  await expect(latest.getByRole('insertion')).toHaveText('Tổ trưởng Tổ dân phố số 7')
  await screenshot(page, 'journey-08-new-version-diff')

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
  await screenshot(page, 'journey-09-printed')
})
