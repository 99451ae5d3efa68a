import type { WebPreferences } from 'electron'

/** @see https://www.electronjs.org/docs/latest/tutorial/security#2-do-not-enable-nodejs-integration-for-remote-content */
const noNodeIntegration = {
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false
} satisfies WebPreferences

/** @see https://www.electronjs.org/docs/latest/tutorial/security#3-enable-context-isolation */
const contextIsolated = { contextIsolation: true } satisfies WebPreferences

/** @see https://www.electronjs.org/docs/latest/tutorial/security#4-enable-process-sandboxing */
const sandboxed = { sandbox: true } satisfies WebPreferences

/** @see https://www.electronjs.org/docs/latest/tutorial/security#6-do-not-disable-websecurity */
const webSecurityOn = { webSecurity: true } satisfies WebPreferences

/** @see https://www.electronjs.org/docs/latest/tutorial/security#8-do-not-enable-allowrunninginsecurecontent */
const noInsecureContent = { allowRunningInsecureContent: false } satisfies WebPreferences

/** @see https://www.electronjs.org/docs/latest/tutorial/security#9-do-not-enable-experimental-features */
const noExperimentalFeatures = { experimentalFeatures: false } satisfies WebPreferences

/** @see https://www.electronjs.org/docs/latest/tutorial/security#12-verify-webview-options-before-creation */
const noWebviews = { webviewTag: false } satisfies WebPreferences

/**
 * A file dropped outside a drop zone must not replace the app with that file.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#13-disable-or-limit-navigation
 */
const noDropNavigation = { navigateOnDragDrop: false } satisfies WebPreferences

/** The only web preferences any Dais window is created with. */
export function secureWebPreferences(options: {
  preloadPath: string
  devTools: boolean
}): WebPreferences {
  return {
    ...noNodeIntegration,
    ...contextIsolated,
    ...sandboxed,
    ...webSecurityOn,
    ...noInsecureContent,
    ...noExperimentalFeatures,
    ...noWebviews,
    ...noDropNavigation,
    preload: options.preloadPath,
    devTools: options.devTools,
    spellcheck: false
  }
}
