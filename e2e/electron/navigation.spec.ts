import {
  expect,
  hasElectron,
  inPage,
  noElectronReason,
  test,
  type DaisDesktop
} from './dais-electron'

test.skip(!hasElectron, noElectronReason)

const windowCount = (dais: DaisDesktop) =>
  dais.app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().length)

test('S6: navigating away from the app is blocked', async ({ dais }) => {
  const start = dais.page.url()
  for (const target of [
    'https://example.invalid/',
    'file:///etc/passwd',
    'data:text/html,<p>x</p>'
  ]) {
    await inPage(dais.page, `location.href = ${JSON.stringify(target)}`)
    await dais.page.waitForTimeout(300)
    expect(dais.page.url()).toBe(start)
  }
})

test('S6: window.open is denied and opens nothing', async ({ dais }) => {
  expect(await inPage(dais.page, `window.open('https://example.invalid/') === null`)).toBe(true)
  expect(await inPage(dais.page, `window.open('app://dais/index.html') === null`)).toBe(true)
  expect(await windowCount(dais)).toBe(1)
})

test('S6: a target=_blank link opens no window', async ({ dais }) => {
  await inPage(
    dais.page,
    `(() => {
      const a = document.createElement('a')
      a.href = 'https://example.invalid/'
      a.target = '_blank'
      a.textContent = 'external'
      document.body.append(a)
      a.click()
      a.remove()
    })()`
  )
  await dais.page.waitForTimeout(300)
  expect(await windowCount(dais)).toBe(1)
  expect(dais.app.windows()).toHaveLength(1)
})
