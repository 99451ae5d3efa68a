import { statSync, writeFileSync } from 'node:fs'
import { execFileSync } from 'node:child_process'
import { AppShell } from './pages/app-shell'
import { CardsSection } from './pages/cards-section'
import { Designer } from './pages/certificates-setup'
import { EventFormDialog } from './pages/event-form-dialog'
import { EventWorkspacePage } from './pages/event-workspace-page'
import { encodePng } from '../src/core/certificates/testing/png-writer'
import { expect, screenshot, test } from './pages/page-problems'
import { checkInCodeOf, pdfPages, pdfText, saveDownload } from './pages/pdf-downloads'

const shippedCard = 'Thẻ đại biểu 85,6 × 54 mm'
const copyName = `${shippedCard} (bản sao)`

test('choose categories and colours, design a card, print the sample’s cards, look at a sheet, reprint two', async ({
  page,
  dais
}) => {
  test.setTimeout(240_000)
  const shell = new AppShell(page)
  await shell.openSample(dais.url, { name: 'Thẻ & giấy mời' })
  const cards = new CardsSection(page)

  // --- categories and colours: guests get blue, saved when chosen ---
  await expect(cards.colour('Đại biểu khách mời')).toBeVisible()
  await cards.colour('Đại biểu khách mời').fill('#1e6fd9')
  await expect(shell.toast('Đã lưu màu của Đại biểu khách mời.')).toBeVisible()
  await expect(cards.colour('Đại biểu khách mời')).toHaveValue('#1e6fd9')
  await screenshot(page, 'cards-categories')

  // --- design: a copy of the shipped card, the name field moved 1 mm right, saved ---
  await cards.tab('Thẻ đại biểu').click()
  await expect(cards.printButton).toHaveText('In thẻ cho 120 đại biểu')
  await cards.root.getByRole('button', { name: 'Thiết kế mẫu' }).click()
  const shipped = new Designer(page, shippedCard)
  await expect(shipped.root).toBeVisible()
  await shipped.root.getByRole('button', { name: 'Nhân bản để sửa' }).click()
  const designer = new Designer(page, copyName)
  await expect(designer.root).toBeVisible()
  await expect(designer.canvas).toHaveAttribute('data-preview-revision', /[1-9]/)
  await designer.field('Họ và tên').click()
  const left = designer.properties.getByRole('spinbutton', { name: 'Cách mép trái', exact: true })
  const before = Number(await left.inputValue())
  await page.keyboard.press('ArrowRight')
  await expect(left).toHaveValue(String(before + 1))
  await screenshot(page, 'cards-designer')
  await designer.saveButton.click()
  await expect(shell.toast(`Đã lưu mẫu “${copyName}”`)).toBeVisible()
  await designer.root.getByRole('button', { name: '← Danh sách mẫu' }).click()

  // --- print the sample's 120 cards with the copy ---
  await cards.choose(cards.template, copyName)
  await cards.printButton.click()
  await expect(cards.saveButton).toBeVisible({ timeout: 90_000 })
  const sheetFile = await saveDownload(page, () => cards.saveButton.click(), 'the-dai-bieu.pdf')
  // 85.6 × 54 mm cards, 9 to an A4 sheet: 14 sheets
  expect(pdfPages(sheetFile)).toBe(14)
  const text = pdfText(sheetFile)
  expect(text.match(/THẺ ĐẠI BIỂU/g)).toHaveLength(120)
  expect(text).toContain('ĐẠI BIỂU KHÁCH MỜI')

  // --- look at a sheet: its first page as a picture, kept with the test's results ---
  const png = test.info().outputPath('the-dai-bieu-trang-1')
  execFileSync('pdftoppm', [
    '-r',
    '60',
    '-png',
    '-f',
    '1',
    '-l',
    '1',
    '-singlefile',
    sheetFile,
    png
  ])
  await test.info().attach('cards-sheet-page-1', { path: `${png}.png`, contentType: 'image/png' })
  await screenshot(page, 'cards-printed')

  // --- reprint two: their old codes stop, the new cards carry new ones ---
  const codes = [checkInCodeOf(text, 3), checkInCodeOf(text, 7)]
  expect(codes.every(Boolean)).toBe(true)
  await cards.chooseForReprint(3)
  await cards.chooseForReprint(7)
  await cards.root.getByRole('button', { name: 'In lại 2 thẻ đã chọn' }).click()
  const prompt = page.getByRole('dialog', { name: 'In lại thẻ' })
  await prompt.getByRole('textbox').fill('Viết sai tên, thẻ cũ đã thu hồi')
  await prompt.getByRole('button', { name: 'In lại thẻ' }).click()
  await expect(shell.toast('Đã thu hồi 2 thẻ cũ và in thẻ mới.')).toBeVisible({ timeout: 60_000 })
  const reprintFile = await saveDownload(page, () => cards.saveButton.click(), 'in-lai.pdf')
  const again = pdfText(reprintFile)
  expect(again.match(/THẺ ĐẠI BIỂU/g)).toHaveLength(2)
  const newCodes = [checkInCodeOf(again, 3), checkInCodeOf(again, 7)]
  expect(newCodes.every(Boolean)).toBe(true)
  expect(newCodes[0]).not.toBe(codes[0])
  expect(newCodes[1]).not.toBe(codes[1])
  await screenshot(page, 'cards-reprinted')

  // --- a title too long for every card: said once, in the screen's words, naming the field ---
  await page.getByRole('main').getByRole('tab', { name: 'Tổng quan', exact: true }).click()
  await new EventWorkspacePage(page).editButton.click()
  const form = new EventFormDialog(page, 'edit')
  await form.fill({
    title:
      'Đại hội Thi đua yêu nước phường Tiền Phong lần thứ VI giai đoạn 2020 - 2025, hướng tới kỷ niệm 80 năm Ngày Chủ tịch Hồ Chí Minh ra Lời kêu gọi thi đua ái quốc'
  })
  await form.submit()
  await expect(form.root).toBeHidden()
  await page.getByRole('main').getByRole('tab', { name: 'Thẻ & giấy mời', exact: true }).click()
  await cards.tab('Thẻ đại biểu').click()
  await cards.printButton.click()
  const problems = cards.root.getByRole('alert').getByRole('listitem')
  await expect(problems).toHaveCount(1, { timeout: 90_000 })
  await expect(problems).toHaveText(
    'mọi thẻ (120) — Tên đại hội: không vừa khung ngay cả ở cỡ chữ nhỏ nhất'
  )
  await screenshot(page, 'cards-title-too-long')
})

