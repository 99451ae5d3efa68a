import { readSavedFile } from '../src/core/storage/journal-recovery'
import { AppShell } from './pages/app-shell'
import { AuditLogPage } from './pages/audit-log-page'
import { EventListPage } from './pages/event-list-page'
import { EventWorkspacePage } from './pages/event-workspace-page'
import { expect, test } from './pages/page-problems'

test.beforeEach(async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`Unexpected ${dialog.type()} dialog: ${dialog.message()}`)
  })
})

test('duplicate, archive, delete with confirmation, and undo by button and Ctrl+Z', async ({
  page,
  dais
}) => {
  const shell = new AppShell(page)
  const home = new EventListPage(page)
  const audit = new AuditLogPage(page)
  const title = 'Hội nghị cán bộ, công chức năm 2025'
  const copy = `${title} (bản sao)`

  await shell.open(dais.url)
  // Nothing done yet: nothing to undo.
  await expect(shell.undoButton).toBeDisabled()
  await home.createEvent({ title, kind: 'Hội nghị', date: '10/01/2025' })
  await shell.goTo('Sự kiện')
  await expect(shell.undoButton).toBeEnabled()

  await home.rowButton(title, 'Nhân bản').click()
  await expect(home.titleLink(copy)).toBeVisible()
  await expect(home.titleLink(title)).toBeVisible()

  await home.rowButton(copy, 'Lưu trữ').click()
  await expect(home.titleLink(copy)).toBeHidden()
  await home.setShowArchived(true)
  await expect(home.row(copy)).toContainText('Đã lưu trữ')
  await expect(home.rowButton(copy, 'Bỏ lưu trữ')).toBeVisible()
  await home.setShowArchived(false)
  await expect(home.titleLink(copy)).toBeHidden()

  // Cancelling the confirmation keeps the event.
  await home.rowButton(title, 'Xóa').click()
  const confirm = page.getByRole('dialog', { name: 'Xóa sự kiện' })
  await confirm.getByRole('button', { name: 'Hủy', exact: true }).click()
  await expect(confirm).toBeHidden()
  await expect(home.titleLink(title)).toBeVisible()

  await home.deleteEvent(title)
  await expect(home.titleLink(title)).toBeHidden()
  await shell.undoButton.click()
  await expect(shell.toast(`Đã hoàn tác: Xóa sự kiện “${title}”`)).toBeVisible()
  await expect(home.titleLink(title)).toBeVisible()

  await home.deleteEvent(title)
  await expect(home.titleLink(title)).toBeHidden()
  await home.heading.click()
  await page.keyboard.press('Control+z')
  await expect(home.titleLink(title)).toBeVisible()

  // Ctrl+Z inside a text field is the field's own undo, not the app's.
  await home.deleteEvent(title)
  await home.createButton.click()
  await page.getByRole('dialog', { name: 'Tạo sự kiện' }).getByLabel('Tên sự kiện').fill('x')
  await page.keyboard.press('Control+z')
  await page.keyboard.press('Escape')
  await expect(home.titleLink(title)).toBeHidden()

  await shell.goTo('Nhật ký')
  await expect(audit.row(`Hoàn tác: Xóa sự kiện “${title}”`)).toHaveCount(2)
  await expect(audit.row(`Nhân bản sự kiện thành “${copy}”`)).toBeVisible()
  await expect(audit.row(`Lưu trữ sự kiện “${copy}”`)).toBeVisible()
})

