import type { Locator } from '@playwright/test'
import { AppShell } from './pages/app-shell'
import { DelegatesSectionPage } from './pages/delegates-section-page'
import { EventListPage } from './pages/event-list-page'
import { HonoursSection } from './pages/honours-section'
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
  test.setTimeout(120_000)
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
  // A proposal comes from a unit: one unit added by hand.
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
})
