import type { Page } from '@playwright/test'
import { AppShell } from './pages/app-shell'
import { expect, screenshot, test } from './pages/page-problems'

const tab = (page: Page, name: string) => page.getByRole('tab', { name, exact: true })
const dialog = (page: Page, name: string) => page.getByRole('dialog', { name })

test('movement lists: titles are added, renamed, deleted when unused and retired when used; a unit in use is retired, an unused one deleted and undone', async ({
  page,
  dais
}) => {
  test.setTimeout(180_000)
  const shell = new AppShell(page)
  await shell.open(dais.url)
  await page.getByRole('link', { name: 'Phong trào thi đua', exact: true }).click()

  // --- a title of the user's own, renamed as typed, then deleted (unused) ---
  await tab(page, 'Danh hiệu thi đua').click()
  await page.getByRole('button', { name: 'Thêm danh hiệu' }).click()
  await expect(page.getByRole('alert').filter({ hasText: 'Nhập tên danh hiệu.' })).toBeVisible()
  await page.getByLabel('Tên danh hiệu mới').fill('Khu dân cư  kiểu mẫu')
  await page.getByLabel('Dành cho').selectOption({ label: 'Tổ dân phố' })
  await page.getByRole('button', { name: 'Thêm danh hiệu' }).click()
  const titleNames = page.getByRole('textbox', { name: 'Tên danh hiệu', exact: true })
  const own = titleNames.nth(3)
  await expect(own).toHaveValue('Khu dân cư kiểu mẫu')
  await own.fill('Khu dân cư văn hóa kiểu mẫu')
  await expect(shell.saveStatus).toContainText('Đã lưu')
  await page.reload()
  await expect(titleNames.nth(3)).toHaveValue('Khu dân cư văn hóa kiểu mẫu')
  await screenshot(page, 'movement-lists-01-titles')
  await page.getByRole('button', { name: 'Xóa Khu dân cư văn hóa kiểu mẫu' }).click()
  await expect(dialog(page, 'Xóa danh hiệu')).toContainText(
    'Xóa danh hiệu “Khu dân cư văn hóa kiểu mẫu”'
  )
  await dialog(page, 'Xóa danh hiệu').getByRole('button', { name: 'Xóa' }).click()
  await expect(shell.toast(/Đã xóa danh hiệu “Khu dân cư văn hóa kiểu mẫu”/)).toBeVisible()
  await expect(titleNames).toHaveCount(6)

  // --- a movement, two units, one registered in 2025 ---
  await tab(page, 'Phong trào & chỉ tiêu').click()
  await page.getByRole('spinbutton').nth(0).fill('2025')
  await page.getByRole('spinbutton').nth(1).fill('2030')
  await page.getByRole('button', { name: 'Tạo phong trào' }).click()
  await expect(page.getByLabel('Tên phong trào')).toHaveValue(/2025 - 2030/)
  // A milestone outside the period, a deadline before the start: said on the field, not saved.
  const milestones = page.getByLabel('Mốc từng năm 2', { exact: true })
  await milestones.fill('2027:92, 2032:98')
  await milestones.press('Tab')
  await expect(
    page
      .getByRole('alert')
      .filter({ hasText: 'Mốc năm 2032 nằm ngoài các năm 2025–2030 của chỉ tiêu.' })
  ).toBeVisible()
  await expect(milestones).toHaveAttribute('aria-invalid', 'true')
  await page.getByLabel('Hạn (năm) 3', { exact: true }).fill('2020')
  await expect(
    page.getByRole('alert').filter({ hasText: 'Hạn 2020 ở trước năm bắt đầu phong trào (2025).' })
  ).toBeVisible()
  await screenshot(page, 'movement-lists-02-target-problems')
  // Held back by a field to fix, the targets are not saved: a reload asks first.
  expect(await shell.reloadAndSee('stay')).toBe('beforeunload')
  await page.getByLabel('Hạn (năm) 3', { exact: true }).fill('')
  await expect(
    page.getByRole('alert').filter({ hasText: 'Hạn phải là một năm, ví dụ 2030.' })
  ).toBeVisible()
  // An emptied level is refused on its field, never read as 0 %.
  const level = page.getByLabel('Mức (%) 1', { exact: true })
  await level.fill('')
  await expect(level).toHaveAttribute('aria-invalid', 'true')
  await level.fill('95')
  await page.getByLabel('Hạn (năm) 3', { exact: true }).fill('2030')
  await milestones.fill('2027:92, 2028:94,5')
  await milestones.press('Tab')
  await expect(page.getByRole('alert')).toHaveCount(0)
  await expect(shell.saveStatus).toContainText('Đã lưu')
  await page.reload()
  await expect(page.getByLabel('Mốc từng năm 2', { exact: true })).toHaveValue('2027:92, 2028:94.5')
  await tab(page, 'Đơn vị').click()
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click()
  await page.getByRole('textbox', { name: 'Tên đơn vị' }).fill('Tổ dân phố số 7')
  await page.getByRole('button', { name: 'Thêm đơn vị' }).click()
  await page.getByRole('textbox', { name: 'Tên đơn vị' }).nth(1).fill('Tổ dân phố số 8')
  await expect(page.getByTestId('units-count')).toHaveText('2 đơn vị, 2 tổ dân phố, 0 hộ')
  await tab(page, 'Đăng ký & kết quả').click()
  const grid = page.getByRole('table', { name: 'Đăng ký & kết quả 2025' })
  await grid
    .getByLabel('Danh hiệu đăng ký Tổ dân phố số 7')
    .selectOption({ label: 'Tổ dân phố văn hóa' })
  await expect(grid.getByLabel('Kết quả cuối năm Tổ dân phố số 7')).toBeEnabled()

  // --- the group's list of households titled "Gia đình văn hóa", typed and corrected ---
  await grid.getByLabel('Số hộ Tổ dân phố số 7').fill('40')
  await grid
    .getByRole('button', { name: 'Danh sách hộ đạt "Gia đình văn hóa" Tổ dân phố số 7' })
    .click()
  const names = page.getByRole('dialog', { name: /Tổ dân phố số 7, năm 2025/ })
  await names.getByRole('button', { name: 'Thêm hộ' }).click()
  await names.getByLabel('Chủ hộ 1').fill('Nguyễn Văn  Hải')
  await names.getByLabel('Chủ hộ 1').press('Enter')
  await expect(names.getByLabel('Chủ hộ 2')).toBeFocused()
  await names.getByLabel('Chủ hộ 2').fill('Trần Thị Lan')
  await expect(names).toContainText('2 hộ có tên trong danh sách, trên 40 hộ của tổ.')
  await expect(grid.getByLabel('Hộ đạt GĐVH Tổ dân phố số 7')).toHaveValue('2')
  await screenshot(page, 'movement-lists-03-household-names')
  await names.getByRole('button', { name: 'Xong' }).click()
  await expect(names).toBeHidden()
  await expect(shell.saveStatus).toContainText('Đã lưu')
  await page.reload()
  await expect(grid.getByLabel('Hộ đạt GĐVH Tổ dân phố số 7')).toHaveValue('2')
  await grid
    .getByRole('button', { name: 'Danh sách hộ đạt "Gia đình văn hóa" Tổ dân phố số 7' })
    .click()
  await expect(names.getByLabel('Chủ hộ 1')).toHaveValue('Nguyễn Văn Hải')
  await names.getByLabel('Chủ hộ 2').fill('Trần Thị Lan Anh')
  await names.getByRole('button', { name: 'Bỏ hộ 1' }).click()
  await expect(grid.getByLabel('Hộ đạt GĐVH Tổ dân phố số 7')).toHaveValue('1')
  await names.getByRole('button', { name: 'Xong' }).click()
  await expect(shell.saveStatus).toContainText('Đã lưu')
  await page.reload()
  await grid
    .getByRole('button', { name: 'Danh sách hộ đạt "Gia đình văn hóa" Tổ dân phố số 7' })
    .click()
  await expect(names.getByLabel('Chủ hộ 1')).toHaveValue('Trần Thị Lan Anh')
  await expect(names.getByLabel('Chủ hộ 2')).toHaveCount(0)
  await names.getByRole('button', { name: 'Xong' }).click()

  // --- a title in use: refused, naming where; retired instead ---
  await tab(page, 'Danh hiệu thi đua').click()
  await page.getByRole('button', { name: 'Xóa Tổ dân phố văn hóa' }).click()
  await dialog(page, 'Xóa danh hiệu').getByRole('button', { name: 'Xóa' }).click()
  await expect(dialog(page, 'Không xóa được')).toContainText(
    '“Tổ dân phố văn hóa” đang được dùng ở: đăng ký và kết quả năm 2025 (1); chỉ tiêu “Phong trào thi đua yêu nước giai đoạn 2025 - 2030 — Tổ dân phố đạt danh hiệu "Tổ dân phố văn hóa"”.'
  )
  await screenshot(page, 'movement-lists-04-title-in-use')
  await dialog(page, 'Không xóa được').getByRole('button', { name: 'Ngừng dùng' }).click()
  await expect(shell.toast(/Đã ngừng dùng danh hiệu “Tổ dân phố văn hóa”/)).toBeVisible()
  await expect(page.getByLabel('Dùng khi nhập mới Tổ dân phố văn hóa')).not.toBeChecked()
  // Kept for 2025's registration, no longer offered to a new one.
  await tab(page, 'Đăng ký & kết quả').click()
  await expect(grid.getByLabel('Danh hiệu đăng ký Tổ dân phố số 7')).toHaveValue(
    'title-tdp-van-hoa'
  )
  await expect(
    grid.getByLabel('Danh hiệu đăng ký Tổ dân phố số 8').getByRole('option', {
      name: 'Tổ dân phố văn hóa'
    })
  ).toHaveCount(0)

  // --- a unit in use: refused, naming the year; stopped tracking instead ---
  await tab(page, 'Đơn vị').click()
  await page.getByRole('button', { name: 'Xóa Tổ dân phố số 7' }).click()
  await dialog(page, 'Xóa đơn vị').getByRole('button', { name: 'Xóa' }).click()
  await expect(dialog(page, 'Không xóa được')).toContainText(
    '“Tổ dân phố số 7” đang được dùng ở: đăng ký và kết quả năm 2025 (1); số hộ đạt "Gia đình văn hóa" năm 2025.'
  )
  await screenshot(page, 'movement-lists-05-unit-in-use')
  await dialog(page, 'Không xóa được').getByRole('button', { name: 'Ngừng theo dõi' }).click()
  await expect(page.getByLabel('Đang theo dõi Tổ dân phố số 7')).not.toBeChecked()

  // --- an unused unit: deleted after asking, and undone ---
  await page.getByRole('button', { name: 'Xóa Tổ dân phố số 8' }).click()
  await expect(dialog(page, 'Xóa đơn vị')).toContainText(
    'Xóa đơn vị “Tổ dân phố số 8” khỏi danh sách của phường?'
  )
  await dialog(page, 'Xóa đơn vị').getByRole('button', { name: 'Xóa' }).click()
  await expect(shell.toast(/Đã xóa đơn vị “Tổ dân phố số 8”/)).toBeVisible()
  await expect(page.getByTestId('units-count')).toHaveText('1 đơn vị, 1 tổ dân phố, 0 hộ')
  await shell.undoButton.click()
  await expect(page.getByTestId('units-count')).toHaveText('2 đơn vị, 2 tổ dân phố, 0 hộ')

  // --- a proposal's attachments: kept, listed, opened, refused with the reason, removed ---
  await tab(page, 'Đề nghị khen thưởng').click()
  await page.getByRole('button', { name: 'Lập đề nghị' }).click()
  const files = page.getByRole('region', { name: 'Tệp kèm theo' })
  await expect(files).toContainText('Chưa có tệp kèm theo')
  const chooser = files.getByLabel('Đính kèm tệp…')
  await chooser.setInputFiles([
    {
      name: 'Tờ trình đề nghị.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n')
    },
    { name: 'virus.exe', mimeType: 'application/octet-stream', buffer: Buffer.from('MZ') }
  ])
  await expect(shell.toast(/Tệp “virus.exe” không phải PDF, ảnh/)).toBeVisible()
  await expect(files.getByRole('listitem')).toHaveCount(1)
  await expect(files.getByRole('listitem')).toContainText('Tờ trình đề nghị.pdf')
  await chooser.setInputFiles({
    name: 'anh-chup.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('not really a pdf')
  })
  await expect(
    shell.toast('Nội dung tệp “anh-chup.pdf” không đúng loại tệp như phần đuôi tên của nó.')
  ).toBeVisible()
  await screenshot(page, 'movement-lists-06-attachments')
  // The file opens in a tab of its own, served from the documents route. (The headless shell
  // has no PDF viewer, so the tab's address may never change: the served reply is checked.)
  const served = page
    .context()
    .waitForEvent('response', (r) => /\/documents\/[0-9a-f]{32}\/T/.test(r.url()))
  const tab2 = page.waitForEvent('popup')
  await files.getByRole('button', { name: 'Mở Tờ trình đề nghị.pdf' }).click()
  const viewer = await tab2
  const reply = await served
  expect(reply.status()).toBe(200)
  expect(reply.headers()['content-type']).toContain('application/pdf')
  await viewer.close()
  await files.getByRole('button', { name: 'Xóa tệp Tờ trình đề nghị.pdf' }).click()
  await page.getByRole('dialog').getByRole('button', { name: 'Đồng ý' }).click()
  await expect(files).toContainText('Chưa có tệp kèm theo')
})
