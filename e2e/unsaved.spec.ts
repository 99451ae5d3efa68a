import { AgendaPage } from './pages/agenda-page'
import { AppShell } from './pages/app-shell'
import { DelegatesSectionPage } from './pages/delegates-section-page'
import { EventListPage } from './pages/event-list-page'
import { EventWorkspacePage } from './pages/event-workspace-page'
import { HonoursSection } from './pages/honours-section'
import { expect, screenshot, test } from './pages/page-problems'

const sampleTitle = 'Đại hội Thi đua yêu nước phường Tiền Phong giai đoạn 2020 - 2025'

test('what is typed survives a reload: presenters save as typed, an open grid edit is asked about', async ({
  page,
  dais
}) => {
  test.setTimeout(180_000)
  const shell = new AppShell(page)
  const home = new EventListPage(page)
  const workspace = new EventWorkspacePage(page)
  const agenda = new AgendaPage(page)
  const delegates = new DelegatesSectionPage(page)

  await shell.open(dais.url)
  await expect(home.emptyState).toBeVisible()
  await home.openSampleButton.click()
  await expect(workspace.heading(sampleTitle)).toBeVisible()

  // Presenters typed into a round, then an immediate reload: nothing else was pressed.
  await page.getByRole('main').getByRole('tab', { name: 'Chương trình' }).click()
  await agenda.roundsTab.click()
  const presenters = agenda.round('Đợt 2').getByRole('textbox', { name: /^Người trao/ })
  await presenters.fill('Đồng chí Lê Văn Tám\nĐồng chí Trần Thị Chín')
  await page.reload()
  await agenda.roundsTab.click()
  await expect(presenters).toHaveValue('Đồng chí Lê Văn Tám\nĐồng chí Trần Thị Chín')

  // A grid cell being edited: a reload asks first, and staying keeps what was typed.
  await delegates.open()
  await delegates.search.fill('Nguyễn Văn Hùng')
  await delegates.cell('Nguyễn Văn Hùng', 7).dblclick()
  const editor = delegates.grid.locator('.cell-editor')
  await editor.fill('Chủ tịch UBND')
  expect(await shell.reloadAndSee('stay')).toBe('beforeunload')
  await expect(editor).toHaveValue('Chủ tịch UBND')

  // Enter saves it; then a reload no longer asks.
  await editor.press('Enter')
  await expect(delegates.cell('Nguyễn Văn Hùng', 7)).toHaveText('Chủ tịch UBND')
  page.on('dialog', (d) => {
    throw new Error(`Unexpected ${d.type()} dialog`)
  })
  await page.reload()
  await delegates.search.fill('Nguyễn Văn Hùng')
  await expect(delegates.cell('Nguyễn Văn Hùng', 7)).toHaveText('Chủ tịch UBND')
})

test('leaving the screen inside the app saves an open grid edit, and asks about a refused one', async ({
  page,
  dais
}) => {
  test.setTimeout(120_000)
  const shell = new AppShell(page)
  const delegates = new DelegatesSectionPage(page)
  const home = page.getByRole('heading', { name: 'Sự kiện', level: 1 })
  page.on('dialog', (d) => {
    throw new Error(`Unexpected native ${d.type()} dialog: in-app navigation asks in the page`)
  })
  const editor = delegates.grid.locator('.cell-editor')
  const cell = (column: number) => delegates.cell('Nguyễn Văn Hùng', column)
  async function backToTheGrid(): Promise<void> {
    await page.goForward()
    await delegates.search.fill('Nguyễn Văn Hùng')
  }

  await shell.open(dais.url)
  await new EventListPage(page).openSampleButton.click()
  await delegates.open()
  await delegates.search.fill('Nguyễn Văn Hùng')

  // Back (Alt+←, a mouse's back button) with a valid value typed: it is saved, nothing is asked.
  await cell(7).dblclick()
  await editor.fill('Chủ tịch UBND phường')
  await page.goBack()
  await expect(home).toBeVisible()
  await backToTheGrid()
  await expect(cell(7)).toHaveText('Chủ tịch UBND phường')

  // A value the field refuses cannot be saved: the router asks in the page; staying keeps it.
  const year = (await cell(4).innerText()).trim()
  await cell(4).dblclick()
  await editor.fill('19x0')
  await page.goBack()
  const ask = page.getByRole('dialog', { name: 'Đang sửa dở' })
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Ở lại' }).click()
  await expect(ask).toBeHidden()
  await expect(home).toBeHidden()
  await expect(editor).toHaveValue('19x0')

  // Asked again; leaving drops it.
  await page.goBack()
  await expect(ask).toBeVisible()
  await ask.getByRole('button', { name: 'Rời trang, bỏ nội dung' }).click()
  await expect(home).toBeVisible()
  await backToTheGrid()
  await expect(cell(4)).toHaveText(year)
  await expect(editor).toBeHidden()
})