test('invalid input shows a message on the field and saves nothing', async ({ page, dais }) => {
  const shell = new AppShell(page)
  const home = new EventListPage(page)
  await shell.open(dais.url)

  const dialog = await home.openCreateDialog()
  await dialog.fill({ title: '   ', periodFrom: '2025', periodTo: '2020', startTime: '25:00' })
  await dialog.submit()
  await expect(dialog.message('Vui lòng nhập tên sự kiện')).toBeVisible()
  await expect(dialog.message('“Đến năm” không được nhỏ hơn “Từ năm”')).toBeVisible()
  await expect(dialog.message('Giờ phải có dạng HH:MM, ví dụ 07:30')).toBeVisible()
  await expect(dialog.root).toBeVisible()

  // Fixing one field clears only its message.
  await dialog.fill({ startTime: '07:30' })
  await dialog.submit()
  await expect(dialog.message('Giờ phải có dạng HH:MM, ví dụ 07:30')).toBeHidden()
  await expect(dialog.message('Vui lòng nhập tên sự kiện')).toBeVisible()

  await dialog.cancelButton.click()
  await expect(dialog.root).toBeHidden()
  await expect(home.emptyState).toBeVisible()
  // Straight from the server: nothing was saved.
  const saved = await page.evaluate('window.dais.listEvents({ includeArchived: true })')
  expect(saved).toEqual({ ok: true, value: [] })
})

test('text is saved as NFC with single spaces, and markup is shown literally', async ({
  page,
  dais
}) => {
  const shell = new AppShell(page)
  const home = new EventListPage(page)
  const workspace = new EventWorkspacePage(page)
  await shell.open(dais.url)

  const typed = '  Đại hội   Thi đua  phường Tiền Phong '.normalize('NFD')
  const clean = 'Đại hội Thi đua phường Tiền Phong'
  expect(typed).not.toBe(clean)
  await home.createEvent({ title: typed, venue: 'Hội  trường'.normalize('NFD') })
  await expect(workspace.heading(clean)).toBeVisible()
  expect((await workspace.heading(clean).textContent())?.trim()).toBe(clean)
  await expect(workspace.detailRow('Địa điểm')).toContainText('Hội trường')

  const stored = JSON.stringify((await readSavedFile(dais.dataDir)).data)
  expect(stored).toContain(clean)
  expect(stored).toContain('"Hội trường"')
  expect(stored).not.toContain('Đại hội'.normalize('NFD'))

  const markup = '<img src=x onerror=alert(1)>'
  await shell.goTo('Sự kiện')
  await home.createEvent({ title: markup })
  await expect(workspace.heading(markup)).toBeVisible()
  await expect(page.getByRole('img', { name: 'x' })).toHaveCount(0)
  await shell.goTo('Sự kiện')
  await expect(home.titleLink(markup)).toBeVisible()
  await shell.goTo('Nhật ký')
  await expect(new AuditLogPage(page).row(`Tạo sự kiện “${markup}”`)).toBeVisible()
  expect(await page.locator('img[src="x"]').count()).toBe(0)
})

test('a wrong-code-page Ð is flagged under the field and replaced only when asked', async ({
  page,
  dais
}) => {
  const shell = new AppShell(page)
  const home = new EventListPage(page)
  const workspace = new EventWorkspacePage(page)
  await shell.open(dais.url)

  const dialog = await home.openCreateDialog()
  await dialog.fill({ title: 'ÐẠI HỘI' })
  await expect(
    dialog.message('Có ký tự “Ð” (mã U+00D0) giống chữ Đ nhưng sai bảng mã')
  ).toBeVisible()
  // Typing alone never changes the value.
  await expect(dialog.title).toHaveValue('ÐẠI HỘI')
  await dialog.suspectFix('Đ').click()
  await expect(dialog.title).toHaveValue('ĐẠI HỘI')
  await expect(dialog.message(/sai bảng mã/)).toBeHidden()

  await dialog.fill({ organiser: 'Phường Tiền Phong \uFFFD' })
  await expect(
    dialog.message('Có ký tự lỗi “\uFFFD” — văn bản có thể bị hỏng khi chép.')
  ).toBeVisible()
  await expect(dialog.root.getByRole('button', { name: /^Sửa thành/ })).toHaveCount(0)
  await dialog.fill({ organiser: 'Phường Tiền Phong' })

  await dialog.submit()
  await expect(dialog.root).toBeHidden()
  await expect(workspace.heading('ĐẠI HỘI')).toBeVisible()
  await shell.goTo('Sự kiện')
  await expect(home.titleLink('ĐẠI HỘI')).toBeVisible()
  const stored = JSON.stringify((await readSavedFile(dais.dataDir)).data)
  expect(stored).toContain('"ĐẠI HỘI"')
  expect(stored).not.toContain('Ð')
})