/** A small RGB portrait PNG of its own shade: one per delegate, so no two photos are alike. */
const photo = (shade: number) =>
  encodePng({ colourType: 2, depth: 8 }, 48, (x, y) =>
    (x - 24) ** 2 + (y - 18) ** 2 < 100 ? [60, 60, 60] : [shade, 200, 255 - shade]
  )

/** A phone-sized photo of noise (which no compressor shrinks): about 21 MB as a PNG. */
const phonePhoto = (seed: number) => {
  let state = seed
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) >>> 24
  return encodePng({ colourType: 2, depth: 8, height: 3000 }, 2400, () => [next(), next(), next()])
}

test('cards with photos: a folder of photos named by number, the delegates without one named', async ({
  page,
  dais
}) => {
  test.setTimeout(240_000)
  const shell = new AppShell(page)
  await shell.openSample(dais.url, { name: 'Thẻ & giấy mời' })
  const cards = new CardsSection(page)
  await cards.tab('Thẻ đại biểu').click()
  await cards.choose(cards.template, 'Thẻ đại biểu 90 × 120 mm (có ảnh)')
  await expect(cards.root.getByText('Chưa chọn ảnh: khung ảnh để trống để dán ảnh.')).toBeVisible()

  // two photos for 120 delegates: printing names who has none, and makes no file
  const files = (numbers: number[]) =>
    numbers.map((n) => ({ name: `${n}.png`, mimeType: 'image/png', buffer: photo(n * 2) }))
  // A photo straight off a camera, over what one print can take: named, with the limit.
  const camera = test.info().outputPath('IMG_0042.jpg')
  writeFileSync(camera, Buffer.alloc(51 * 1024 * 1024, 1))
  await cards.root.getByLabel('Chọn tệp ảnh…').setInputFiles(camera)
  await expect(cards.root.getByRole('alert')).toHaveText(
    'Ảnh “IMG_0042.jpg” nặng 51 MB, quá giới hạn 50 MB cho một lần in. Thu nhỏ ảnh (ví dụ 600 × 800 điểm ảnh là đủ cho thẻ) rồi chọn lại.'
  )
  // Three photos off a phone, together over that limit: redrawn at a card's size before sending.
  const phone = [3, 4, 5].map((n) => {
    const path = test.info().outputPath(`${n}.png`)
    writeFileSync(path, phonePhoto(n))
    return path
  })
  expect(phone.reduce((sum, path) => sum + statSync(path).size, 0)).toBeGreaterThan(
    60 * 1024 * 1024
  )
  await cards.root.getByLabel('Chọn tệp ảnh…').setInputFiles(phone)
  await expect(cards.root.getByText(/^Đã chọn 3 ảnh/)).toBeVisible({ timeout: 60_000 })
  await expect(cards.root.getByRole('alert')).toBeHidden()
  await cards.root.getByLabel('Chọn tệp ảnh…').setInputFiles(files([1, 2]))
  await expect(cards.root.getByText(/^Đã chọn 2 ảnh/)).toBeVisible()
  await cards.printButton.click()
  await expect(
    cards.root.getByRole('alert').filter({ hasText: 'Không có ảnh cho 118 đại biểu: 3. ' })
  ).toBeVisible({
    timeout: 60_000
  })
  await expect(cards.saveButton).toBeHidden()
  await screenshot(page, 'cards-photos-missing')

  // a photo for everyone, plus a stray file that is not an image: cards with 120 photos
  const all = files(Array.from({ length: 120 }, (_, i) => i + 1))
  await cards.root
    .getByLabel('Chọn tệp ảnh…')
    .setInputFiles([
      ...all,
      { name: 'Thumbs.db', mimeType: 'application/octet-stream', buffer: Buffer.from('x') }
    ])
  await expect(cards.root.getByText(/^Đã chọn 120 ảnh/)).toBeVisible()
  await cards.printButton.click()
  await expect(cards.saveButton).toBeVisible({ timeout: 90_000 })
  const file = await saveDownload(page, () => cards.saveButton.click(), 'the-co-anh.pdf')
  const images = execFileSync('pdfimages', ['-list', file], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => /^\s*\d+\s+\d+\s+image\s+48\s+48\s/.test(l))
  expect(images).toHaveLength(120)
  await screenshot(page, 'cards-photos-printed')
})

