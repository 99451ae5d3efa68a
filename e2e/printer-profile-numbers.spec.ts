import { AppShell } from './pages/app-shell'
import { expect, screenshot, test } from './pages/page-problems'

test('the printer-profile dialog says so on a number emptied or out of range, and saves no bad value', async ({
  page,
  dais
}) => {
  test.setTimeout(120_000)
  const shell = new AppShell(page)
  await shell.open(`${dais.url}#/certificate-setup?tab=profiles`)
  await page.getByRole('button', { name: 'Thêm máy in', exact: true }).click()
  const dialog = page.getByRole('dialog', { name: 'Thêm máy in' })
  await dialog.getByLabel('Tên máy in / loại phôi').fill('Canon LBP 2900 — phôi A4')
  const offset = dialog.getByLabel('Dịch sang phải (mm)')
  const save = dialog.getByRole('button', { name: 'Lưu', exact: true })

  await offset.fill('')
  await expect(offset).toHaveAccessibleDescription('Cần nhập một số.')
  await save.click()
  await expect(dialog).toBeVisible()
  await offset.fill('80')
  await expect(offset).toHaveAccessibleDescription('Giá trị phải từ -50 đến 50.')
  await screenshot(page, 'printer-profile-number-refused')
  await save.click()
  await expect(dialog).toBeVisible()
  const none = (await page.evaluate('window.dais.listPrinterProfiles({})')) as { value: unknown[] }
  expect(none.value).toEqual([])

  // A third decimal is refused on the field, never rounded to 1.23.
  await offset.fill('1.234')
  await offset.press('Tab')
  await expect(offset).toHaveValue('1.234')
  await expect(offset).toHaveAccessibleDescription('Chỉ được tối đa 2 chữ số sau dấu thập phân.')
  await screenshot(page, 'printer-profile-decimals-refused')
  await save.click()
  await expect(dialog).toBeVisible()

  await offset.fill('1.5')
  await expect(offset).not.toHaveAttribute('aria-invalid', 'true')
  await save.click()
  await expect(dialog).toBeHidden()
  await expect(page.getByRole('row').filter({ hasText: 'Canon LBP 2900 — phôi A4' })).toContainText(
    '+1.5 / 0 mm'
  )
})
