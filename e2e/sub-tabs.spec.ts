import { AppShell } from './pages/app-shell'
import { EventListPage } from './pages/event-list-page'
import { expect, screenshot, test } from './pages/page-problems'

test('a reload returns to the open sub-tab, of an event section, a roster’s detail and the certificate setup', async ({
  page,
  dais
}) => {
  test.setTimeout(120_000)
  const shell = new AppShell(page)
  await shell.open(dais.url)
  await new EventListPage(page).createEvent({ title: 'Hội nghị điển hình tiên tiến' })
  const main = page.getByRole('main')
  const selected = (name: string) =>
    expect(main.getByRole('tab', { name, exact: true })).toHaveAttribute('aria-selected', 'true')

  await main.getByRole('tab', { name: 'Thẻ & giấy mời', exact: true }).click()
  await main.getByRole('tab', { name: 'Giấy mời', exact: true }).click()
  await expect(page).toHaveURL(/[?&]sub=invitations/)
  expect(await shell.reloadAndSee('stay')).toBe('none')
  await selected('Thẻ & giấy mời')
  await selected('Giấy mời')

  // Another section starts on its first sub-tab; its own choice is kept over a reload too.
  await main.getByRole('tab', { name: 'Điểm danh', exact: true }).click()
  await expect(page).not.toHaveURL(/[?&]sub=/)
  await selected('Bàn điểm danh')
  await main.getByRole('tab', { name: 'Tổng hợp', exact: true }).click()
  expect(await shell.reloadAndSee('stay')).toBe('none')
  await selected('Điểm danh')
  await selected('Tổng hợp')
  await screenshot(page, 'sub-tab-after-reload')

  // A roster's detail keeps its sub-tab in the address too.
  await main.getByRole('tab', { name: 'Danh sách & phê duyệt', exact: true }).click()
  await main.getByRole('button', { name: 'Thêm danh sách', exact: true }).click()
  const create = page.getByRole('dialog', { name: 'Danh sách mới' })
  await create.getByLabel('Tên danh sách').fill('Đại biểu dự Đại hội')
  await create.getByRole('button', { name: 'Thêm danh sách', exact: true }).click()
  await expect(create).toBeHidden()
  await selected('Thành viên')
  await main.getByRole('tab', { name: 'Lịch sử phiên bản', exact: true }).click()
  await expect(page).toHaveURL(/[?&]sub=history/)
  expect(await shell.reloadAndSee('stay')).toBe('none')
  await selected('Danh sách & phê duyệt')
  await selected('Lịch sử phiên bản')
  await expect(main.getByRole('list', { name: 'Các phiên bản' })).toBeVisible()
  await screenshot(page, 'roster-sub-tab-after-reload')

  // Which roster is open is in the address too; one deleted in another tab gives way quietly.
  await main.getByRole('button', { name: 'Thêm danh sách', exact: true }).click()
  await create.getByLabel('Tên danh sách').fill('Khách mời')
  await create.getByRole('button', { name: 'Thêm danh sách', exact: true }).click()
  await expect(create).toBeHidden()
  const rosterList = main.getByRole('list', { name: 'Các danh sách của sự kiện' })
  const openRoster = rosterList.locator('[aria-current="true"]')
  await expect(openRoster).toContainText('Khách mời')
  await expect(page).toHaveURL(/[?&]roster=/)
  expect(await shell.reloadAndSee('stay')).toBe('none')
  await expect(openRoster).toContainText('Khách mời')
  await expect(main.getByRole('heading', { level: 2, name: 'Khách mời' })).toBeVisible()
  const other = await page.context().newPage()
  // The same address, as a shared link: it opens the same roster.
  await new AppShell(other).open(`${dais.url}${new URL(page.url()).hash}`)
  const otherMain = other.getByRole('main')
  await expect(otherMain.getByRole('heading', { level: 2, name: 'Khách mời' })).toBeVisible()
  await otherMain.getByRole('button', { name: 'Xóa danh sách', exact: true }).click()
  await other.getByRole('dialog').getByRole('button', { name: 'Xóa danh sách' }).click()
  await expect(
    otherMain.getByRole('heading', { level: 2, name: 'Đại biểu dự Đại hội' })
  ).toBeVisible()
  await other.close()
  await expect(openRoster).toContainText('Đại biểu dự Đại hội')
  await expect(main.getByRole('heading', { level: 2, name: 'Đại biểu dự Đại hội' })).toBeVisible()
  await expect(page.getByRole('alert')).toHaveCount(0)

  await shell.nav.getByRole('link', { name: 'Mẫu in & máy in', exact: true }).click()
  await main.getByRole('tab', { name: 'Hiệu chỉnh máy in', exact: true }).click()
  expect(await shell.reloadAndSee('stay')).toBe('none')
  await selected('Hiệu chỉnh máy in')
})
