import { AppShell } from './pages/app-shell'
import { DelegatesSectionPage } from './pages/delegates-section-page'
import { EventListPage } from './pages/event-list-page'
import { screenshot } from './fixtures/dais'
import { expect, test } from './pages/page-problems'

test('the sample congress: Vietnamese order, search without accents, filters, inline edit, bulk edit, undo', async ({
  page,
  dais
}) => {
  const shell = new AppShell(page)
  const home = new EventListPage(page)
  const delegates = new DelegatesSectionPage(page)

  await shell.open(dais.url)
  await home.openSampleButton.click()
  await delegates.open()
  await expect(delegates.status).toContainText('120 / 120 đại biểu')

  // Given name first: every rendered row's given name is in Vietnamese order.
  const names = await delegates.shownNames()
  expect(names.length).toBeGreaterThan(8)
  const given = names.map((n) => n.split(' ').pop() as string)
  const collator = new Intl.Collator('vi')
  expect(given.slice().sort(collator.compare)).toEqual(given)
  await screenshot(page, 'delegates-sample-table')

  await delegates.search.fill('nguyen van hung')
  await expect(delegates.rows).toHaveCount(1)
  await expect(delegates.row('Nguyễn Văn Hùng')).toBeVisible()
  await delegates.search.fill('')

  await delegates.filter('Dân tộc').fill('tay')
  await expect(delegates.status).toContainText(/^\d+ \/ 120 đại biểu/)
  for (const row of await delegates.rows.all()) await expect(row).toContainText('Tày')
  await delegates.filter('Giới tính').selectOption('female')
  for (const row of await delegates.rows.all()) await expect(row).toContainText('Nữ')
  await screenshot(page, 'delegates-filtered')
  await delegates.section.getByRole('button', { name: 'Bỏ lọc' }).click()
  await delegates.filter('Dân tộc').fill('')
  await delegates.filter('Giới tính').selectOption('')
  await expect(delegates.status).toContainText('120 / 120 đại biểu')
  // Nothing selected yet: the buttons that need a selection say why they are off.
  await expect(delegates.bulkEditButton).toBeDisabled()
  for (const button of [delegates.bulkEditButton, delegates.deleteButton])
    await expect(button).toHaveAttribute('title', /^Chọn đại biểu trong bảng trước/)

  // Inline edit of the position, then Ctrl+Z brings it back.
  await delegates.search.fill('Nguyễn Văn Hùng')
  await delegates.editCell('Nguyễn Văn Hùng', 7, 'Chủ tịch UBND phường')
  await expect(delegates.cell('Nguyễn Văn Hùng', 7)).toHaveText('Chủ tịch UBND phường')
  await delegates.grid.focus()
  await page.keyboard.press('Control+z')
  await expect(delegates.cell('Nguyễn Văn Hùng', 7)).toHaveText('Chủ tịch Ủy ban nhân dân phường')

  // Multi-select with Shift+click (a range of rows, not of text) and a bulk edit of the units.
  // Each step waits for what the previous one shows, so a slow machine only makes it slower.
  await delegates.search.fill('Tổ dân phố số 1')
  await expect(delegates.status).toContainText(/^(?!120 )\d+ \/ 120 đại biểu/)
  const rows = delegates.rows
  await rows.nth(0).getByRole('gridcell').nth(2).click()
  await expect(delegates.status).toContainText('Đã chọn 1')
  await rows
    .nth(2)
    .getByRole('gridcell')
    .nth(2)
    .click({ modifiers: ['Shift'] })
  await expect(delegates.status).toContainText('Đã chọn 3')
  await expect(delegates.bulkEditButton).not.toHaveAttribute('title')
  expect(await page.evaluate('String(window.getSelection())')).toBe('')
  await delegates.bulkEditButton.click()
  const bulk = delegates.dialog('Sửa 3 đại biểu cùng lúc')
  await bulk.getByText('Đổi Đơn vị, nơi cư trú').click()
  await bulk.getByRole('textbox', { name: 'Đơn vị, nơi cư trú' }).fill('Tổ dân phố số 1A')
  await screenshot(page, 'delegates-bulk-edit')
  await bulk.getByRole('button', { name: 'Áp dụng cho 3 đại biểu' }).click()
  await expect(bulk).toBeHidden()
  await delegates.search.fill('Tổ dân phố số 1A')
  await expect(delegates.rows).toHaveCount(3)
})

test('add a delegate by the dialog, warned as a duplicate of a look-alike name', async ({
  page,
  dais
}) => {
  const shell = new AppShell(page)
  const home = new EventListPage(page)
  const delegates = new DelegatesSectionPage(page)
  await shell.open(dais.url)
  await home.openSampleButton.click()
  await delegates.open()

  await delegates.addButton.click()
  const form = delegates.dialog('Thêm đại biểu')
  await form.getByRole('textbox', { name: 'Họ và tên' }).fill('  nguyễn  văn HÙNG ')
  await form.getByRole('textbox', { name: 'Dân tộc' }).fill('Kinh')
  await form.getByRole('spinbutton', { name: 'Năm sinh' }).fill('1970')
  await screenshot(page, 'delegates-add-dialog')
  await form.getByRole('button', { name: 'Lưu' }).click()
  await expect(form).toBeHidden()
  await expect(shell.toast(/nguyễn văn HÙNG có thể trùng/)).toBeVisible()
  await expect(delegates.status).toContainText('121 / 121 đại biểu')
  await expect(delegates.section.getByText('1 nhóm đại biểu có thể bị trùng tên')).toBeVisible()
  await screenshot(page, 'delegates-duplicate-warning')
})
