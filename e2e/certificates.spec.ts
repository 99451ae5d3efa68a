import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import * as fontkit from 'fontkit'
import { AppShell } from './pages/app-shell'
import { CertificateSetupPage } from './pages/certificates-setup'
import { CertificatesSection } from './pages/certificates-section'
import { expect, screenshot, test } from './pages/page-problems'
import { download, pdfPages } from './pages/pdf-downloads'

const blankTemplate = 'Giấy khen — in trên phôi A4 ngang'
const copyName = `${blankTemplate} (bản sao)`
const printerName = 'Canon LBP 2900 — phôi A4'

const pdfInfo = (file: string) => execFileSync('pdfinfo', [file], { encoding: 'utf8' })
/** x of the first word `word` on a page, in pt from the left edge (pdftotext -bbox). */
function wordX(file: string, page: number, word: string): number {
  const html = execFileSync(
    'pdftotext',
    ['-f', String(page), '-l', String(page), '-bbox', file, '-'],
    { encoding: 'utf8' }
  )
  const hit = new RegExp(`<word xMin="([\\d.]+)"[^>]*>${word}</word>`).exec(html)
  return Number(hit?.[1])
}
const ptPerMm = 72 / 25.4
const pdfText = (file: string, page: number) =>
  execFileSync('pdftotext', ['-f', String(page), '-l', String(page), '-layout', file, '-'], {
    encoding: 'utf8'
  })

