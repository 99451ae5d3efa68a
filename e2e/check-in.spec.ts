import { AppShell } from './pages/app-shell'
import { CardsSection } from './pages/cards-section'
import { EventListPage } from './pages/event-list-page'
import { expect, screenshot, test } from './pages/page-problems'
import { checkInCodeOf, pdfText, saveDownload } from './pages/pdf-downloads'

test('print cards, scan ten codes at the desk, the board and the large screen follow, quorum shown, the credentials report has the numbers', async ({
  page,
  dais
}) => {
  test.setTimeout(240_000)
  const shell = new AppShell(page)
  await shell.openSample(dais.url)

  // --- print the sample's cards and read ten codes off the sheets ---
  await page.getByRole('tab', { name: 'Thẻ & giấy mời' }).click()
  const cards = new CardsSection(page)
  await cards.tab('Thẻ đại biểu').click()
  await cards.printButton.click()
  await expect(cards.saveButton).toBeVisible({ timeout: 90_000 })
  const sheets = pdfText(await saveDownload(page, () => cards.saveButton.click(), 'the.pdf'))
  // delegates 8–17 are all official delegates (4, 6 and 7 are guests, not counted)
  const codes = Array.from({ length: 10 }, (_, i) => checkInCodeOf(sheets, i + 8))
  expect(codes.every(Boolean)).toBe(true)

  // --- the large screen in a second window, before anyone arrives ---
  await page.getByRole('tab', { name: 'Điểm danh', exact: true }).click()
  const section = page.getByRole('region', { name: 'Điểm danh và số đại biểu có mặt' })
  await section.getByRole('tab', { name: 'Tổng hợp' }).click()
  const opening = page.waitForEvent('popup')
  await section.getByRole('button', { name: 'Mở màn hình lớn' }).click()
  const screen = await opening
  await expect(screen.getByTestId('screen-present')).toHaveText('0/114')
  await page.bringToFront()

  // --- the desk: ten codes typed with Enter, as a USB scanner does ---
  await section.getByRole('tab', { name: 'Bàn điểm danh' }).click()
  const input = section.getByTestId('check-in-input')
  await expect(input).toBeFocused()
  const feedback = section.getByTestId('check-in-feedback')
  for (const code of codes) {
    await input.pressSequentially(code!, { delay: 5 })
    await input.press('Enter')
    await expect(feedback).toHaveClass(/tone-present/)
    await expect(input).toHaveValue('')
  }
  await expect(section.getByTestId('desk-figures')).toContainText(
    'Có mặt 10/114 đại biểu, đạt 8,8%'
  )
  await expect(section.getByTestId('desk-figures')).toContainText('Chưa đủ: cần ít nhất 58')
  await screenshot(page, 'check-in-desk-present')

  // the same card again: amber, with the time of the first scan
  await input.pressSequentially(codes[0]!)
  await input.press('Enter')
  await expect(feedback).toHaveClass(/tone-already/)
  await expect(feedback).toContainText(/Đã điểm danh lúc \d\d:\d\d/)
  await screenshot(page, 'check-in-desk-already')
  // Ctrl+Z takes back only what this desk's last answer wrote: "already" wrote nothing
  await input.press('Control+z')
  await expect(feedback).toHaveClass(/tone-already/)
  await expect(section.getByTestId('desk-figures')).toContainText('Có mặt 10/114')
  // a forged card: red, with the reason
  await input.pressSequentially(`${codes[1]!.slice(0, -1)}${codes[1]!.endsWith('B') ? 'C' : 'B'}`)
  await input.press('Enter')
  await expect(feedback).toHaveClass(/tone-refused/)
  await expect(feedback).toContainText('Mã giả: chữ ký không khớp.')
  await screenshot(page, 'check-in-desk-refused')

  // a few letters of a name without accents, one key to confirm
  await input.pressSequentially('ha xuan long')
  await expect(section.getByRole('option').first()).toContainText('Hà Xuân Long')
  await input.press('Enter')
  await expect(feedback).toHaveClass(/tone-present/)
  await expect(section.getByTestId('check-in-name')).toHaveText('Hà Xuân Long')
  // letters typed in the field: Ctrl+Z undoes the typing, not the check-in
  await input.pressSequentially('ngu')
  await input.press('Control+z')
  await expect(feedback).toHaveClass(/tone-present/)
  await expect(section.getByTestId('desk-figures')).toContainText('Có mặt 11/114')
  await input.fill('')
  // on the empty field Ctrl+Z takes the check-in back: ten again
  await input.press('Control+z')
  await expect(feedback).toContainText('Đã hoàn tác')
  await expect(section.getByTestId('desk-figures')).toContainText('Có mặt 10/114')

  // --- the board and the large screen followed ---
  await expect(screen.getByTestId('screen-present')).toHaveText('10/114')
  await screenshot(screen, 'check-in-large-screen')
  await section.getByRole('tab', { name: 'Tổng hợp' }).click()
  await expect(section.getByTestId('figure-present')).toContainText('10')
  await expect(section.getByTestId('quorum-line').first()).toContainText('Chưa đủ: cần ít nhất 58')
  await expect(section.getByTestId('board-recent').getByRole('listitem')).toHaveCount(10)
  await screenshot(page, 'check-in-board')

  // --- the credentials report, with the same numbers ---
  const file = await saveDownload(
    page,
    () => section.getByRole('button', { name: 'Lưu báo cáo' }).click(),
    'bao-cao-tham-tra.pdf'
  )
  const text = pdfText(file).replace(/\s+/g, ' ')
  expect(text).toContain('Tổng số đại biểu được triệu tập: 114 đồng chí.')
  expect(text).toContain('Số đại biểu có mặt: 10 đồng chí, đạt 8,8%.')
  expect(text).toContain('Số đại biểu vắng mặt: 104 đồng chí.')
  expect(text).toContain('chưa đủ điều kiện để Đại hội tiến hành')
  expect(text).toContain('Danh sách có 104 đại biểu vắng mặt./.')
})

