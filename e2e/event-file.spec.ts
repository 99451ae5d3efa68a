import { readFile } from 'node:fs/promises'
import type { FileChooser, Page } from '@playwright/test'
import { startDais } from './fixtures/dais'
import { AppShell } from './pages/app-shell'
import { AuditLogPage } from './pages/audit-log-page'
import { EventListPage } from './pages/event-list-page'
import { EventWorkspacePage } from './pages/event-workspace-page'
import { expect, screenshot, test } from './pages/page-problems'

const sampleTitle = 'Đại hội Thi đua yêu nước phường Tiền Phong giai đoạn 2020 - 2025'

test.beforeEach(async ({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`Unexpected ${dialog.type()} dialog: ${dialog.message()}`)
  })
})

const savedEvents = (page: Page) =>
  page.evaluate('window.dais.listEvents({ includeArchived: true })') as Promise<{
    ok: boolean
    value: { title: string }[]
  }>

/** The same file with one character of the event's title changed. */
function corrupt(text: string): string {
  const at = text.indexOf('"title": "', text.indexOf('"payload"')) + '"title": "'.length
  return `${text.slice(0, at)}${text[at] === 'X' ? 'Y' : 'X'}${text.slice(at + 1)}`
}

test('an exported event is imported in another office; a damaged copy is refused', async ({
  page,
  dais
}, testInfo) => {
  // Two Dais servers, an export and two imports: more than one journey's minute on a busy machine.
  test.setTimeout(120_000)
  const shell = new AppShell(page)
  const home = new EventListPage(page)
  const workspace = new EventWorkspacePage(page)
  const audit = new AuditLogPage(page)

  await shell.open(dais.url)
  await home.openSampleButton.click()
  await expect(workspace.heading(sampleTitle)).toBeVisible()
  await shell.goTo('Sự kiện')

  const downloading = page.waitForEvent('download')
  await home.rowButton(sampleTitle, 'Xuất tệp').click()
  const download = await downloading
  const fileName = download.suggestedFilename()
  expect(fileName).toMatch(/^[a-z0-9-]+\.dais-event\.json$/)
  const file = testInfo.outputPath(fileName)
  await download.saveAs(file)
  const text = await readFile(file, 'utf8')
  const parsed = JSON.parse(text) as { format: string; payload: { event: { title: string } } }
  expect(parsed.format).toBe('dais-event')
  expect(parsed.payload.event.title).toBe(sampleTitle)

  // The workspace header offers the same export.
  await home.titleLink(sampleTitle).click()
  const again = page.waitForEvent('download')
  await workspace.exportButton.click()
  expect((await again).suggestedFilename()).toBe(fileName)

  const other = await startDais({ dataDir: testInfo.outputPath('other-office') })
  try {
    await shell.open(other.url)
    await expect(home.emptyState).toBeVisible()
    await expect(home.importButton).toBeVisible()
    await screenshot(page, 'home-empty-import')

    await home.fileInput.setInputFiles(file)
    const imported = shell.toast(`Đã nhập sự kiện “${sampleTitle}”`)
    await expect(imported).toBeVisible()
    await expect(imported).toHaveCSS('opacity', '1')
    await expect(workspace.heading(sampleTitle)).toBeVisible()
    await expect(workspace.detailRow('Địa điểm')).not.toContainText('Chưa nhập')
    await screenshot(page, 'event-imported')

    // The damaged copy, chosen from the keyboard: the button opens the file chooser.
    await shell.goTo('Sự kiện')
    await expect(home.titleLink(sampleTitle)).toBeVisible()
    await expect(imported).toBeHidden()
    // Playwright turns on catching the chooser while the key is already on its way: on a busy
    // machine the first Enter can open a chooser nobody catches (headless shows none), so the
    // key is pressed again until one is caught.
    let chooser: FileChooser | undefined
    await expect(async () => {
      const choosing = page.waitForEvent('filechooser', { timeout: 3_000 })
      await home.importButton.focus()
      await page.keyboard.press('Enter')
      chooser = await choosing
    }).toPass({ timeout: 20_000 })
    await chooser!.setFiles({
      name: 'hong.dais-event.json',
      mimeType: 'application/json',
      buffer: Buffer.from(corrupt(text), 'utf8')
    })
    const refused = shell.toast(
      'Không nhập được tệp “hong.dais-event.json”: tệp bị hỏng hoặc đã bị sửa bằng tay (sai mã kiểm tra).'
    )
    await expect(refused).toBeVisible()
    await expect(refused).toHaveCSS('opacity', '1')
    await screenshot(page, 'event-import-damaged')
    await expect(home.list.getByRole('link')).toHaveCount(1)
    const saved = await savedEvents(page)
    expect(saved.value.map((e) => e.title)).toEqual([sampleTitle])

    await shell.goTo('Nhật ký')
    await expect(audit.row(`Nhập sự kiện “${sampleTitle}” từ tệp`)).toBeVisible()
  } finally {
    await other.stop()
  }
})

test('a file dropped on the list is imported; a foreign file is refused in English', async ({
  page,
  dais
}) => {
  const shell = new AppShell(page)
  const home = new EventListPage(page)
  const workspace = new EventWorkspacePage(page)

  await shell.open(dais.url)
  await home.openSampleButton.click()
  await expect(workspace.heading(sampleTitle)).toBeVisible()
  const exported = (await page.evaluate(
    `window.dais.listEvents({}).then((r) => window.dais.exportEvent({ id: r.value[0].id }))`
  )) as { value: { contentBase64: string } }
  const text = Buffer.from(exported.value.contentBase64, 'base64').toString('utf8')

  await shell.goTo('Sự kiện')
  await shell.chooseLanguage('English')
  await expect(home.importButton).toHaveText('Import from file')
  await home.dropFile('notes.json', 'not json at all')
  await expect(
    shell.toast(
      'Could not import “notes.json”: this is not a Dais event file (it is not JSON text).'
    )
  ).toBeVisible()
  await home.dropFile('other.json', '{"format":"something-else"}')
  await expect(
    shell.toast('Could not import “other.json”: this is not a Dais event file.')
  ).toBeVisible()
  expect((await savedEvents(page)).value).toHaveLength(1)

  await home.dropFile('copy.dais-event.json', text)
  await expect(shell.toast(`Imported the event “${sampleTitle}”`)).toBeVisible()
  await expect(workspace.heading(sampleTitle)).toBeVisible()
  expect((await savedEvents(page)).value.map((e) => e.title)).toEqual([sampleTitle, sampleTitle])
})
