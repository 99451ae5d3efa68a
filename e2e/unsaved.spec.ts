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
  const asked = new Promise<string>((resolve) =>
    page.once('dialog', (dialog) => {
      resolve(dialog.type())
      void dialog.dismiss()
    })
  )
  await page.evaluate('location.reload()')
  expect(await asked).toBe('beforeunload')
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
