import { test, expect } from '@playwright/test'
import { readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'
import { fillDisk, mountSmallTmpfs, tmpfsSkipReason, unmountTmpfs } from '../src/core/testing/tmpfs'
import { screenshot, startDais, type DaisServer } from './fixtures/dais'
import { AppShell } from './pages/app-shell'
import { EventListPage } from './pages/event-list-page'
import { PageProblems } from './pages/page-problems'

test('a full disk: the banner stays until saving works again, and a copy of the data can be saved', async ({
  page
}) => {
  const mountPoint = mountSmallTmpfs()
  test.skip(!mountPoint, tmpfsSkipReason)
  let dais: DaisServer | null = null
  try {
    dais = await startDais({ dataDir: join(mountPoint!, 'data') })
    const problems = await PageProblems.watch(page)
    const shell = new AppShell(page)
    const home = new EventListPage(page)
    const banner = page.getByTestId('save-failure')

    await shell.open(dais.url)
    await home.createEvent({ title: 'Hội nghị trước khi đầy ổ đĩa' })
    await shell.goTo('Sự kiện')
    await expect(shell.saveStatus).toContainText(/Đã lưu/)
    await expect(banner).toBeHidden()

    const filler = fillDisk(mountPoint!)
    // A small journal entry may still fit in the unused end of its file's last page: events are
    // created until one needs new room on the disk (the first, unless the page had room).
    const title = 'Hội nghị khi ổ đĩa đầy'
    for (let i = 1; i <= 8; i++) {
      if (i > 1) await shell.goTo('Sự kiện')
      await home.createEvent({ title: i === 1 ? title : `${title} ${i}` })
      await expect(shell.saveStatus).not.toContainText('Đang lưu')
      if (await banner.isVisible()) break
    }
    await expect(banner).toBeVisible()
    await expect(banner).toHaveAttribute('role', 'alert')
    await expect(banner).toContainText('Không lưu được vào ổ đĩa')
    await expect(banner).toContainText('Đừng đóng Dais')
    await expect(shell.saveStatus).toContainText('Chưa lưu — đang thử lại')
    await screenshot(page, 'save-failure-banner')

    // It cannot be dismissed, and it stays while the disk stays full (across screens).
    await expect(banner.getByRole('button', { name: /Đóng|Close/ })).toHaveCount(0)
    await shell.goTo('Cơ quan')
    await expect(banner).toBeVisible()

    // Save a copy elsewhere: a download of the whole data, the unsaved event in it.
    const downloading = page.waitForEvent('download')
    await banner.getByRole('button', { name: 'Lưu bản sao ra nơi khác' }).click()
    const download = await downloading
    expect(download.suggestedFilename()).toMatch(/^Dais-unsaved-.*\.json$/)
    const copy = JSON.parse(readFileSync((await download.path())!, 'utf8')) as {
      format: string
      data: { events: { title: string }[] }
    }
    expect(copy.format).toBe('dais-data')
    expect(copy.data.events.map((e) => e.title)).toEqual(
      expect.arrayContaining(['Hội nghị trước khi đầy ổ đĩa', 'Hội nghị khi ổ đĩa đầy'])
    )

    // Room again: the retry saves the kept change and the banner goes by itself.
    rmSync(filler)
    await expect(banner).toBeHidden({ timeout: 15_000 })
    await expect(shell.saveStatus).toContainText(/Đã lưu/)
    await shell.goTo('Sự kiện')
    await expect(home.titleLink('Hội nghị khi ổ đĩa đầy')).toBeVisible()
    problems.expectNone()
  } finally {
    await dais?.stop()
    if (mountPoint) unmountTmpfs(mountPoint)
  }
})
