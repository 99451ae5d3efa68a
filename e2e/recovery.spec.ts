import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { AppShell } from './pages/app-shell'
import { BackupsPage } from './pages/backups-page'
import { EventFormDialog } from './pages/event-form-dialog'
import { EventListPage } from './pages/event-list-page'
import { expect, screenshot, test } from './pages/page-problems'

test('a corrupt data file is quarantined and the data restored from a backup', async ({
  page,
  dais
}) => {
  const shell = new AppShell(page)
  const home = new EventListPage(page)
  const backups = new BackupsPage(page)
  const title = 'Lễ kỷ niệm 80 năm Cách mạng Tháng Tám'
  const edited = 'Lễ kỷ niệm 80 năm Cách mạng Tháng Tám và Quốc khánh 2/9'

  await shell.open(dais.url)
  await home.createEvent({ title, kind: 'Lễ', date: '19/08/2025' })
  await shell.goTo('Sao lưu')
  await backups.createNamed('Trước khi sửa')

  await shell.goTo('Sự kiện')
  await home.rowButton(title, 'Sửa').click()
  const edit = new EventFormDialog(page, 'edit')
  await edit.fill({ title: edited })
  await edit.submit()
  await expect(edit.root).toBeHidden()
  await expect(home.titleLink(edited)).toBeVisible()
  await expect(shell.saveStatus).toContainText(/Đã lưu \d{2}:\d{2}/)

  // Leave the page first: a page left open on a stopped server rightly logs connection errors.
  await page.goto('about:blank')
  await dais.stop()
  const dataFile = join(dais.dataDir, 'dais-data.json')
  const original = await readFile(dataFile)
  const garbage = original.subarray(0, Math.floor(original.length / 2))
  await writeFile(dataFile, garbage)

  await dais.restart()
  await shell.open(dais.url)
  const notice = page.getByRole('alert').filter({
    hasText: 'Dữ liệu đã được khôi phục từ bản sao lưu'
  })
  await expect(notice).toBeVisible()
  await expect(notice).toContainText('Đã khôi phục từ bản sao lưu “Trước khi sửa”')
  await expect(notice).toContainText(/dais-data\.corrupt-/)
  await screenshot(page, 'restored-notice')

  // The restored data is there and usable.
  await expect(home.titleLink(title).or(home.titleLink(edited))).toBeVisible()
  await home.createEvent({ title: 'Hội nghị sau khi khôi phục' })
  await expect(page.getByRole('heading', { name: 'Hội nghị sau khi khôi phục' })).toBeVisible()
  await shell.goTo('Sự kiện')
  await notice.getByRole('button', { name: 'Đóng thông báo' }).click()
  await expect(notice).toBeHidden()

  const quarantined = (await readdir(dais.dataDir)).filter((name) =>
    /^dais-data\.corrupt-.*\.json$/.test(name)
  )
  expect(quarantined).toHaveLength(1)
  const kept = await readFile(join(dais.dataDir, quarantined[0] as string))
  expect(kept.equals(garbage)).toBe(true)
})
