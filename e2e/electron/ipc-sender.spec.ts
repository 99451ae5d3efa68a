import {
  expect,
  hasElectron,
  inPage,
  noElectronReason,
  preloadPath,
  test,
  type DaisDesktop
} from './dais-electron'

test.skip(!hasElectron, noElectronReason)

/** Loads `url` in a second window that has our preload, and calls the API from there. */
const callFromForeignWindow = (dais: DaisDesktop, url: string) =>
  dais.app.evaluate(
    async ({ BrowserWindow }, { preload, url }) => {
      const window = new BrowserWindow({
        show: false,
        webPreferences: { preload, sandbox: true, contextIsolation: true }
      })
      try {
        await window.loadURL(url)
        return (await window.webContents.executeJavaScript('window.dais.getAppInfo({})')) as unknown
      } finally {
        window.destroy()
      }
    },
    { preload: preloadPath, url }
  )

test('S3: our own window may call the contract', async ({ dais }) => {
  expect(await inPage(dais.page, 'window.dais.getAppInfo({})')).toMatchObject({ ok: true })
})

test('S3: a foreign page with our preload is refused', async ({ dais }) => {
  expect(await callFromForeignWindow(dais, 'data:text/html,<title>foreign</title>')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' }
  })
})

test('S3: another window at our own origin is refused', async ({ dais }) => {
  expect(await callFromForeignWindow(dais, 'app://dais/index.html')).toMatchObject({
    ok: false,
    error: { code: 'FORBIDDEN' }
  })
})
