import { execFileSync } from 'node:child_process'
import type { Page } from '@playwright/test'
import { AppShell } from './pages/app-shell'
import { EventListPage } from './pages/event-list-page'
import { expect, screenshot, test } from './pages/page-problems'
import { saveDownload } from './pages/pdf-downloads'

const unitsCsv = [
  'DANH SÁCH ĐƠN VỊ, TỔ DÂN PHỐ PHƯỜNG TIỀN PHONG',
  '',
  'STT,Tên đơn vị,Loại,Người đứng đầu,Chức vụ,Số hộ',
  '1,Tổ dân phố số 1,Tổ dân phố,Nguyễn Văn An,Tổ trưởng,100',
  '2,Tổ dân phố số 2,Tổ dân phố,Trần Thị Bình,Tổ trưởng,80',
  '3,Tổ dân phố số 3,Tổ dân phố,Lê Văn Cường,Tổ trưởng,60',
  '4,Trường Tiểu học Tiền Phong,,Phạm Thị Dung,Hiệu trưởng,'
].join('\r\n')

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true })
const card = (page: Page, label: RegExp) =>
  page.getByTestId('target-card').filter({ has: page.getByRole('heading', { name: label }) })

test('movement: create it → import units → one year’s registrations and results → chart and lagging units follow → print the progress page → a proposal through the council into a draft decision', async ({
  page,
  dais
}, testInfo) => {
  test.setTimeout(240_000)
  const shell = new AppShell(page)
  await shell.open(dais.url)
  const home = new EventListPage(page)
  await home.createEvent({
    title: 'Hội nghị điển hình tiên tiến 2025',
    kind: 'Hội nghị',
    date: '05/09/2025'
  })
  await page.getByRole('link', { name: 'Phong trào thi đua', exact: true }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Phong trào thi đua' })).toBeVisible()

  // --- the movement with the ward's three targets ---
  await tab(page, 'Phong trào & chỉ tiêu').click()
  await page.getByRole('spinbutton').nth(0).fill('2025')
  await page.getByRole('spinbutton').nth(1).fill('2030')
  await page.getByRole('button', { name: 'Tạo phong trào' }).click()
  await expect(page.getByLabel('Tên phong trào')).toHaveValue(
    'Phong trào thi đua yêu nước giai đoạn 2025 - 2030'
  )
  await expect(page.getByLabel('Chỉ tiêu 3', { exact: true })).toHaveValue(
    'Hộ gia đình đạt danh hiệu "Gia đình văn hóa"'
  )
  await screenshot(page, 'movement-01-targets')

  // --- units from the office's spreadsheet, through the preview ---
  await tab(page, 'Đơn vị').click()
  await page.getByRole('button', { name: 'Nhập danh sách đơn vị…' }).click()
  await page.getByLabel('Chọn tệp…').setInputFiles({
    name: 'don-vi.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(`\ufeff${unitsCsv}`, 'utf8')
  })
  await expect(page.getByTestId('import-summary')).toContainText('4 dòng, 0 dòng lỗi')
  await screenshot(page, 'movement-02-units-import-preview')
  await page.getByRole('button', { name: 'Nhập 4 dòng' }).click()
  await expect(shell.toast(/Đã thêm 4 đơn vị/)).toBeVisible()
  await expect(page.getByTestId('units-count')).toHaveText('4 đơn vị, 3 tổ dân phố, 240 hộ')
  await expect(page.getByLabel('Loại Trường Tiểu học Tiền Phong')).toHaveValue('school')
  await screenshot(page, 'movement-03-units')

  // --- 2025: registrations, results, households ---
  await tab(page, 'Đăng ký & kết quả').click()
  const grid = page.getByRole('table', { name: 'Đăng ký & kết quả 2025' })
  // Before a title is chosen, the result and the note say what to do first.
  const firstResult = grid.getByLabel('Kết quả cuối năm Tổ dân phố số 1')
  await expect(firstResult).toBeDisabled()
  await expect(firstResult).toHaveAccessibleDescription(
    'Chọn danh hiệu ở cột “Danh hiệu đăng ký” trước; sau đó mới ghi được kết quả và lý do.'
  )
  await expect(grid.getByLabel('Lý do / ghi chú Tổ dân phố số 1')).toHaveAttribute(
    'title',
    /^Chọn danh hiệu ở cột/
  )
  // …and both look disabled: greyed like every disabled field, not white as if open to typing.
  const note = grid.getByLabel('Lý do / ghi chú Tổ dân phố số 1')
  for (const control of [firstResult, note]) {
    await expect(control).toHaveCSS('cursor', 'not-allowed')
    await expect(control).not.toHaveCSS('background-color', 'rgb(255, 255, 255)')
  }
  await firstResult.hover({ force: true })
  await screenshot(page, 'movement-04a-year-grid-register-first')
  const rows: [string, string, string, number | null][] = [
    ['Tổ dân phố số 1', 'Tổ dân phố văn hóa', 'Đạt', 95],
    ['Tổ dân phố số 2', 'Tổ dân phố văn hóa', 'Đạt', 76],
    ['Tổ dân phố số 3', 'Tổ dân phố văn hóa', 'Không đạt', 50],
    ['Trường Tiểu học Tiền Phong', 'Tập thể lao động tiên tiến', 'Đạt', null]
  ]
  for (const [unit, title, result, titled] of rows) {
    await grid.getByLabel(`Danh hiệu đăng ký ${unit}`).selectOption({ label: title })
    const resultBox = grid.getByLabel(`Kết quả cuối năm ${unit}`)
    await expect(resultBox).toBeEnabled()
    await resultBox.selectOption({ label: result })
    if (titled !== null) await grid.getByLabel(`Hộ đạt GĐVH ${unit}`).fill(String(titled))
  }
  await grid.getByLabel('Lý do / ghi chú Tổ dân phố số 3').fill('Còn vi phạm vệ sinh môi trường')
  // A second title for one unit in the same year, and a person's individual title.
  const school = 'Trường Tiểu học Tiền Phong'
  await grid
    .getByLabel(`Thêm đăng ký ${school}`)
    .selectOption({ label: 'Tập thể lao động xuất sắc' })
  await grid
    .getByLabel(`Kết quả cuối năm ${school} – Tập thể lao động xuất sắc`)
    .selectOption({ label: 'Không đạt' })
  await grid
    .getByLabel('Thêm đăng ký Tổ dân phố số 1')
    .selectOption({ label: 'Lao động tiên tiến' })
  const person = grid.getByLabel('Cá nhân Tổ dân phố số 1 – Lao động tiên tiến')
  await person.fill('Nguyễn Văn An')
  const personResult = grid.getByLabel('Kết quả cuối năm Tổ dân phố số 1 – Nguyễn Văn An')
  await expect(personResult).toBeVisible()
  // Saved under the name typed: the row stays where the user is typing.
  await expect(person).toBeFocused()
  await personResult.selectOption({ label: 'Đạt' })
  await expect(grid.getByLabel(`Danh hiệu đăng ký ${school}`)).toHaveValue('title-tt-ldtt')
  await screenshot(page, 'movement-04-year-grid')
  // Each field stays in its column: the note ends before the households count begins.
  const noteBox = await grid.getByLabel('Lý do / ghi chú Tổ dân phố số 3').boundingBox()
  const householdsBox = await grid.getByLabel('Số hộ Tổ dân phố số 3').boundingBox()
  expect(noteBox!.x + noteBox!.width).toBeLessThanOrEqual(householdsBox!.x)

  // --- progress: the groups' target is missed, Tổ dân phố số 3 holds it back ---
  await tab(page, 'Tiến độ').click()
  const groups = card(page, /Tổ dân phố đạt danh hiệu/)
  const households = card(page, /Hộ gia đình đạt danh hiệu/)
  await expect(card(page, /đăng ký thi đua/).getByTestId('target-value')).toHaveText('100% (4/4)')
  await expect(groups.getByTestId('target-value')).toHaveText('66,67% (2/3)')
  await expect(groups.getByText('Chưa đạt', { exact: true })).toBeVisible()
  await expect(groups.getByRole('list')).toContainText('Tổ dân phố số 3')
  await expect(groups.getByRole('list')).toContainText('Còn vi phạm vệ sinh môi trường')
  await expect(groups.getByRole('img')).toHaveAttribute('aria-label', /2025: 66,67%/)
  await expect(households.getByTestId('target-value')).toHaveText('92,08% (221/240)')
  await screenshot(page, 'movement-05-progress-lagging')

  // --- the year-end result changes: every figure follows ---
  await tab(page, 'Đăng ký & kết quả').click()
  await grid.getByLabel('Kết quả cuối năm Tổ dân phố số 3').selectOption({ label: 'Đạt' })
  await tab(page, 'Tiến độ').click()
  await expect(groups.getByTestId('target-value')).toHaveText('100% (3/3)')
  await expect(groups.getByText('Không có đơn vị nào kéo chỉ tiêu xuống.')).toBeVisible()
  await expect(groups.getByRole('img')).toHaveAttribute('aria-label', /2025: 100%/)
  await screenshot(page, 'movement-06-progress-met')

  // --- the progress page as a PDF ---
  const pdf = await saveDownload(
    page,
    () => page.getByRole('button', { name: 'Tải PDF trang tiến độ' }).click(),
    'tien-do.pdf'
  )
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' })
  expect(text).toContain('TIẾN ĐỘ THỰC HIỆN CÁC CHỈ TIÊU THI ĐUA')
  expect(text).toContain('Tổ dân phố văn hóa": 3/3, 100 % — đạt.')
  expect(text).toContain('"Gia đình văn hóa": 221/240, 92 % — đạt')
  execFileSync('pdftoppm', [
    '-r',
    '60',
    '-png',
    '-f',
    '1',
    '-l',
    '1',
    pdf,
    testInfo.outputPath('tien-do')
  ])

  // --- a proposal with two candidates, the history beside it ---
  await tab(page, 'Đề nghị khen thưởng').click()
  await page.getByRole('button', { name: 'Lập đề nghị' }).click()
  await page.getByLabel('Số văn bản').fill('12/TTr-TDP1')
  await page.getByRole('button', { name: 'Thêm', exact: true }).click()
  await page.getByLabel('Loại 1', { exact: true }).selectOption({ label: 'Tập thể' })
  await page.getByLabel('Tên / Họ và tên 1', { exact: true }).fill('Tổ dân phố số 1')
  await page
    .getByLabel('Đơn vị đề nghị 1', { exact: true })
    .selectOption({ label: 'Tổ dân phố số 1' })
  await page
    .getByLabel('Tóm tắt thành tích 1', { exact: true })
    .fill('Hai năm liền đạt danh hiệu Tổ dân phố văn hóa')
  await expect(page.getByRole('complementary')).toContainText('2025 — Tổ dân phố văn hóa (đạt)')
  await page.getByRole('button', { name: 'Thêm', exact: true }).click()
  await page.getByLabel('Tên / Họ và tên 2', { exact: true }).fill('Nguyễn Văn An')
  await page.getByLabel('Giới tính 2', { exact: true }).selectOption({ label: 'Nam' })
  await page
    .getByLabel('Chức vụ, đơn vị / Địa chỉ 2', { exact: true })
    .fill('Tổ trưởng Tổ dân phố số 1')
  await expect(page.getByRole('list', { name: 'Đề nghị khen thưởng' })).toContainText(
    'Tổ dân phố số 1 — 2 người, tập thể'
  )
  await screenshot(page, 'movement-07-proposal-history')

  // --- the council votes; one passes, one does not; the passing one becomes a draft decision ---
  await tab(page, 'Hội đồng Thi đua - Khen thưởng').click()
  await page.getByRole('button', { name: 'Lập cuộc họp Hội đồng' }).click()
  await page.getByLabel('Chủ trì').fill('Nguyễn Văn Chủ')
  await page.getByLabel('Tổng số thành viên').fill('7')
  await page
    .getByLabel('Thành viên có mặt (mỗi dòng một người)')
    .fill(['Nguyễn Văn Chủ', 'Trần Văn Hai', 'Lê Thị Ba', 'Phạm Văn Bốn', 'Đỗ Thị Năm'].join('\n'))
  const ballots = page.getByRole('table', { name: 'Kết quả bỏ phiếu' })
  await expect(ballots.getByRole('row')).toHaveCount(3)
  await ballots.getByLabel('Đồng ý Tổ dân phố số 1', { exact: true }).fill('5')
  await ballots.getByLabel('Đồng ý Nguyễn Văn An', { exact: true }).fill('2')
  await ballots.getByLabel('Không đồng ý Nguyễn Văn An').fill('3')
  await expect(ballots.locator('tr[data-candidate="Tổ dân phố số 1"]')).toContainText('Thông qua')
  await expect(ballots.locator('tr[data-candidate="Nguyễn Văn An"]')).toContainText('Dưới ngưỡng')
  await screenshot(page, 'movement-08-council-vote')
  await page.getByRole('button', { name: 'Lập dự thảo quyết định' }).click()
  await expect(
    shell.toast('Đã lập 1 dự thảo quyết định trong sự kiện "Hội nghị điển hình tiên tiến 2025".')
  ).toBeVisible()
  await expect(page.getByText('Cuộc họp này đã có dự thảo quyết định.')).toBeVisible()
  await screenshot(page, 'movement-09-drafted')
  // The drafted decision is one click away, in the event's honours.
  await page
    .getByRole('link', {
      name: 'Mở dự thảo trong mục Khen thưởng của "Hội nghị điển hình tiên tiến 2025"'
    })
    .click()
  await expect(page).toHaveURL(/#\/events\/[^/?]+\?tab=honours/)
})

test('a movement for the next period is created beside the current one, and a movement can be deleted', async ({
  page,
  dais
}) => {
  const shell = new AppShell(page)
  await shell.open(dais.url)
  await page.getByRole('link', { name: 'Phong trào thi đua', exact: true }).click()
  await tab(page, 'Phong trào & chỉ tiêu').click()
  await page.getByRole('spinbutton').nth(0).fill('2020')
  await page.getByRole('spinbutton').nth(1).fill('2025')
  await page.getByRole('button', { name: 'Tạo phong trào', exact: true }).click()
  const title = page.getByLabel('Tên phong trào')
  await expect(title).toHaveValue('Phong trào thi đua yêu nước giai đoạn 2020 - 2025')

  // The next period starts where this one ends.
  await page.getByRole('button', { name: 'Tạo phong trào giai đoạn mới' }).click()
  await expect(page.getByRole('spinbutton').nth(0)).toHaveValue('2025')
  await expect(page.getByRole('spinbutton').nth(1)).toHaveValue('2030')
  await page.getByRole('button', { name: 'Tạo phong trào', exact: true }).click()
  await expect(title).toHaveValue('Phong trào thi đua yêu nước giai đoạn 2025 - 2030')
  const choose = page.getByRole('combobox', { name: 'Phong trào' })
  await expect(choose.getByRole('option')).toHaveCount(2)
  await screenshot(page, 'movement-next-period')

  // Deleting asks first; the other movement is then shown.
  await page.getByRole('button', { name: 'Xóa phong trào' }).click()
  const ask = page.getByRole('dialog', { name: 'Xóa phong trào' })
  await expect(ask).toContainText('Phong trào thi đua yêu nước giai đoạn 2025 - 2030')
  await ask.getByRole('button', { name: 'Xóa phong trào' }).click()
  await expect(shell.toast('Đã xóa phong trào')).toBeVisible()
  await expect(title).toHaveValue('Phong trào thi đua yêu nước giai đoạn 2020 - 2025')
  await expect(choose).toBeHidden()
})
