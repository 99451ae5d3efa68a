import { execFileSync } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AppShell } from './pages/app-shell'
import { DelegatesRostersPage } from './pages/delegates-rosters-page'
import { DelegatesSectionPage } from './pages/delegates-section-page'
import { EventListPage } from './pages/event-list-page'
import { HonoursSection } from './pages/honours-section'
import { expect, screenshot, test } from './pages/page-problems'

/** The office roster saved with decomposed accents (as a Mac or some web exports save it). */
const nfdRoster = join(__dirname, '..', 'test-fixtures', 'import', 'roster-nfd.csv')
const nfd = (s: string) => s.normalize('NFD')

test('an office’s files in NFD on an empty folder: imported, found by names typed in NFC, sorted and printed as typed', async ({
  page,
  dais
}, testInfo) => {
  test.setTimeout(180_000)
  const shell = new AppShell(page)
  const delegates = new DelegatesSectionPage(page)
  const rosters = new DelegatesRostersPage(page)
  const honours = new HonoursSection(page)
  await shell.open(dais.url)
  await new EventListPage(page).createEvent({
    title: 'Đại hội Thi đua yêu nước phường Tiền Phong',
    kind: 'Đại hội',
    date: '12/09/2025'
  })
  await expect(page).toHaveURL(/#\/events\//)

  // Delegates: the NFD file (headers too) is read like any other.
  const roster = await readFile(nfdRoster, 'utf8')
  expect(roster).toBe(nfd(roster))
  await delegates.open()
  await delegates.importButton.click()
  await page.getByLabel('Chọn tệp…').setInputFiles({
    name: nfd('danh-sách-đại-biểu.csv'),
    mimeType: 'text/csv',
    buffer: Buffer.from(roster, 'utf8')
  })
  await expect(page.getByTestId('import-summary')).toContainText('9 dòng, 0 dòng lỗi')
  await page.getByRole('button', { name: 'Nhập 9 dòng' }).click()
  await expect(delegates.status).toContainText('9 / 9 đại biểu')

  // Found by the name typed in NFC, in NFD, and without accents.
  const table = delegates.section
  for (const query of ['Bùi Văn Đạt', nfd('Bùi Văn Đạt'), 'bui van dat']) {
    await delegates.search.fill(query)
    await expect(table.getByText('Bùi Văn Đạt', { exact: true })).toBeVisible()
    await expect(table.getByText('Nguyễn Văn Hùng', { exact: true })).toHaveCount(0)
  }
  await delegates.search.fill('Lê Thị Hòa') // new tone placement; the file has "Hoà"
  await expect(table.getByText('Lê Thị Hoà', { exact: true })).toBeVisible()
  await delegates.search.fill('')

  // Honorees in NFD: the same person typed again in NFC (other tone placement) is flagged.
  await honours.open('Đối tượng')
  const csv = testInfo.outputPath('khen-thuong.csv')
  await writeFile(
    csv,
    nfd(
      [
        'Loại,Tên tập thể / Họ và tên,Giới tính,"Chức vụ, đơn vị / Địa chỉ"',
        'Tập thể,Tổ dân phố số 2,,Phường Tiền Phong',
        'Cá nhân,Phạm Thị Hoà,Nữ,Tổ trưởng Tổ dân phố số 2',
        'Cá nhân,Đỗ Văn Ánh,Nam,Giáo viên Trường Tiểu học Tiền Phong'
      ].join('\r\n')
    ),
    'utf8'
  )
  await honours.importButton.click()
  const importDialog = page.getByRole('dialog', { name: 'Nhập danh sách khen thưởng' })
  await importDialog.locator('input[type=file]').setInputFiles(csv)
  await importDialog.getByRole('button', { name: 'Nhập 3 dòng' }).click()
  await expect(importDialog).toBeHidden()
  await expect(page.getByText('1 tập thể, 2 cá nhân')).toBeVisible()
  await honours.honoreeSearch.fill('Phạm Thị Hoà')
  await expect(honours.honoreesTable.getByText('Bà Phạm Thị Hoà', { exact: true })).toBeVisible()
  await honours.honoreeSearch.fill('')
  await honours.addHonoree({ kind: 'Cá nhân', name: 'Phạm Thị Hòa', gender: 'Nữ' })
  await expect(
    shell.toast('“Phạm Thị Hòa” có thể trùng với một đối tượng đã có trong danh sách.')
  ).toBeVisible()
  await screenshot(page, 'nfd-honorees')

  // The printed list: the names in NFC, in Vietnamese order (given name first, Đ after D).
  await rosters.open()
  await rosters.createRoster('Đại biểu dự Đại hội')
  await rosters.addAllDelegates(9)
  const pdfPath = testInfo.outputPath('danh-sach.pdf')
  await writeFile(pdfPath, await rosters.printList())
  const text = execFileSync('pdftotext', ['-layout', pdfPath, '-']).toString('utf8')
  expect(text).toBe(text.normalize('NFC'))
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
})
