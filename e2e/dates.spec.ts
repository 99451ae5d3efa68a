import type { Locator } from '@playwright/test'
import { AppShell } from './pages/app-shell'
import { DelegatesSectionPage } from './pages/delegates-section-page'
import { EventListPage } from './pages/event-list-page'
import { CardsSection } from './pages/cards-section'
import { HonoursSection } from './pages/honours-section'
import { RostersSection } from './pages/rosters-section'
import { screenshot } from './fixtures/dais'
import { expect, test } from './pages/page-problems'

/** Types each date into the field and checks the message under it (none for a real day). */
async function checkDates(field: Locator, shotName: string): Promise<void> {
  const message = field.locator('xpath=ancestor::div[contains(@class,"date-field")][1]')
  for (const impossible of ['31/02/2025', '29/02/2025']) {
    await field.fill(impossible)
    await field.press('Tab')
    await expect(field).toHaveValue(impossible)
    await expect(message.getByRole('alert')).toHaveText(`Ngày ${impossible} không có trên lịch`)
  }
  await screenshot(field.page(), shotName)
  await field.fill('29/02/2024')
  await field.press('Tab')
  await expect(field).toHaveValue('29/02/2024')
  await expect(message.getByRole('alert')).toHaveCount(0)
}

test('every kind of date field refuses a day the calendar does not have', async ({
  page,
  dais
}) => {
  test.setTimeout(180_000)
  const shell = new AppShell(page)
  const home = new EventListPage(page)
  await shell.open(dais.url)

  // The event date: the form is not sent while the date is impossible.
  const dialog = await home.openCreateDialog()
  await dialog.title.fill('Hội nghị tổng kết')
  const eventDate = dialog.root.getByRole('textbox', { name: 'Ngày tổ chức' })
  await checkDates(eventDate, 'dates-event-date-refused')
  await eventDate.fill('31/02/2025')
  await dialog.submitButton.click()
  await expect(dialog.root).toBeVisible()
  await eventDate.fill('29/02/2024')
  await dialog.submitButton.click()
  await expect(dialog.root).toBeHidden()
  await expect(page.getByRole('heading', { level: 1, name: 'Hội nghị tổng kết' })).toBeVisible()

  // A delegate's birth date.
  const delegates = new DelegatesSectionPage(page)
  await delegates.open()
  await delegates.addButton.click()
  const form = page.getByRole('dialog', { name: 'Thêm đại biểu' })
  await checkDates(form.getByRole('textbox', { name: 'Ngày sinh' }), 'dates-birth-date-refused')
  await form.getByRole('button', { name: 'Hủy' }).click()

  // A decision's signing date: nothing is saved while it is impossible.
  const honours = new HonoursSection(page)
  await honours.open('Quyết định')
  await honours.newDecisionButton.click()
  const signed = page.getByRole('main').getByRole('textbox', { name: 'Ngày ký' })
  await checkDates(signed, 'dates-decision-date-refused')
  await page.reload()
  await honours.open('Quyết định')
  await expect(signed).toHaveValue('29/02/2024')

  // A roster's approval date: the approval is not sent while it is impossible.
  const rosters = new RostersSection(page)
  await rosters.tab.click()
  await page.getByRole('main').getByRole('button', { name: 'Thêm danh sách' }).click()
  const create = page.getByRole('dialog', { name: 'Danh sách mới' })
  await create.getByLabel('Tên danh sách').fill('Đại biểu dự Hội nghị')
  await create.getByRole('button', { name: 'Thêm danh sách' }).click()
  await expect(create).toBeHidden()
  // An empty roster cannot be approved, and says so.
  const needsMembers = 'Danh sách chưa có ai: thêm thành viên trước khi gửi hoặc phê duyệt.'
  await expect(rosters.approveButton).toBeDisabled()
  await expect(rosters.approveButton).toHaveAttribute('title', needsMembers)
  await expect(page.getByRole('main').getByText(needsMembers)).toBeVisible()
  await page.getByRole('button', { name: 'Thêm người ngoài danh sách đại biểu' }).click()
  const member = page.getByRole('dialog', { name: 'Thêm người ngoài danh sách đại biểu' })
  await member.getByLabel('Họ và tên').fill('Trần Văn Khách')
  await member.getByRole('button', { name: 'Thêm vào danh sách' }).click()
  await expect(rosters.memberRow('Trần Văn Khách')).toHaveCount(1)
  await rosters.approveButton.click()
  const approve = page.getByRole('dialog', { name: 'Phê duyệt danh sách' })
  const decidedOn = approve.getByRole('textbox', { name: 'Ngày biểu quyết / văn bản' })
  await checkDates(decidedOn, 'dates-roster-approval-refused')
  await approve.getByLabel('Người / cơ quan phê duyệt').fill('Ban Tổ chức')
  await approve.getByLabel('Căn cứ').fill('Hội nghị biểu quyết thông qua')
  await decidedOn.fill('29/02/2025')
  await approve.getByRole('button', { name: 'Phê duyệt', exact: true }).click()
  await expect(approve).toBeVisible()
  await expect(approve.getByRole('alert')).toHaveText('Ngày 29/02/2025 không có trên lịch')
  await approve.getByRole('button', { name: 'Hủy' }).click()
  await expect(approve).toBeHidden()

  // The invitation letter's date, saved as typed.
  await page.getByRole('main').getByRole('tab', { name: 'Thẻ & giấy mời' }).click()
  const cards = new CardsSection(page)
  await cards.tab('Giấy mời').click()
  const letterDate = cards.root.getByRole('textbox', { name: 'Ngày ký' })
  await checkDates(letterDate, 'dates-invitation-refused')
  await page.reload()
  await cards.tab('Giấy mời').click()
  await expect(letterDate).toHaveValue('29/02/2024')
})

