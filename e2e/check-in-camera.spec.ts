import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AppShell } from './pages/app-shell'
import { fakeCameraArgs, writeQrVideo } from './pages/fake-camera'
import { expect, screenshot, test as base } from './pages/page-problems'

// The browser of this file's worker films a video file instead of a camera; the file is written
// blank before the browser starts and holds the card once the test knows a code.
const test = base.extend<Record<never, never>, { cameraFile: string }>({
  cameraFile: [
    async ({}, use, workerInfo) => {
      const file = join(tmpdir(), `dais-fake-camera-${process.pid}-${workerInfo.workerIndex}.y4m`)
      writeQrVideo(file, null)
      await use(file)
    },
    { scope: 'worker' }
  ],
  launchOptions: [
    async ({ launchOptions, cameraFile }, use) => {
      await use({
        ...launchOptions,
        args: [...(launchOptions.args ?? []), ...fakeCameraArgs(cameraFile)]
      })
    },
    { scope: 'worker' }
  ]
})

test('a card held in front of the webcam checks the delegate in once, in green, through the same desk', async ({
  page,
  dais,
  cameraFile
}) => {
  test.setTimeout(120_000)
  const shell = new AppShell(page)
  await shell.openSample(dais.url)

  // A real card's code: delegate 8, an official delegate, as the printed card's QR code carries it.
  const codes = (await page.evaluate(
    `window.dais.listEvents({}).then((r) => window.dais.listCheckInCodes({ eventId: r.value[0].id }))`
  )) as { ok: boolean; value: { number: number; code: string }[] }
  const code = codes.value.find((c) => c.number === 8)!.code
  writeQrVideo(cameraFile, code)

  await page.getByRole('tab', { name: 'Điểm danh', exact: true }).click()
  const section = page.getByRole('region', { name: 'Điểm danh và số đại biểu có mặt' })
  await section.getByRole('tab', { name: 'Bàn điểm danh' }).click()
  const feedback = section.getByTestId('check-in-feedback')
  await section.getByRole('button', { name: 'Quét bằng camera' }).click()
  await expect(section.getByTestId('camera-preview')).toBeVisible()
  await expect(feedback).toHaveClass(/tone-present/)
  await expect(section.getByTestId('desk-figures')).toContainText('Có mặt 1/114')
  // the scanner's field keeps the focus, ready for a USB scanner too
  await expect(section.getByTestId('check-in-input')).toBeFocused()
  await screenshot(page, 'check-in-desk-camera')
  const name = (await section.getByTestId('check-in-name').textContent())!
  expect(name.trim()).not.toBe('')

  // the card stays in the picture: no second check-in, no amber message
  await section.getByRole('button', { name: 'Tắt camera' }).click()
  await expect(section.getByTestId('camera-preview')).toBeHidden()
  await expect(feedback).toHaveClass(/tone-present/)
  await expect(section.getByTestId('desk-figures')).toContainText('Có mặt 1/114')

  // shown again after the camera was off: amber, with the time of the first scan, still one
  await section.getByRole('button', { name: 'Quét bằng camera' }).click()
  await expect(feedback).toHaveClass(/tone-already/)
  await expect(feedback).toContainText(/Đã điểm danh lúc \d\d:\d\d/)
  await expect(section.getByTestId('check-in-name')).toHaveText(name)
  await expect(section.getByTestId('desk-figures')).toContainText('Có mặt 1/114')

  // leaving the desk turns the camera off: back at the desk it waits for the button again
  await section.getByRole('tab', { name: 'Tổng hợp' }).click()
  await section.getByRole('tab', { name: 'Bàn điểm danh' }).click()
  await expect(section.getByRole('button', { name: 'Quét bằng camera' })).toBeVisible()
  await expect(section.getByTestId('camera-preview')).toBeHidden()
})
