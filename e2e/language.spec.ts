import { AppShell } from './pages/app-shell'
import { EventListPage } from './pages/event-list-page'
import { expect, screenshot, test } from './pages/page-problems'

/** The top bar on one line: its first and last links side by side, at 1366 px in both languages. */
async function expectOneLineTopBar(shell: AppShell): Promise<void> {
  const links = shell.nav.getByRole('link')
  const first = await links.first().boundingBox()
  const last = await links.last().boundingBox()
  const end = await shell.languages.boundingBox()
  expect(first && last && end, 'top bar laid out').toBeTruthy()
  expect(Math.abs((last?.y ?? 0) - (first?.y ?? 1))).toBeLessThan(4)
  expect(
    Math.abs((end?.y ?? 0) + (end?.height ?? 0) / 2 - ((first?.y ?? 0) + (first?.height ?? 0) / 2))
  ).toBeLessThan(8)
}

test('switching to English persists across a reload, and back to Vietnamese', async ({
  page,
  dais
}) => {
  const shell = new AppShell(page)
  const home = new EventListPage(page)
  await shell.open(dais.url)
  expect(page.viewportSize()?.width).toBe(1366)
  await expectOneLineTopBar(shell)
  await home.openSampleButton.click()
  await expect(page.getByRole('tab', { name: 'Tổng quan' })).toBeVisible()
  await shell.goTo('Sự kiện')
  await expect(home.list).toBeVisible()

  await shell.chooseLanguage('English')
  const englishNav = ['Events', 'Organisation', 'Backups', 'Audit log']
  for (const name of englishNav)
    await expect(shell.nav.getByRole('link', { name, exact: true })).toBeVisible()
  await expect(page.getByRole('heading', { name: 'Events', level: 1 })).toBeVisible()
  await expect(page.getByRole('region', { name: 'Event list' })).toContainText('Congress')
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expectOneLineTopBar(shell)

  await page.reload()
  await expect(shell.saveStatus).toContainText('Saved')
  for (const name of englishNav)
    await expect(shell.nav.getByRole('link', { name, exact: true })).toBeVisible()
  await expect(shell.undoButton).toHaveText('Undo')
  await screenshot(page, 'home-english')

  await shell.chooseLanguage('Tiếng Việt')
  await expect(shell.nav.getByRole('link', { name: 'Sự kiện', exact: true })).toBeVisible()
  await expect(shell.nav.getByRole('link', { name: 'Events', exact: true })).toBeHidden()
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi')
  await page.reload()
  await expect(shell.nav.getByRole('link', { name: 'Cơ quan', exact: true })).toBeVisible()
})

test('German shows the certificate screens in German, the rest in English, and persists', async ({
  page,
  dais
}) => {
  const shell = new AppShell(page)
  await shell.open(dais.url)
  await shell.chooseLanguage('Deutsch')
  await expect(page.locator('html')).toHaveAttribute('lang', 'de')
  await expect(shell.nav.getByRole('link', { name: 'Veranstaltungen', exact: true })).toBeVisible()
  await expectOneLineTopBar(shell)
  await screenshot(page, 'home-german')
  // Choosing a language is not a change to take back.
  await expect(shell.undoButton).toBeDisabled()
  await expect(page.getByRole('heading', { name: 'Events', level: 1 })).toBeVisible()

  await page.reload()
  await expect(shell.saveStatus).toContainText('Gespeichert')
  await shell.nav.getByRole('link', { name: 'Druckvorlagen', exact: true }).click()
  await expect(page.getByRole('tab', { name: 'Urkundenvorlagen' })).toBeVisible()
  await expect(page.getByRole('tab', { name: 'Druckerkalibrierung' })).toBeVisible()
  await expect(page.getByRole('tab', { name: 'Schriften' })).toBeVisible()
  await expect(page.getByText('Ehrenurkunde').first()).toBeVisible()
  await screenshot(page, 'certificate-setup-german')

  await page.getByRole('tab', { name: 'Druckerkalibrierung' }).click()
  await expect(page.getByRole('button', { name: 'Drucker hinzufügen' })).toBeVisible()
  await shell.chooseLanguage('Tiếng Việt')
  await expect(page.getByRole('tab', { name: 'Hiệu chỉnh máy in' })).toBeVisible()
})