test('the emulation movement’s proposal and council dates are typed dd/mm/yyyy and refuse impossible days', async ({
  page,
  dais
}) => {
  test.setTimeout(120_000)
  const shell = new AppShell(page)
  await shell.open(dais.url)
  await page.getByRole('link', { name: 'Phong trào thi đua', exact: true }).click()
  const main = page.getByRole('main')
  // A proposal comes from a unit: without one the button says what is missing.
  const needsUnit = 'Chưa có đơn vị nào: thêm đơn vị ở thẻ “Đơn vị” trước khi lập đề nghị.'
  await main.getByRole('tab', { name: 'Đề nghị khen thưởng', exact: true }).click()
  await expect(main.getByRole('button', { name: 'Lập đề nghị' })).toBeDisabled()
  await expect(main.getByRole('button', { name: 'Lập đề nghị' })).toHaveAttribute(
    'title',
    needsUnit
  )
  await expect(main.getByText(needsUnit)).toBeVisible()
  // One unit added by hand.
  await main.getByRole('tab', { name: 'Đơn vị', exact: true }).click()
  await main.getByRole('button', { name: 'Thêm đơn vị' }).click()
  await main.getByRole('tab', { name: 'Đề nghị khen thưởng', exact: true }).click()
  await main.getByRole('button', { name: 'Lập đề nghị' }).click()
  await checkDates(main.getByRole('textbox', { name: 'Ngày', exact: true }), 'dates-proposal')
  await main.getByRole('tab', { name: 'Hội đồng Thi đua - Khen thưởng', exact: true }).click()
  await main.getByRole('button', { name: 'Lập cuộc họp Hội đồng' }).click()
  const meetingDate = main.getByRole('textbox', { name: 'Ngày họp', exact: true })
  await checkDates(meetingDate, 'dates-council')
  // The real day is kept across a reload, shown as typed.
  await page.reload()
  await expect(meetingDate).toHaveValue('29/02/2024')
  // A meeting set up by mistake is deleted after a question.
  await main.getByRole('button', { name: 'Xóa cuộc họp' }).click()
  await expect(page.getByRole('dialog')).toContainText('Xóa cuộc họp ngày 29/02/2024')
  await page.getByRole('dialog').getByRole('button', { name: 'Đồng ý' }).click()
  await expect(main.getByText('Chưa có cuộc họp nào.')).toBeVisible()
  await expect(meetingDate).toBeHidden()
})
