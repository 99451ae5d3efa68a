import { AgendaPage } from './pages/agenda-page'
import { AppShell } from './pages/app-shell'
import { EventListPage } from './pages/event-list-page'
import { screenshot } from './fixtures/dais'
import { expect, test } from './pages/page-problems'

test('a rehearsal on another day runs the programme and leaves the real run untouched', async ({
  page,
  dais
}) => {
  const shell = new AppShell(page)
  const agenda = new AgendaPage(page)
  await shell.open(dais.url)
  // The sample congress is dated 12/09/2025: today is another day.
  await new EventListPage(page).openSampleButton.click()
  await agenda.open()
  await agenda.liveTab.click()
  const timeline = agenda.section.getByRole('button', { name: 'Diễn biến thực tế' })
  await expect(timeline).toBeDisabled()

  await agenda.section.getByRole('button', { name: 'Chạy thử', exact: true }).click()
  await expect(agenda.section.getByRole('alert')).toContainText('Đang chạy thử')
  await agenda.nextButton.click()
  await expect(agenda.liveRows().nth(0)).toHaveAttribute('aria-current', 'step')
  await agenda.nextButton.click()
  await expect(agenda.liveRows().nth(1)).toHaveAttribute('aria-current', 'step')
  // Measured from the rehearsal's own first start: minutes, not the days since the event's date.
  await expect(agenda.delayTag).toHaveText(/^(Đúng giờ|Sớm \d{1,2} phút|Chậm \d{1,2} phút)$/)
  await expect(timeline).toBeDisabled()
  await screenshot(page, 'agenda-rehearsal')

  // A reload keeps the rehearsal in this window.
  await page.reload()
  await agenda.liveTab.click()
  await expect(agenda.liveRows().nth(1)).toHaveAttribute('aria-current', 'step')

  // Ending it: the real run was never started, and nothing was recorded.
  await agenda.section.getByRole('button', { name: 'Kết thúc chạy thử' }).click()
  await expect(agenda.section.getByText('Chưa bắt đầu.')).toBeVisible()
  await expect(agenda.liveRows().nth(0)).not.toHaveAttribute('aria-current', 'step')
  await expect(agenda.delayTag).toBeHidden()
  await expect(timeline).toBeDisabled()
  await expect(agenda.nextButton).toHaveText('Bắt đầu chương trình')
  await shell.goTo('Nhật ký')
  await expect(page.getByRole('main')).toContainText('Nhật ký')
  await expect(page.getByRole('main')).not.toContainText('bắt đầu mục')
})
