import { AppShell } from './pages/app-shell'
import { EventListPage } from './pages/event-list-page'
import { expect, screenshot, test } from './pages/page-problems'

test('switching to English persists across a reload, and back to Vietnamese', async ({
  page,
  dais
}) => {
  const shell = new AppShell(page)
  const home = new EventListPage(page)
  await shell.open(dais.url)
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
  await expect(page.getByRole('heading', { name: 'Events', level: 1 })).toBeVisible()

  await page.reload()
  await expect(shell.saveStatus).toContainText('Gespeichert')
  await shell.nav.getByRole('link', { name: 'Vorlagen & Drucker', exact: true }).click()
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
