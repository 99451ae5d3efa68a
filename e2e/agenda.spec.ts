import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { screenshot } from './fixtures/dais'
import { AgendaPage } from './pages/agenda-page'
import { AppShell } from './pages/app-shell'
import { EventFormDialog } from './pages/event-form-dialog'
import { EventListPage } from './pages/event-list-page'
import { EventWorkspacePage } from './pages/event-workspace-page'
import { expect, test } from './pages/page-problems'

const sampleTitle = 'Đại hội Thi đua yêu nước phường Tiền Phong giai đoạn 2020 - 2025'
const pad = (n: number) => String(n).padStart(2, '0')

const pdfText = (path: string) =>
  execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')

test('the sample programme: reorder, move an honoree, MC script, live run and presenter view', async ({
  page,
  dais
}, testInfo) => {
  test.setTimeout(420_000)
  const shell = new AppShell(page)
  const home = new EventListPage(page)
  const workspace = new EventWorkspacePage(page)
  const agenda = new AgendaPage(page)

  await shell.open(dais.url)
  await home.openSampleButton.click()
  await expect(workspace.heading(sampleTitle)).toBeVisible()

  // The day is today, starting an hour ago, so the live run's delay reads in minutes.
  const now = new Date()
  const start = new Date(now.getTime() - 60 * 60_000)
  await workspace.editButton.click()
  const form = new EventFormDialog(page, 'edit')
  await form.fill({
    date: `${pad(start.getDate())}/${pad(start.getMonth() + 1)}/${start.getFullYear()}`,
    startTime: `${pad(start.getHours())}:${pad(start.getMinutes())}`
  })
  await form.submit()
  await expect(form.root).toBeHidden()

  await agenda.open()
  await expect(agenda.items).toHaveCount(13)
  const before = await agenda.timetable()
  const startOf = (line: string | undefined) => line?.slice(0, 5)
  const endOf = (line: string | undefined) => line?.slice(6, 11)
  expect(before[1]).toMatch(/ Chào cờ$/)
  expect(before[2]).toMatch(/ Tuyên bố lý do, giới thiệu đại biểu$/)
  await screenshot(page, 'agenda-items')

  // Bad input is refused with a clear message on the item, and nothing changes.
  await agenda.editButton('Chào cờ').click()
  await agenda.itemField('Thời lượng (phút)').fill('-5')
  await agenda.itemDialog.getByRole('button', { name: 'Lưu', exact: true }).click()
  await expect(agenda.itemField('Thời lượng (phút)')).toHaveAccessibleDescription(
    'Giá trị phải từ 0 đến 1440.'
  )
  await expect(agenda.itemDialog).toBeVisible()
  await screenshot(page, 'agenda-item-duration-refused')
  await agenda.itemField('Thời lượng (phút)').fill('5')
  const fixedField = agenda.itemField('Giờ bắt đầu cố định (HH:MM, để trống nếu nối tiếp)')
  await fixedField.fill(startOf(before[0]) as string)
  await agenda.itemDialog.getByRole('button', { name: 'Lưu', exact: true }).click()
  await expect(agenda.itemDialog).toContainText(
    `“Chào cờ” cố định lúc ${startOf(before[0])}, trước khi mục trước kết thúc (${endOf(before[0])})`
  )
  await screenshot(page, 'agenda-item-error')
  await agenda.itemDialog.getByRole('button', { name: 'Hủy', exact: true }).click()
  await expect(agenda.itemDialog).toBeHidden()
  expect(await agenda.timetable()).toEqual(before)

  // Reorder two items: the flag salute after the introduction; times recompute.
  await agenda.moveDownButton('Chào cờ').click()
  await expect(agenda.items.nth(1)).toHaveAccessibleName('Tuyên bố lý do, giới thiệu đại biểu')
  const after = await agenda.timetable()
  expect(startOf(after[1])).toBe(startOf(before[1]))
  expect(startOf(after[2])).toBe(endOf(after[1]))
  expect(after[2]).toMatch(/ Chào cờ$/)
  expect(startOf(after[3])).toBe(startOf(before[3]))

  // Dragging works too: the closing goes before the delegation vote, and back by the button.
  await agenda.dragItem(
    'Bế mạc Đại hội',
    'Biểu quyết thông qua danh sách đại biểu dự Đại hội Thi đua yêu nước cấp tỉnh'
  )
  await expect(agenda.items.nth(11)).toHaveAccessibleName('Bế mạc Đại hội')
  await expect.poll(async () => startOf((await agenda.timetable())[11])).toBe(startOf(after[11]))
  await agenda.moveDownButton('Bế mạc Đại hội').click()
  await expect(agenda.items.nth(12)).toHaveAccessibleName('Bế mạc Đại hội')

  // Move the first individual of round 3 to the front of round 4.
  await agenda.roundsTab.click()
  await expect(agenda.round('Đợt 4')).toBeVisible()
  const round3 = await agenda.honoreeNames('Đợt 3')
  const round4 = await agenda.honoreeNames('Đợt 4')
  expect(round3).toHaveLength(7)
  expect(round4).toHaveLength(10)
  await agenda.honoree('Đợt 3', 1).click()
  await agenda.moveHereButton('Đợt 4').click()
  await expect(agenda.round('Đợt 4').getByTestId('honoree-name')).toHaveCount(11)
  // …and to the leftmost place on stage.
  for (let i = 0; i < 10; i++) await page.getByRole('button', { name: '← Sang trái' }).click()
  await expect(agenda.honoree('Đợt 4', 1)).toHaveAccessibleName(`1. ${round3[0]}`)
  const newRound4 = await agenda.honoreeNames('Đợt 4')
  expect(newRound4).toEqual([round3[0], ...round4])
  await screenshot(page, 'agenda-rounds')

  // The MC script reads round 4's names in the new stage order.
  const script = await agenda.print('Lời dẫn MC')
  const scriptPath = join(testInfo.outputDir, 'loi-dan-mc.pdf')
  await script.saveAs(scriptPath)
  const text = pdfText(scriptPath)
  expect(text).toContain('LỜI DẪN CHƯƠNG TRÌNH')
  const positions = newRound4.map((name) => text.indexOf(name))
  expect(positions.every((p) => p > 0)).toBe(true)
  expect([...positions].sort((a, b) => a - b)).toEqual(positions)
  expect(text.indexOf(round3[1] as string)).toBeLessThan(text.indexOf(round3[0] as string))

  // Live: three taps start three items; the rest carry the delay.
  await agenda.liveTab.click()
  await agenda.nextButton.click()
  await expect(agenda.liveRows().nth(0)).toHaveAttribute('aria-current', 'step')
  await agenda.nextButton.click()
  await expect(agenda.liveRows().nth(1)).toHaveAttribute('aria-current', 'step')
  await page.keyboard.press('n')
  await expect(agenda.liveRows().nth(2)).toHaveAttribute('aria-current', 'step')
  // About 19 minutes late when the start was set; a slow run adds the minutes it took since.
  const lateRange = () => {
    const since = Math.ceil((Date.now() - now.getTime()) / 60_000)
    return (n: number) => n >= 19 && n <= 20 + since
  }
  await expect(agenda.delayTag).toHaveText(/^Chậm \d+ phút$/)
  const delay = Number((await agenda.delayTag.innerText()).match(/\d+/)?.[0])
  expect(lateRange()(delay), `delay ${delay} min`).toBe(true)
  const planned = await agenda.liveRows().nth(4).locator('td').nth(2).innerText()
  const expected = await agenda.liveRows().nth(4).getByTestId('live-start').innerText()
  const minutes = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))
  // Modulo a day: a run started just before midnight plans 23:50 and expects 00:10.
  expect((minutes(expected) - minutes(planned) + 1440) % 1440).toBe(delay)
  await screenshot(page, 'agenda-live')

  // The MC's screen in its own tab follows the run.
  const popupOpened = page.waitForEvent('popup')
  await agenda.section.getByRole('button', { name: 'Mở màn hình MC' }).click()
  const presenter = await popupOpened
  const current = presenter.getByTestId('presenter-current')
  await expect(current.getByRole('heading', { level: 1 })).toHaveText('Chào cờ')
  // Its own window, whole: no top bar, the screen from edge to edge.
  await expect(presenter.getByRole('navigation')).toHaveCount(0)
  await expect(presenter.getByRole('main')).toHaveCount(1)
  const viewport = presenter.viewportSize()!
  expect(await presenter.getByRole('main').boundingBox()).toEqual({ x: 0, y: 0, ...viewport })
  for (let i = 0; i < 7; i++) await agenda.nextButton.click()
  await expect(agenda.liveRows().nth(9)).toHaveAttribute('aria-current', 'step')
  await expect(current.getByRole('heading', { level: 1 })).toHaveText(
    'Trao Giấy khen cho các tập thể, cá nhân, hộ gia đình điển hình tiên tiến',
    { timeout: 15_000 }
  )
  // One round at a time: the arrows step to round 4 (its first name moved there above).
  const names = current.getByRole('list', { name: 'Đọc tên' })
  await expect(names).toHaveCount(1)
  await expect(current.getByRole('heading', { level: 2 })).toContainText('(1/4)')
  for (let i = 0; i < 3; i++) await presenter.keyboard.press('ArrowRight')
  await expect(current.getByRole('heading', { level: 2 })).toContainText('(4/4)')
  await expect(names.getByRole('listitem').first()).toContainText(round3[0] as string)
  // The round's names and what comes next are on the screen, not below it.
  await expect(names.getByRole('listitem').last()).toBeInViewport()
  await expect(presenter.getByTestId('presenter-next')).toBeInViewport()
  await screenshot(presenter, 'agenda-presenter')
  await presenter.keyboard.press('ArrowLeft')
  await expect(current.getByRole('heading', { level: 2 })).toContainText('(3/4)')
  await presenter.keyboard.press('Home')
  await expect(current.getByRole('heading', { level: 2 })).toContainText('(1/4)')

  // The actual timeline, printable afterwards.
  const timeline = await agenda.print('Diễn biến thực tế')
  const timelinePath = join(testInfo.outputDir, 'dien-bien-thuc-te.pdf')
  await timeline.saveAs(timelinePath)
  const timelineText = pdfText(timelinePath)
  expect(timelineText).toContain('DIỄN BIẾN THỰC TẾ')
  const late = [...timelineText.matchAll(/\+(\d+) phút/g)].map((m) => Number(m[1]))
  expect(late.some(lateRange()), `delays ${late.join(', ')}`).toBe(true)
  expect(timelineText).toContain('chưa diễn ra')
})