test('the sample event offers a demo check-in that fills the board', async ({ page, dais }) => {
  test.setTimeout(120_000)
  const shell = new AppShell(page)
  await shell.openSample(dais.url, { name: 'Điểm danh', exact: true })
  const section = page.getByRole('region', { name: 'Điểm danh và số đại biểu có mặt' })
  await section.getByRole('tab', { name: 'Tổng hợp' }).click()
  await expect(section.getByTestId('figure-present')).toContainText('0')
  await section.getByRole('button', { name: 'Điểm danh mẫu' }).click()
  await expect(section.getByTestId('figure-present')).toContainText('91 (79,8%)')
  await expect(section.getByRole('button', { name: 'Điểm danh mẫu' })).toBeHidden()
  await expect(section.getByTestId('board-recent').getByRole('listitem').first()).toBeVisible()
  await screenshot(page, 'check-in-demo-board')
})

test('an event with no delegates says so at the desk and on the board, and leads to Delegates', async ({
  page,
  dais
}) => {
  const shell = new AppShell(page)
  await shell.open(dais.url)
  const home = new EventListPage(page)
  await home.createEvent({ title: 'Hội nghị chưa có đại biểu' })
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hội nghị chưa có đại biểu')
  await page.getByRole('tab', { name: 'Điểm danh', exact: true }).click()
  const section = page.getByRole('region', { name: 'Điểm danh và số đại biểu có mặt' })
  const figures = section.getByTestId('desk-figures')
  await expect(figures).toContainText('Sự kiện chưa có đại biểu nào được triệu tập')
  await expect(figures).not.toContainText('cần ít nhất')
  await screenshot(page, 'check-in-no-delegates')

  await section.getByRole('tab', { name: 'Tổng hợp' }).click()
  await expect(section.getByTestId('no-delegates')).toContainText('Hãy thêm đại biểu ở mục')
  await expect(section.getByTestId('quorum-line')).toHaveCount(0)
  // The hall's large screen announces no quorum verdict either.
  const opening = page.waitForEvent('popup')
  await section.getByRole('button', { name: 'Mở màn hình lớn' }).click()
  const screen = await opening
  await expect(screen.getByTestId('screen-none-summoned')).toHaveText(
    'Chưa có đại biểu nào được triệu tập'
  )
  await expect(screen.getByTestId('attendance-screen')).not.toContainText('Chưa đủ số đại biểu')
  await expect(screen.getByTestId('attendance-screen')).not.toContainText('Đủ điều kiện')
  // Its own window, whole: no top bar, the screen from edge to edge, also after a reload.
  for (const reload of [false, true]) {
    if (reload) await screen.reload()
    await expect(screen.getByTestId('screen-none-summoned')).toBeVisible()
    await expect(screen.getByRole('banner')).toHaveCount(0)
    await expect(screen.getByRole('navigation')).toHaveCount(0)
    await expect(screen.getByRole('main')).toHaveCount(1)
    const box = await screen.getByTestId('attendance-screen').boundingBox()
    const viewport = screen.viewportSize()!
    expect(box).toMatchObject({ x: 0, y: 0, width: viewport.width })
    expect(box!.height).toBeGreaterThanOrEqual(viewport.height)
  }
  await screenshot(screen, 'attendance-screen-none-summoned')
  await screen.close()
  await section.getByRole('button', { name: 'Mở mục Đại biểu' }).click()
  await expect(page.getByRole('tab', { name: 'Đại biểu', exact: true })).toHaveAttribute(
    'aria-selected',
    'true'
  )
})
