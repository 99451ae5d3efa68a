import { AppShell } from './pages/app-shell'
import { EventListPage } from './pages/event-list-page'
import { expect, screenshot, test } from './pages/page-problems'

test('a section whose code cannot be loaded says so and offers a reload, instead of a blank tab', async ({
  page,
  dais,
  problems
}) => {
  const shell = new AppShell(page)
  await shell.open(dais.url)
  await new EventListPage(page).createEvent({ title: 'Hội nghị điển hình tiên tiến' })
  // The honours section's code is cut off, as a broken install or a server gone away would.
  problems.allow(/HonoursSection|Failed to fetch dynamically imported module|net::ERR_FAILED/)
  await page.route(/HonoursSection-[^/]*\.js$/, (route) => route.abort())
  const main = page.getByRole('main')
  await main.getByRole('tab', { name: 'Khen thưởng', exact: true }).click()
  await expect(main.getByText('Không tải được phần này của Dais.', { exact: false })).toBeVisible()
  await screenshot(page, 'section-failed')
  await page.unroute(/HonoursSection-[^/]*\.js$/)
  await main.getByRole('button', { name: 'Tải lại trang' }).click()
  await expect(main.getByRole('button', { name: 'Thêm đối tượng' })).toBeVisible()
})
