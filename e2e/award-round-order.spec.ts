import { screenshot } from './fixtures/dais'
import { AgendaPage } from './pages/agenda-page'
import { AppShell } from './pages/app-shell'
import { EventListPage } from './pages/event-list-page'
import { expect, test } from './pages/page-problems'

test('award rounds are reordered by button and by keyboard, and the order is kept', async ({
  page,
  dais
}) => {
  const shell = new AppShell(page)
  const agenda = new AgendaPage(page)
  await shell.open(dais.url)
  await new EventListPage(page).openSampleButton.click()
  await agenda.open()
  await agenda.roundsTab.click()
  const order = agenda.section.getByRole('region', { name: 'Thứ tự các đợt trao' })
  const names = () => order.getByRole('listitem')
  await expect(names()).toHaveCount(4)
  await expect(names().nth(0)).toContainText('1. Đợt 1')

  // Keyboard: focus round 2 and press Alt+↑; it becomes first and keeps the focus.
  const round2 = order.getByLabel(/^Đợt 2, thứ 2 trên 4/)
  await round2.focus()
  await page.keyboard.press('Alt+ArrowUp')
  await expect(names().nth(0)).toContainText('1. Đợt 2')
  await expect(names().nth(1)).toContainText('2. Đợt 1')
  await expect(order.getByLabel(/^Đợt 2, thứ 1 trên 4/)).toBeFocused()
  // The round cards follow the same order.
  await expect(
    agenda.section.getByRole('region', { name: /^Đợt \d$/ }).first()
  ).toHaveAccessibleName('Đợt 2')
  await screenshot(page, 'award-round-order')

  // Buttons: round 4 one place earlier.
  await order.getByRole('button', { name: 'Đưa Đợt 4 lên trước' }).click()
  await expect(names().nth(2)).toContainText('3. Đợt 4')
  await expect(names().nth(3)).toContainText('4. Đợt 3')

  await page.reload()
  await agenda.roundsTab.click()
  await expect(names().nth(0)).toContainText('1. Đợt 2')
  await expect(names().nth(2)).toContainText('3. Đợt 4')
})
