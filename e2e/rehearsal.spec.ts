import { AgendaPage } from './pages/agenda-page'
import { AppShell } from './pages/app-shell'
import { AuditLogPage } from './pages/audit-log-page'
import { EventListPage } from './pages/event-list-page'
import { screenshot } from './fixtures/dais'
import { expect, test } from './pages/page-problems'
import { RostersSection } from './pages/rosters-section'

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

test('a vote in a rehearsal approves nothing, and the MC screen follows the rehearsal', async ({
  page,
  dais
}) => {
  test.setTimeout(120_000)
  const shell = new AppShell(page)
  const agenda = new AgendaPage(page)
  const rosters = new RostersSection(page)
  const delegation = 'Đoàn đại biểu dự Đại hội Thi đua yêu nước tỉnh'
  const voteItem = 'Biểu quyết thông qua danh sách đại biểu dự Đại hội Thi đua yêu nước cấp tỉnh'
  await shell.open(dais.url)
  await new EventListPage(page).openSampleButton.click()
  // A new, unapproved version of the delegation: the one the congress will vote on.
  await rosters.open()
  await rosters.roster(delegation).click()
  await rosters.createNewVersion('Thay một đại biểu')
  await expect(rosters.roster(delegation)).toContainText('Dự thảo')

  await agenda.open()
  await agenda.liveTab.click()
  await agenda.section.getByRole('button', { name: 'Chạy thử', exact: true }).click()
  const popupOpened = page.waitForEvent('popup')
  await agenda.section.getByRole('button', { name: 'Mở màn hình MC' }).click()
  const presenter = await popupOpened
  await expect(presenter.getByText('CHẠY THỬ', { exact: true })).toBeVisible()
  const heading = presenter.getByTestId('presenter-current').getByRole('heading', { level: 1 })
  await expect(presenter.getByRole('heading', { name: 'Chương trình chưa bắt đầu' })).toBeVisible()
  // The app's window steps the rehearsal: the MC screen shows its item.
  await agenda.nextButton.click()
  const first = await agenda.liveRows().nth(0).locator('td').nth(1).innerText()
  await expect(heading).toHaveText(first.trim())
  // Enter on the MC screen steps the rehearsal, not the real run: the app's window follows.
  await presenter.keyboard.press('Enter')
  await expect(agenda.liveRows().nth(1)).toHaveAttribute('aria-current', 'step')
  const second = await agenda.liveRows().nth(1).locator('td').nth(1).innerText()
  await expect(heading).toHaveText(second.trim())

  // The delegation's vote, recorded in the rehearsal.
  await agenda.section.getByRole('button', { name: `Kết quả biểu quyết: ${voteItem}` }).click()
  const dialog = page.getByRole('dialog', { name: `Kết quả biểu quyết: ${voteItem}` })
  await expect(dialog).toContainText('Đang chạy thử: kết quả chỉ ghi trong lần chạy thử')
  // The roster waiting for approval is the one offered.
  await expect(dialog).toContainText(`${delegation} (Phiên bản 2 – Dự thảo)`)
  await dialog.getByRole('button', { name: 'Ghi kết quả' }).click()
  await expect(shell.toast('Đã ghi kết quả biểu quyết của lần chạy thử')).toBeVisible()
  await expect(dialog).toBeHidden()
  const recorded = agenda.section.getByRole('button', { name: `Kết quả biểu quyết: ${voteItem}` })
  await expect(recorded).toHaveText('Đã biểu quyết')
  // The rehearsal keeps it across a reload; the programme's own item carries no vote.
  await page.reload()
  await agenda.liveTab.click()
  await expect(recorded).toHaveText('Đã biểu quyết')

  await agenda.section.getByRole('button', { name: 'Kết thúc chạy thử' }).click()
  await expect(recorded).toHaveText('Kết quả biểu quyết')
  await expect(presenter.getByText('CHẠY THỬ', { exact: true })).toHaveCount(0)
  await expect(presenter.getByRole('heading', { name: 'Chương trình chưa bắt đầu' })).toBeVisible()
  await presenter.close()

  await rosters.open()
  await rosters.roster(delegation).click()
  await expect(rosters.roster(delegation)).toContainText('Dự thảo')
  await expect(page.getByText(/Phiên bản 2 – Dự thảo/).first()).toBeVisible()
  await shell.goTo('Nhật ký')
  const audit = new AuditLogPage(page)
  await expect(audit.heading).toBeVisible()
  await expect(audit.row(/Tạo phiên bản|phiên bản mới/i).first()).toBeVisible()
  await expect(audit.row(/biểu quyết/i)).toHaveCount(0)
  await expect(audit.row(/bắt đầu mục/i)).toHaveCount(0)
})
