import { AppShell } from './pages/app-shell'
import { EventListPage } from './pages/event-list-page'
import { RostersSection } from './pages/rosters-section'
import { screenshot } from './fixtures/dais'
import { expect, test } from './pages/page-problems'

test('a dialog with something typed asks before Esc or the × drops it; an untouched one just closes', async ({
  page,
  dais
}) => {
  test.setTimeout(120_000)
  const shell = new AppShell(page)
  const rosters = new RostersSection(page)
  await shell.open(dais.url)
  await new EventListPage(page).openSampleButton.click()
  await rosters.open()
  const askDiscard = page.getByRole('dialog', { name: 'Bỏ nội dung vừa nhập?' })

  // A new roster: untouched, Esc closes at once; a typed name is asked about and kept.
  const addRoster = page.getByRole('main').getByRole('button', { name: 'Thêm danh sách' })
  const create = page.getByRole('dialog', { name: 'Danh sách mới' })
  await addRoster.click()
  await expect(create).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(create).toBeHidden()
  await addRoster.click()
  await create.getByLabel('Tên danh sách').fill('Ban Tổ chức')
  await page.keyboard.press('Escape')
  await expect(askDiscard).toBeVisible()
  await askDiscard.getByRole('button', { name: 'Tiếp tục nhập' }).click()
  await expect(create.getByLabel('Tên danh sách')).toHaveValue('Ban Tổ chức')
  await create.getByRole('button', { name: 'Đóng hộp thoại này' }).click()
  await askDiscard.getByRole('button', { name: 'Bỏ nội dung' }).click()
  await expect(create).toBeHidden()
  await expect(rosters.roster('Ban Tổ chức')).toHaveCount(0)

  // A new version's reason.
  await rosters.roster('Đại biểu dự Đại hội').first().click()
  await rosters.newVersionButton.click()
  const newVersion = page.getByRole('dialog', { name: 'Tạo phiên bản mới' })
  await newVersion.getByLabel('Lý do thay đổi').fill('Bổ sung')
  await page.keyboard.press('Escape')
  await expect(askDiscard).toBeVisible()
  await askDiscard.getByRole('button', { name: 'Bỏ nội dung' }).click()
  await expect(newVersion).toBeHidden()
  await rosters.createNewVersion('Bổ sung')

  // Approval: only a half-typed date in it is still something typed, never "no change".
  await rosters.approveButton.click()
  const approve = page.getByRole('dialog', { name: 'Phê duyệt danh sách' })
  const decidedOn = approve.getByRole('textbox', { name: 'Ngày biểu quyết / văn bản' })
  const shown = await decidedOn.inputValue()
  await decidedOn.fill('31/02/20')
  await page.keyboard.press('Escape')
  await expect(askDiscard).toBeVisible()
  await screenshot(page, 'dialog-guard-unreadable-date')
  await askDiscard.getByRole('button', { name: 'Tiếp tục nhập' }).click()
  await expect(decidedOn).toHaveValue('31/02/20')
  await expect(decidedOn).toHaveAttribute('aria-invalid', 'true')
  // A reload with it open asks too.
  expect(await shell.reloadAndSee('stay')).toBe('beforeunload')
  await expect(decidedOn).toHaveValue('31/02/20')
  // Dropped on purpose: opened again, the field shows the saved day, not the old text.
  await approve.getByRole('button', { name: 'Đóng hộp thoại này' }).click()
  await askDiscard.getByRole('button', { name: 'Bỏ nội dung' }).click()
  await expect(approve).toBeHidden()
  await rosters.approveButton.click()
  await expect(decidedOn).toHaveValue(shown)
  await expect(approve.getByRole('alert')).toHaveCount(0)
  await page.keyboard.press('Escape')
  await expect(approve).toBeHidden()
})