test('invitations and envelope labels for the guests only: the letter as the sample fills it, one page each', async ({
  page,
  dais
}) => {
  test.setTimeout(180_000)
  const shell = new AppShell(page)
  await shell.openSample(dais.url, { name: 'Thẻ & giấy mời' })
  const cards = new CardsSection(page)
  await cards.tab('Giấy mời').click()
  await expect(cards.root.getByRole('textbox', { name: 'Thời gian' })).toHaveValue(
    /ngày 12 tháng 9 năm 2025/
  )
  const sendTo = cards.root.getByRole('combobox', { name: 'Gửi cho' })
  await cards.choose(sendTo, 'Tất cả đại biểu (120)')
  await expect(cards.root.getByRole('button', { name: 'In giấy mời cho 120 người' })).toBeVisible()
  const guestsOption = page.getByRole('option', { name: /^Đại biểu khách mời \(\d+\)$/ })
  await sendTo.locator('xpath=ancestor::div[contains(@class,"el-select__wrapper")][1]').click()
  const guests = Number(/\((\d+)\)/.exec((await guestsOption.textContent()) ?? '')?.[1])
  expect(guests).toBeGreaterThan(3)
  await guestsOption.click()
  await cards.root.getByRole('button', { name: `In giấy mời cho ${guests} người` }).click()
  await expect(cards.saveButton).toBeVisible({ timeout: 60_000 })
  const letters = await saveDownload(page, () => cards.saveButton.click(), 'giay-moi.pdf')
  expect(pdfPages(letters)).toBe(guests)
  const text = pdfText(letters)
  expect(text.match(/Kính gửi: (Ông|Bà) /g)).toHaveLength(guests)
  expect(text.match(/ngày 12 tháng 9 năm 2025/g)).toHaveLength(guests)
  await screenshot(page, 'cards-invitations')

  await cards.tab('Nhãn phong bì').click()
  const labelsTo = cards.root
    .getByRole('combobox', { name: 'Gửi cho' })
    .and(page.locator(':visible'))
  await cards.choose(labelsTo, `Đại biểu khách mời (${guests})`)
  await cards.root.getByRole('button', { name: `In ${guests} nhãn` }).click()
  await expect(cards.saveButton.and(page.locator(':visible'))).toBeVisible({ timeout: 60_000 })
  const labels = await saveDownload(
    page,
    () => cards.saveButton.and(page.locator(':visible')).click(),
    'nhan.pdf'
  )
  expect(pdfText(labels).match(/Kính gửi/g)).toHaveLength(guests)
  await screenshot(page, 'cards-labels')
})
