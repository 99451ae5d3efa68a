import { describe, expect, it } from 'vitest'
import { secureWebPreferences } from './web-preferences'

describe('secureWebPreferences', () => {
  it('isolates, sandboxes and keeps Node out of the renderer', () => {
    const prefs = secureWebPreferences({
      preloadPath: '/app/out/preload/index.cjs',
      devTools: false
    })
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      preload: '/app/out/preload/index.cjs',
      devTools: false
    })
    expect(prefs).not.toHaveProperty('enableBlinkFeatures')
  })

  it('enables dev tools only when asked', () => {
    expect(secureWebPreferences({ preloadPath: 'p', devTools: true }).devTools).toBe(true)
  })
})
