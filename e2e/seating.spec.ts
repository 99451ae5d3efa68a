import { execFileSync } from 'node:child_process'
import { writeFileSync } from 'node:fs'
import { AppShell } from './pages/app-shell'
import { expect, screenshot, test } from './pages/page-problems'

const seat = (name: RegExp | string) =>
  typeof name === 'string' ? new RegExp(`^${name} — `) : name

test('the sample congress’s hall: seated by the rules, moved by keyboard and by dragging, printed as a seat map', async ({
  page,
  dais
}) => {
  test.setTimeout(180_000)
  const shell = new AppShell(page)
  await shell.openSample(dais.url, { name: 'Chỗ ngồi' })
  const section = page.getByRole('region', { name: 'Sơ đồ chỗ ngồi' })
  await expect(section.getByText('Đã có chỗ: 120/120 đại biểu')).toBeVisible()
  const map = section.getByRole('group', { name: 'Sơ đồ chỗ ngồi, hàng 1 gần sân khấu nhất' })
  const empty = map.getByRole('button', { name: /^Ghế trống — Khu A, hàng 6, ghế 1$/ })
  await expect(empty).toBeVisible()

  // --- keyboard: pick the person on Khu A, hàng 5, ghế 1 and put them one row back ---
  const occupied = map.getByRole('button', { name: / — Khu A, hàng 5, ghế 1$/ })
  const name = (await occupied.getAttribute('aria-label'))!.split(' — ')[0]!
  await occupied.focus()
  await page.keyboard.press('Enter')
  await expect(section.getByText(`Đang chọn ${name} — chọn ghế mới`)).toBeVisible()
  await page.keyboard.press('ArrowDown')
  await expect(empty).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(shell.toast(`${name}: Khu A, hàng 6, ghế 1`)).toBeVisible()
  await expect(map.getByRole('button', { name: seat(name) })).toHaveAccessibleName(
    new RegExp(`Khu A, hàng 6, ghế 1$`)
  )

  // --- drag: the person on Khu C, hàng 1, ghế 2 onto an empty seat of the last row ---
  const from = map.getByRole('button', { name: / — Khu C, hàng 1, ghế 2$/ })
  const dragged = (await from.getAttribute('aria-label'))!.split(' — ')[0]!
  await from.dragTo(map.getByRole('button', { name: /^Ghế trống — Khu C, hàng 6, ghế 3$/ }))
  await expect(shell.toast(`${dragged}: Khu C, hàng 6, ghế 3`)).toBeVisible()

  // --- off the plan with Delete, back from the list ---
  await map.getByRole('button', { name: seat(dragged) }).click()
  await page.keyboard.press('Delete')
  await expect(shell.toast(`${dragged} không còn ghế.`)).toBeVisible()
  await expect(section.getByText('Đã có chỗ: 119/120 đại biểu')).toBeVisible()
  await section.getByRole('button', { name: new RegExp(`^${dragged} —`) }).click()
  await map.getByRole('button', { name: /^Ghế trống — Khu C, hàng 1, ghế 2$/ }).click()
  await expect(section.getByText('Đã có chỗ: 120/120 đại biểu')).toBeVisible()
  await page.mouse.move(0, 0)
  await expect(page.locator('.el-message')).toHaveCount(0, { timeout: 15_000 })
  await screenshot(page, 'seat-map')

  // --- the printed map, A3: every name on page 1, the index after it ---
  const served = page.waitForResponse((r) => r.url().includes('/api/renderSeatMap'))
  const opened = page.waitForEvent('popup')
  await section.getByRole('button', { name: 'In sơ đồ A3' }).click()
  const tab = await opened
  const answer = (await (await served).json()) as { value: { contentBase64: string } }
  const pdf = Buffer.from(answer.value.contentBase64, 'base64')
  const file = test.info().outputPath('so-do-a3.pdf')
  writeFileSync(file, pdf)
  const text = execFileSync('pdftotext', ['-raw', file, '-'], { encoding: 'utf8' })
  expect(text).toContain('SƠ ĐỒ CHỖ NGỒI')
  expect(text).toContain('DANH SÁCH CHỖ NGỒI THEO TÊN')
  expect(text).toContain(`${name} `)
  await tab.close()
})