test('award rounds and a decision on the sample: a round without a title says so and asks, a decision saves as typed and keeps what is being typed', async ({
  page,
  dais
}) => {
  test.setTimeout(180_000)
  const shell = new AppShell(page)
  const home = new EventListPage(page)
  const workspace = new EventWorkspacePage(page)
  const agenda = new AgendaPage(page)
  const honours = new HonoursSection(page)

  await shell.open(dais.url)
  await home.openSampleButton.click()
  await expect(workspace.heading(sampleTitle)).toBeVisible()

  // A round's title emptied: said on the field; the presenters typed with it are kept by asking.
  await page.getByRole('main').getByRole('tab', { name: 'Chương trình' }).click()
  await agenda.roundsTab.click()
  const round = agenda.round('Đợt 1')
  const title = round.getByRole('textbox', { name: 'Tên đợt' })
  const presenters = round.getByRole('textbox', { name: /^Người trao/ })
  await title.fill('')
  await presenters.fill('Đồng chí Nguyễn Văn Mười')
  await expect(round.getByRole('alert')).toHaveText(
    'Đợt cần có tên; chưa lưu gì của đợt này cho đến khi có tên.'
  )
  await expect(title).toHaveAttribute('aria-invalid', 'true')
  await screenshot(page, 'round-title-required')
  expect(await shell.reloadAndSee('stay')).toBe('beforeunload')
  await expect(presenters).toHaveValue('Đồng chí Nguyễn Văn Mười')
  await title.fill('Đợt một')
  await expect(round.getByRole('alert')).toHaveCount(0)
  expect(await shell.reloadAndSee('stay')).toBe('none')
  await agenda.roundsTab.click()
  const renamed = agenda.round('Đợt một')
  await expect(renamed.getByRole('textbox', { name: /^Người trao/ })).toHaveValue(
    'Đồng chí Nguyễn Văn Mười'
  )

  // A new decision: a number typed and the page reloaded at once is kept.
  await honours.open('Quyết định')
  await honours.newDecisionButton.click()
  const number = page.getByRole('main').getByRole('textbox', { name: 'Số', exact: true })
  const symbol = page.getByRole('main').getByRole('textbox', { name: 'Ký hiệu', exact: true })
  await number.fill('130')
  expect(await shell.reloadAndSee('stay')).toBe('none')
  await honours.subTab('Quyết định').click()
  await page
    .getByRole('main')
    .getByRole('button', { name: /^130\// })
    .click()
  await expect(number).toHaveValue('130')

  // The next field typed while the last one's save comes back keeps every letter typed.
  await number.fill('131')
  await number.press('Tab')
  await page.keyboard.type('QĐ-CT', { delay: 80 })
  await expect(symbol).toHaveValue('QĐ-CT')
  await expect(page.getByRole('main').getByRole('button', { name: /^131\/QĐ-CT/ })).toBeVisible()

  // A base salary that is no amount: said on the field, not saved, and a reload asks.
  const salary = page.getByRole('main').getByRole('textbox', { name: 'Mức lương cơ sở (đồng)' })
  await salary.fill('2,5 triệu')
  await expect(page.getByRole('main').getByText(/Nhập số tiền bằng chữ số/)).toBeVisible()
  expect(await shell.reloadAndSee('stay')).toBe('beforeunload')
  await salary.fill('2.530.000')
  await salary.press('Tab')
  await expect(page.getByRole('main').getByText(/Nhập số tiền bằng chữ số/)).toHaveCount(0)
  expect(await shell.reloadAndSee('stay')).toBe('none')
})
