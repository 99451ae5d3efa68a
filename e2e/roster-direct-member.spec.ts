import { screenshot } from './fixtures/dais'
import { AppShell } from './pages/app-shell'
import { EventListPage } from './pages/event-list-page'
import { expect, test } from './pages/page-problems'
import { RostersSection } from './pages/rosters-section'

test('a member added by hand is edited from the roster, and the edit is kept', async ({
  page,
  dais
}) => {
  // Several dialogs opened and closed on a machine shared with other test runs.
  test.setTimeout(120_000)
  const shell = new AppShell(page)
  const rosters = new RostersSection(page)
  await shell.open(dais.url)
  await new EventListPage(page).openSampleButton.click()
  await rosters.open()
  await rosters.roster('Đoàn đại biểu dự Đại hội Thi đua yêu nước tỉnh').click()
  await rosters.createNewVersion('Bổ sung khách mời')

  const addButton = page.getByRole('button', { name: 'Thêm người ngoài danh sách đại biểu' })
  const add = page.getByRole('dialog', { name: 'Thêm người ngoài danh sách đại biểu' })
  const askDiscard = page.getByRole('dialog', { name: 'Bỏ nội dung vừa nhập?' })
  // Esc on an untouched form closes it; on a typed one it asks, and keeping the text keeps it.
  await addButton.click()
  await expect(add.getByLabel('Họ và tên')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(add).toBeHidden()
  await addButton.click()
  await add.getByLabel('Họ và tên').fill('Trần Văn Khách')
  await page.keyboard.press('Escape')
  await expect(askDiscard).toBeVisible()
  await askDiscard.getByRole('button', { name: 'Tiếp tục nhập' }).click()
  await expect(askDiscard).toBeHidden()
  await expect(add.getByLabel('Họ và tên')).toHaveValue('Trần Văn Khách')
  await add.getByLabel('Họ và tên').fill('Trần Văn Khách')
  await add.getByLabel('Đơn vị, nơi cư trú').fill('Sở Nội vụ')
  await add.getByRole('button', { name: 'Thêm vào danh sách' }).click()
  await expect(rosters.memberRow('Trần Văn Khách')).toContainText('Sở Nội vụ')
  // Members chosen from the delegates are edited under Delegates: no edit button on them.
  await expect(rosters.members.getByRole('button', { name: /^Sửa / })).toHaveCount(1)

  await rosters.members.getByRole('button', { name: 'Sửa Trần Văn Khách' }).click()
  const edit = page.getByRole('dialog', { name: 'Sửa thông tin người ngoài danh sách đại biểu' })
  await expect(edit.getByLabel('Họ và tên')).toHaveValue('Trần Văn Khách')
  await expect(edit.getByLabel('Đơn vị, nơi cư trú')).toHaveValue('Sở Nội vụ')
  await edit.getByLabel('Họ và tên').fill('Trần Văn Khánh')
  await edit.getByLabel('Đơn vị, nơi cư trú').fill('Sở Nội vụ tỉnh Bắc Ninh')
  await edit.getByRole('radio', { name: 'Nam', exact: true }).check({ force: true })
  // The × asks too; Esc on the question keeps editing.
  await edit.getByRole('button', { name: 'Đóng hộp thoại này' }).click()
  await expect(askDiscard).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(askDiscard).toBeHidden()
  await expect(edit.getByLabel('Họ và tên')).toHaveValue('Trần Văn Khánh')
  await edit.getByRole('button', { name: 'Lưu thay đổi' }).click()
  await expect(shell.toast('Đã lưu thông tin Trần Văn Khánh')).toBeVisible()
  await expect(rosters.memberRow('Trần Văn Khánh')).toContainText('Sở Nội vụ tỉnh Bắc Ninh')
  await expect(rosters.memberRow('Trần Văn Khánh')).toContainText('Nam')
  await expect(rosters.memberRow('Trần Văn Khách')).toHaveCount(0)
  await screenshot(page, 'roster-direct-member-edited')

  // Typed, then dropped on purpose: the member stays as saved.
  await rosters.members.getByRole('button', { name: 'Sửa Trần Văn Khánh' }).click()
  await edit.getByLabel('Đơn vị, nơi cư trú').fill('Đơn vị gõ nhầm')
  await page.keyboard.press('Escape')
  await askDiscard.getByRole('button', { name: 'Bỏ nội dung' }).click()
  await expect(edit).toBeHidden()
  await expect(rosters.memberRow('Trần Văn Khánh')).toContainText('Sở Nội vụ tỉnh Bắc Ninh')

  await page.reload()
  await rosters.open()
  await rosters.roster('Đoàn đại biểu dự Đại hội Thi đua yêu nước tỉnh').click()
  await expect(rosters.memberRow('Trần Văn Khánh')).toContainText('Sở Nội vụ tỉnh Bắc Ninh')
})