test('design, calibrate, print the sample decision in stage order; record what came out, page 5 spoiled', async ({
  page,
  dais
}) => {
  test.setTimeout(180_000)
  const shell = new AppShell(page)
  await shell.openSample(dais.url)
  const eventId = /#\/events\/([^/?]+)/.exec(page.url())?.[1] ?? ''
  expect(eventId).not.toBe('')

  // --- the designer: a copy of the shipped blank template, one tweak, the real PDF follows ---
  await page.getByRole('navigation').getByRole('link', { name: 'Mẫu in & máy in' }).click()
  const setup = new CertificateSetupPage(page)
  const designer = await setup.duplicateTemplate(blankTemplate)
  await expect(designer.preview).toBeVisible()
  await expect(designer.latency).toContainText('Bản xem trước là trang PDF thật')

  const registerField = designer.field('Số sổ vàng')
  await registerField.click()
  const left = designer.boxInput('Cách mép trái')
  await expect(left).toHaveValue('22')
  const before = await designer.previewRevision()
  // Drag the register number 10 mm to the right (at 70 %: 10 × 3.78 × 0.7 px): 32 mm lies
  // within 6 px of the left edge shared by the lines above (30 mm), so it sticks there.
  await registerField.scrollIntoViewIfNeeded()
  const box = (await registerField.boundingBox())!
  await page.mouse.move(box.x + 20, box.y + box.height / 2)
  await page.mouse.down()
  await page.mouse.move(box.x + 20 + 26.8, box.y + box.height / 2, { steps: 5 })
  await page.mouse.up()
  await expect(left).toHaveValue('30')
  // Arrow keys nudge by one grid step.
  await page.keyboard.press('ArrowRight')
  await expect(left).toHaveValue('31')
  await expect.poll(() => designer.previewRevision()).toBeGreaterThan(before)
  // Ctrl+Z inside the designer undoes the last edit only.
  await page.keyboard.press('Control+z')
  await expect(left).toHaveValue('30')
  // A field moved onto another is named in the warnings, with the field it covers.
  const top = designer.boxInput('Cách mép trên')
  await expect(designer.warnings).not.toContainText('nằm đè lên')
  await top.fill('176')
  await top.press('Enter')
  await expect(designer.warnings).toContainText('Số sổ vàng — nằm đè lên trường “Quyết định”')
  await top.fill('180')
  await top.press('Enter')
  await expect(designer.warnings).not.toContainText('nằm đè lên')
  const latency = Number(/(\d+) ms/.exec((await designer.latency.textContent()) ?? '')?.[1])
  test.info().annotations.push({ type: 'preview latency', description: `${latency} ms` })
  await screenshot(page, 'certificates-designer')
  await designer.saveButton.click()
  await expect(shell.toast(`Đã lưu mẫu “${copyName}”`)).toBeVisible()

  // --- calibration: sheet at 100 %, measured shift typed, profile saved ---
  await page.getByRole('button', { name: '← Danh sách mẫu' }).click()
  await setup.profilesTab.click()
  await setup.main.getByRole('button', { name: 'Hiệu chỉnh máy in mới…' }).click()
  const wizard = page.getByRole('dialog', { name: 'Hiệu chỉnh máy in' })
  await expect(wizard.getByText('In ở “Kích thước thực” / “Actual size” / 100 %')).toBeVisible()
  const sheet = await download(
    page,
    () => wizard.getByRole('button', { name: 'Tải trang hiệu chỉnh (PDF)' }).click(),
    'calibration.pdf'
  )
  expect(pdfInfo(sheet.file)).toMatch(/Page size:\s+841\.89 x 595\.2\d* pts \(A4\)/)
  await screenshot(page, 'certificates-calibration-print')
  await wizard.getByRole('button', { name: 'Tiếp tục' }).click()
  await wizard.getByRole('button', { name: 'Tiếp tục' }).click()
  await wizard.getByLabel('Bản in lệch sang phải bao nhiêu mm (lệch trái: số âm)').fill('1.5')
  await wizard.getByLabel('Bản in lệch xuống dưới bao nhiêu mm (lệch lên: số âm)').fill('-1')
  await wizard.getByRole('button', { name: 'Tiếp tục' }).click()
  await wizard.getByLabel('Tên máy in / loại phôi').fill(printerName)
  await expect(wizard.getByRole('status')).toContainText('-1.5 mm')
  await screenshot(page, 'certificates-calibration-save')
  await wizard.getByRole('button', { name: 'Lưu hiệu chỉnh' }).click()
  await expect(wizard.getByText('Đã lưu hiệu chỉnh', { exact: true })).toBeVisible()
  await wizard.getByRole('button', { name: 'Xong' }).click()
  await expect(setup.profileRow(printerName)).toContainText('-1.5 / +1 mm')

  // --- the batch: 31 certificates in stage order ---
  await page.goto(`${dais.origin}/#/events/${eventId}`)
  await page.getByRole('tab', { name: 'In giấy khen' }).click()
  const section = new CertificatesSection(page)
  await expect(section.printButton).toHaveText('Tạo tệp giấy khen (31)')
  await section.choose(section.template, copyName)
  await section.choose(section.profile, printerName)
  const names = await section.orderNames()
  expect(names).toHaveLength(31)
  await section.checkButton.click()
  await expect(shell.toast('Cả 31 giấy khen đều in được')).toBeVisible()
  await section.printButton.click()
  await expect(section.saveButton).toBeVisible({ timeout: 60_000 })
  await screenshot(page, 'certificates-batch')
  const batch = await download(page, () => section.saveButton.click(), 'batch.pdf')
  expect(pdfPages(batch.file)).toBe(31)
  for (const [i, name] of names.entries()) {
    const text = pdfText(batch.file, i + 1).replace(/\s+/g, ' ')
    expect(text, `page ${i + 1}`).toContain(name)
  }

  // The designer's tweak (x = 30 mm) and the calibration (1.5 mm to the left) both reach paper.
  expect(Math.abs(wordX(batch.file, 1, 'Số') - (30 - 1.5) * ptPerMm)).toBeLessThan(0.3)

  // --- making the file recorded nothing; the user says what came out: page 5 jammed ---
  await expect(section.orderRow(5)).toContainText('0')
  await section.root.getByRole('button', { name: 'Đã in xong…' }).first().click()
  const printed = page.getByRole('dialog', { name: 'Ghi nhận đã in xong' })
  await expect(printed.getByLabel('Trang đã in xong (ra đúng)')).toHaveValue('1-31')
  // A page past the end is refused; the message goes once the pages are typed again.
  await printed.getByLabel('Trang đã in xong (ra đúng)').fill('1-32')
  await printed.getByRole('button', { name: 'Ghi vào sổ' }).click()
  const refused = printed.getByRole('alert')
  await expect(refused).toHaveText('“1-32” không phải trang hợp lệ (từ 1 đến 31).')
  await printed.getByLabel('Trang đã in xong (ra đúng)').fill('1-4, 6-31')
  await expect(refused).toHaveCount(0)
  await printed.getByLabel('Trang hỏng, cần in lại').fill('5')
  await printed.getByLabel('Lý do hỏng').fill('Phôi bị kẹt giấy')
  await screenshot(page, 'certificates-print-record')
  await printed.getByRole('button', { name: 'Ghi vào sổ' }).click()
  await expect(printed).toBeHidden()
  await expect(section.orderRow(5)).toContainText('hỏng 1')
  await expect(section.orderRow(6)).toContainText('1')

  // --- page 5 again: a file for it, then "Đã in xong" records its first good sheet ---
  await section.selectRow(5)
  await section.root.getByRole('button', { name: 'Tạo tệp cho mục đã chọn (1)' }).click()
  const pages = page.getByRole('dialog', { name: 'Tạo tệp cho một số trang' })
  await expect(pages.getByLabel('Các trang')).toHaveValue('5')
  await pages.getByRole('button', { name: 'Tạo tệp', exact: true }).click()
  await expect(section.saveButton).toBeVisible({ timeout: 60_000 })
  const again = await download(page, () => section.saveButton.click(), 'reprint.pdf')
  expect(pdfPages(again.file)).toBe(1)
  expect(pdfText(again.file, 1).replace(/\s+/g, ' ')).toContain(names[4])
  await section.root.getByRole('button', { name: 'Đã in xong…' }).first().click()
  await expect(printed.getByLabel('Trang đã in xong (ra đúng)')).toHaveValue('5')
  await printed.getByRole('button', { name: 'Ghi vào sổ' }).click()
  await expect(printed).toBeHidden()
  await screenshot(page, 'certificates-reprint')

  // The register through the app's own API (a string: e2e code has no DOM types).
  const register = (await page.evaluate(
    `window.dais.listRegister(${JSON.stringify({ eventId })})`
  )) as { ok: boolean; value: { nameLine: string; prints: { kind: string; reason: string }[] }[] }
  expect(register.ok).toBe(true)
  const fifth = register.value.find((e) => names[4]?.includes(e.nameLine))
  expect(fifth?.prints.map((p) => [p.kind, p.reason])).toEqual([
    ['spoiled', 'Phôi bị kẹt giấy'],
    ['print', '']
  ])
  expect(register.value.every((e) => e.prints.filter((p) => p.kind === 'print').length === 1)).toBe(
    true
  )
})

