import { AppShell } from './pages/app-shell'
import { EventListPage } from './pages/event-list-page'
import { CardsSection } from './pages/cards-section'
import { HonoursSection } from './pages/honours-section'
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

test('a reason typed for a reprint or a revoked card is asked about before Esc or a click beside drops it', async ({
  page,
  dais
}) => {
  test.setTimeout(120_000)
  const shell = new AppShell(page)
  await shell.open(dais.url)
  await new EventListPage(page).openSampleButton.click()
  const askDiscard = page.getByRole('dialog', { name: 'Bỏ nội dung vừa nhập?' })
  const keepTyping = askDiscard.getByRole('button', { name: 'Tiếp tục nhập' })

  // The register: the reason for a reprint.
  const honours = new HonoursSection(page)
  await honours.open('Sổ khen thưởng')
  await honours.registerTable
    .getByRole('button', { name: 'Ghi nhận in lại 1', exact: true })
    .click()
  const reprint = page.getByRole('dialog', { name: 'In lại giấy khen số 1' })
  const reason = reprint.getByRole('textbox', { name: /^Lý do in lại/ })
  await expect(reason).toBeFocused()
  await reason.fill('Phôi bị kẹt giấy')
  await page.keyboard.press('Escape')
  await expect(askDiscard).toBeVisible()
  await screenshot(page, 'reason-dialog-asked')
  await keepTyping.click()
  // The question fades out first: a click before it is gone lands on its own overlay.
  await expect(askDiscard).toBeHidden()
  await expect(reason).toHaveValue('Phôi bị kẹt giấy')
  await page.mouse.click(8, 600)
  await expect(askDiscard).toBeVisible()
  await keepTyping.click()
  await expect(reason).toHaveValue('Phôi bị kẹt giấy')
  // An empty reason is refused on the field; a typed one is recorded.
  await reason.fill('  ')
  await reprint.getByRole('button', { name: 'Đồng ý' }).click()
  await expect(reprint.getByRole('alert')).toHaveText('Cần nhập lý do.')
  await reason.fill('Phôi bị kẹt giấy')
  await reprint.getByRole('button', { name: 'Đồng ý' }).click()
  await expect(reprint).toBeHidden()
  await expect(shell.toast('Đã ghi nhận in lại số 1.')).toBeVisible()

  // Cards: the reason a card is taken back; Hủy drops it on purpose, nothing is revoked.
  await page.getByRole('tab', { name: 'Thẻ & giấy mời' }).click()
  const cards = new CardsSection(page)
  await cards.tab('Thẻ đại biểu').click()
  await cards.chooseForReprint(3)
  await cards.root.getByRole('button', { name: 'In lại 1 thẻ đã chọn' }).click()
  const revoke = page.getByRole('dialog', { name: 'In lại thẻ' })
  await revoke.getByRole('textbox').fill('Mất thẻ')
  await page.keyboard.press('Escape')
  await expect(askDiscard).toBeVisible()
  await keepTyping.click()
  await expect(revoke.getByRole('textbox')).toHaveValue('Mất thẻ')
  await revoke.getByRole('button', { name: 'Hủy' }).click()
  await expect(revoke).toBeHidden()
  await expect(askDiscard).toBeHidden()
  await cards.root.getByRole('button', { name: 'In lại 1 thẻ đã chọn' }).click()
  await expect(revoke.getByRole('textbox')).toHaveValue('')
})
