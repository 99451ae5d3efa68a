import ExcelJS from 'exceljs'
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

test('an office workbook on a new event: its categories are checked against those the import creates, a cell retyped is kept while the grid scrolls, a date retyped the office’s way is taken', async ({
  page,
  dais
}) => {
  test.setTimeout(120_000)
  const shell = new AppShell(page)
  const delegates = new DelegatesSectionPage(page)
  await shell.open(dais.url)
  await new EventListPage(page).createEvent({ title: 'Đại hội Thi đua yêu nước phường Tiền Phong' })
  await expect(page).toHaveURL(/#\/events\//)

  // Title rows, "Năm sinh" merged over Nam | Nữ, NFD names, a legacy Ð, an impossible date.
  const book = new ExcelJS.Workbook()
  const sheet = book.addWorksheet('DS dai bieu')
  sheet.mergeCells('A1:G1')
  sheet.getCell('A1').value = 'DANH SÁCH ĐẠI BIỂU DỰ ĐẠI HỘI THI ĐUA YÊU NƯỚC PHƯỜNG TIỀN PHONG'
  sheet.getRow(3).values = [
    'STT',
    'Họ và tên',
    'Năm sinh',
    '',
    'Ngày sinh',
    'Thành phần',
    'Ghi chú'
  ]
  sheet.getRow(4).values = ['', '', 'Nam', 'Nữ']
  sheet.mergeCells('C3:D3')
  for (const column of ['A', 'B', 'E', 'F', 'G']) sheet.mergeCells(`${column}3:${column}4`)
  const people: [string, number | '', number | '', string, string][] = [
    ['Nguyễn Văn An', 1970, '', '12/03/1970', 'Đại biểu chính thức'],
    [nfd('Trần Thị Bình'), '', 1982, '', 'đại biểu khách mời'],
    ['\u00D0ỗ Văn Cường', 1975, '', '', 'Đại biểu chính thức'],
    [nfd('Lê Thị Dung'), '', 1990, '31/02/1990', 'Đại biểu chính thức'],
    ['Phạm Thị Hoà', '', 1965, '', 'Khách mời']
  ]
  people.forEach((person, i) => (sheet.getRow(5 + i).values = [i + 1, ...person]))
  await delegates.open()
  await delegates.importButton.click()
  const dialog = page.getByRole('dialog', { name: 'Nhập danh sách đại biểu' })
  await dialog.getByLabel('Chọn tệp…').setInputFiles({
    name: 'dai-bieu.xlsx',
    mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    buffer: Buffer.from(await book.xlsx.writeBuffer())
  })
  const summary = dialog.getByTestId('import-summary')
  await expect(summary).toContainText('5 dòng, 1 dòng lỗi, 2 dòng cần xem lại')
  // The categories the import will create are known; only "Khách mời" is not, and it says which are.
  await expect(dialog.getByText('Chưa có nhóm đại biểu "Đại biểu chính thức"')).toHaveCount(0)
  await expect(dialog.locator('[data-row="9"]')).toContainText(
    'Chưa có nhóm đại biểu "Khách mời" (các nhóm hiện có: Đại biểu chính thức, Đại biểu khách mời)'
  )
  await expect(dialog.getByLabel('Ngày sinh 5', { exact: true })).toHaveValue('12/03/1970')

  await dialog.getByRole('button', { name: /Sửa ký tự sai bảng mã/ }).click()
  const date = dialog.getByLabel('Ngày sinh 8', { exact: true })
  await date.fill('28/02/1990')
  await date.press('Tab')
  // Typed into a cell the grid has to scroll to: the text stays until the cell is left.
  const category = dialog.getByLabel('Thành phần 9', { exact: true })
  await category.fill('Đại biểu khách mời')
  await expect(category).toHaveValue('Đại biểu khách mời')
  await category.press('Tab')
  await expect(summary).toContainText('5 dòng, 0 dòng lỗi, 0 dòng cần xem lại')
  await screenshot(page, 'import-office-workbook-fixed')
  await dialog.getByRole('button', { name: 'Nhập 5 dòng' }).click()
  await expect(dialog).toBeHidden()
  await expect(delegates.status).toContainText('5 / 5 đại biểu')

  // Through the app's own API (a string: e2e code has no DOM types).
  const stored = await page.evaluate(`(async () => {
    const eventId = (await window.dais.listEvents()).value[0].id
    const categories = (await window.dais.listDelegateCategories({ eventId })).value
    const nameOf = new Map(categories.map((c) => [c.id, c.name]))
    const list = (await window.dais.listDelegates({ eventId })).value
    return list.map((d) => [d.fullName, d.birthDate, nameOf.get(d.categoryId) ?? null])
  })()`)
  expect(stored).toEqual([
    ['Nguyễn Văn An', '1970-03-12', 'Đại biểu chính thức'],
    ['Trần Thị Bình', null, 'Đại biểu khách mời'],
    ['Đỗ Văn Cường', null, 'Đại biểu chính thức'],
    ['Lê Thị Dung', '1990-02-28', 'Đại biểu chính thức'],
    ['Phạm Thị Hoà', null, 'Đại biểu khách mời']
  ])

  // A delegate left without a category is counted on the cards' colour table, with what to do.
  await page.evaluate(`(async () => {
    const eventId = (await window.dais.listEvents()).value[0].id
    await window.dais.createDelegate({ eventId, fields: { fullName: 'Trịnh Văn Mới' } })
  })()`)
  await page.getByRole('main').getByRole('tab', { name: 'Thẻ & giấy mời', exact: true }).click()
  const colours = page.getByRole('region', { name: 'Loại đại biểu và màu' })
  await expect(colours.getByRole('row').last()).toContainText('Chưa có loại')
  const counts = await colours.getByRole('row').allInnerTexts()
  expect(counts.slice(1).map((row) => row.split('\t').slice(0, 2))).toEqual([
    ['Đại biểu chính thức', '3'],
    ['Đại biểu khách mời', '2'],
    ['Chưa có loại', '1']
  ])
})