test('refuses a damaged or newer template file and a font without Vietnamese letters', async ({
  page,
  dais
}) => {
  const shell = new AppShell(page)
  await shell.open(dais.url)
  await page.getByRole('navigation').getByRole('link', { name: 'Mẫu in & máy in' }).click()
  const setup = new CertificateSetupPage(page)
  await expect(setup.templateRow(blankTemplate)).toBeVisible()

  const templateInput = setup.main.getByLabel('Tệp mẫu giấy khen (.json)')
  await templateInput.setInputFiles({
    name: 'hong.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "dais-certificate-template", "version": 1, "template": {}}')
  })
  await expect(
    shell.toast(
      'Không nhập được “hong.json”: tệp không phải mẫu giấy khen của Dais hoặc đã bị hỏng.'
    )
  ).toBeVisible()
  await templateInput.setInputFiles({
    name: 'moi.json',
    mimeType: 'application/json',
    buffer: Buffer.from('{"format": "dais-certificate-template", "version": 99, "template": {}}')
  })
  await expect(
    shell.toast(/Không nhập được “moi.json”: tệp được tạo bởi phiên bản Dais mới hơn/)
  ).toBeVisible()

  // An ASCII-only cut of the bundled Tinos: the refusal lists the Vietnamese letters it lacks.
  const tinos = fontkit.create(
    readFileSync(join(__dirname, '..', 'resources', 'fonts', 'Tinos-Regular.ttf'))
  ) as fontkit.Font
  const subset = tinos.createSubset()
  for (const ch of 'ABCabc') subset.includeGlyph(tinos.glyphForCodePoint(ch.codePointAt(0)!))
  await setup.fontsTab.click()
  await setup.main.getByLabel('Tệp phông chữ (TTF hoặc OTF)').setInputFiles({
    name: 'latin.ttf',
    mimeType: 'font/ttf',
    buffer: Buffer.from(subset.encode())
  })
  const refusal = shell.toast('Không nhận phông “latin.ttf”: thiếu chữ tiếng Việt')
  await expect(refusal).toBeVisible()
  await expect(refusal).toContainText('ẫ')
  await expect(refusal).toContainText('Đ')
  await screenshot(page, 'certificates-font-refused')
})
