import { AgendaPage } from './pages/agenda-page'
import { AppShell } from './pages/app-shell'
import { DelegatesSectionPage } from './pages/delegates-section-page'
import { EventListPage } from './pages/event-list-page'
import { EventWorkspacePage } from './pages/event-workspace-page'
import { expect, test } from './pages/page-problems'

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
