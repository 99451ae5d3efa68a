import { AppShell } from './pages/app-shell'
import { CertificatesSection } from './pages/certificates-section'
import { EventListPage } from './pages/event-list-page'
import { expect, screenshot, test } from './pages/page-problems'

test('on a new event: the zip file-name pattern saves as typed, a bad one says so and asks before a reload', async ({
  page,
  dais
}) => {
  test.setTimeout(120_000)
  const shell = new AppShell(page)
  await shell.open(dais.url)
  await new EventListPage(page).createEvent({ title: 'Hội nghị điển hình tiên tiến' })
  await page.getByRole('tab', { name: 'In giấy khen' }).click()
  const batch = new CertificatesSection(page)
  const output = batch.root.getByRole('radiogroup', { name: 'Kết quả' })
  const zip = output.getByRole('radio', { name: 'Mỗi giấy khen một tệp (ZIP)' })
  // The choice waits for the event's saved settings (force skips Playwright's own wait for it).
  await expect(zip).toBeEnabled()
  await zip.check({ force: true })
  const pattern = batch.root.getByRole('textbox', { name: 'Tên tệp' })
  await pattern.fill('GK_{so}_{ten}.pdf')

  // Reloaded at once: the choice and the pattern are the event's.
  expect(await shell.reloadAndSee('stay')).toBe('none')
  await page.getByRole('tab', { name: 'In giấy khen' }).click()
  await expect(pattern).toHaveValue('GK_{so}_{ten}.pdf')

  // A pattern with a field Dais does not know, then an empty one: said on the field, not saved.
  await pattern.fill('GK_{hoten}.pdf')
  await expect(pattern).toHaveAttribute('aria-invalid', 'true')
  await expect(pattern).toHaveAccessibleDescription(
    'Không có ô {hoten}: chỉ dùng {stt}, {stt:03}, {ten}, {so}.'
  )
  await pattern.fill('')
  await expect(pattern).toHaveAccessibleDescription(
    'Cần nhập mẫu tên tệp, ví dụ {stt:03}_{ten}.pdf.'
  )
  await screenshot(page, 'batch-name-pattern-refused')
  expect(await shell.reloadAndSee('leave')).toBe('beforeunload')
  await page.getByRole('tab', { name: 'In giấy khen' }).click()
  await expect(pattern).toHaveValue('GK_{so}_{ten}.pdf')
})
