import { expect, hasElectron, noElectronReason, test } from './dais-electron'

test.skip(!hasElectron, noElectronReason)

test('S1: the main window is isolated, sandboxed and has no Node integration', async ({ dais }) => {
  const preferences = await dais.app.evaluate(({ BrowserWindow }) => {
    const windows = BrowserWindow.getAllWindows()
    // getLastWebPreferences exists at runtime but is missing from Electron's typings.
    const contents = windows[0]?.webContents as unknown as {
      getLastWebPreferences(): Record<string, unknown> | null
    }
    const p = contents.getLastWebPreferences() ?? {}
    return {
      windows: windows.length,
      contextIsolation: p.contextIsolation,
      sandbox: p.sandbox,
      nodeIntegration: p.nodeIntegration,
      nodeIntegrationInWorker: p.nodeIntegrationInWorker,
      nodeIntegrationInSubFrames: p.nodeIntegrationInSubFrames,
      webSecurity: p.webSecurity,
      webviewTag: p.webviewTag,
      allowRunningInsecureContent: p.allowRunningInsecureContent,
      experimentalFeatures: p.experimentalFeatures,
      preload: p.preload
    }
  })
  expect(preferences).toMatchObject({
    windows: 1,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    webviewTag: false,
    allowRunningInsecureContent: false,
    experimentalFeatures: false
  })
  expect(String(preferences.preload)).toMatch(/out[\\/]preload[\\/]index\.cjs$/)
})

test('the UI is served from app://dais, not file://', async ({ dais }) => {
  expect(dais.page.url()).toMatch(/^app:\/\/dais\//)
})
