import { AppShell } from './pages/app-shell'
import { EventListPage } from './pages/event-list-page'
import { expect, screenshot, test } from './pages/page-problems'

test('a number out of range is said on the field and never saved: the hall keeps its rows after a reload', async ({
  page,
  dais
}) => {
  test.setTimeout(150_000)
  const shell = new AppShell(page)
  await shell.open(dais.url)
  await new EventListPage(page).openSampleButton.click()
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tiền Phong')
  await page.getByRole('tab', { name: 'Chỗ ngồi' }).click()
  const hall = page.getByRole('region', { name: 'Hội trường' })
  const rows = hall.getByRole('spinbutton', { name: 'Số hàng A', exact: true })
  await expect(rows).toHaveValue('6')
  const seats = hall.getByText(/^\d+ ghế$/)
  const seatsBefore = await seats.textContent()

  // 500 rows where at most 60 fit: what was typed stays, with the reason, and nothing is saved.
  await rows.fill('500')
  await rows.press('Tab')
  const message = hall.getByRole('alert').filter({ hasText: 'Giá trị phải từ 1 đến 60.' })
  await expect(message).toBeVisible()
  await expect(rows).toHaveValue('500')
  await expect(rows).toHaveAttribute('aria-invalid', 'true')
  await expect(seats).toHaveText(seatsBefore!)
  await expect(shell.toast('Đã lưu hội trường.')).toHaveCount(0)
  await screenshot(page, 'number-field-out-of-range')

  // Leaving with it asks first; the stored hall still has its 6 rows.
  expect(await shell.reloadAndSee('leave')).toBe('beforeunload')
  await page.getByRole('tab', { name: 'Chỗ ngồi' }).click()
  await expect(rows).toHaveValue('6')
  await expect(message).toHaveCount(0)

  // A value in range is saved as before; the spinner stops at the bound without a word.
  await rows.fill('60')
  await rows.press('Tab')
  await expect(shell.toast('Đã lưu hội trường.')).toBeVisible()
  await rows.press('ArrowUp')
  await expect(rows).toHaveValue('60')
  await expect(message).toHaveCount(0)
  expect(await shell.reloadAndSee('stay')).toBe('none')
  await page.getByRole('tab', { name: 'Chỗ ngồi' }).click()
  await expect(rows).toHaveValue('60')
})

test('an award form refuses a rank out of range on the field, and saves once it is in range', async ({
  page,
  dais
}) => {
  const shell = new AppShell(page)
  await shell.open(`${dais.url}#/award-forms`)
  await page.getByRole('main').getByRole('button', { name: 'Thêm hình thức', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Thêm hình thức khen' })
  await dialog.getByRole('textbox', { name: 'Tên hình thức' }).fill('Bằng khen thử')
  const rank = dialog.getByRole('spinbutton', { name: 'Thứ bậc (1 = cao nhất)' })
  await rank.fill('5000')
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click()
  await expect(dialog.getByRole('alert')).toHaveText('Giá trị phải từ 1 đến 1000.')
  await expect(rank).toHaveValue('5000')
  await expect(dialog).toBeVisible()
  await screenshot(page, 'number-field-award-rank')
  await rank.fill('60')
  await expect(dialog.getByRole('alert')).toHaveCount(0)
  await dialog.getByRole('button', { name: 'Lưu', exact: true }).click()
  await expect(dialog).toBeHidden()
  const row = page.getByRole('main').getByRole('row').filter({ hasText: 'Bằng khen thử' })
  await expect(row).toContainText('60')
})
