import { app, type WebContents } from 'electron'

/**
 * Only navigations inside our own origin; everything else is cancelled and never handed to
 * `shell.openExternal`, whose input would then come from the renderer.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#13-disable-or-limit-navigation
 * @see https://www.electronjs.org/docs/latest/tutorial/security#15-do-not-use-shellopenexternal-with-untrusted-content
 */
export function blockForeignNavigation(
  contents: WebContents,
  isAppUrl: (url: string) => boolean
): void {
  const guard = (event: { url: string; preventDefault(): void }, kind: string) => {
    if (isAppUrl(event.url)) return
    event.preventDefault()
    console.warn(`Blocked ${kind} to ${event.url}`)
  }
  contents.on('will-navigate', (event) => guard(event, 'navigation'))
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) guard(event, 'sub-frame navigation')
  })
  contents.on('will-redirect', (event) => guard(event, 'redirect'))
}

/** @see https://www.electronjs.org/docs/latest/tutorial/security#14-disable-or-limit-creation-of-new-windows */
export function denyNewWindows(contents: WebContents): void {
  contents.setWindowOpenHandler(({ url }) => {
    console.warn(`Denied a new window for ${url}`)
    return { action: 'deny' }
  })
}

/** @see https://www.electronjs.org/docs/latest/tutorial/security#12-verify-webview-options-before-creation */
export function refuseWebviews(contents: WebContents): void {
  contents.on('will-attach-webview', (event) => event.preventDefault())
}

/** Applies the guards to every webContents the app will ever create, windows included. */
export function guardWebContents(isAppUrl: (url: string) => boolean): void {
  app.on('web-contents-created', (_event, contents) => {
    blockForeignNavigation(contents, isAppUrl)
    denyNewWindows(contents)
    refuseWebviews(contents)
  })
}
