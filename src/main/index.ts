import { app, type BrowserWindow } from 'electron'
import { join } from 'node:path'
import { devServerUrl, resourcesDir, useDaisDataDir } from './app-paths'
import { appEntryUrl, isSameOrigin, trustedOriginFor } from './app-origin'
import { registerAppProtocol, registerAppScheme } from './app-protocol'
import { installAppMenu } from './app-menu'
import { contentSecurityPolicy, developmentContentSecurityPolicy } from './csp'
import { flushOnQuit, flushOnSessionEnd } from './flush-on-quit'
import { forwardEvents } from './forward-events'
import { guardWebContents } from './guard-web-contents'
import { hardenSessions } from './harden-sessions'
import { failStartup, quitWhenWindowsClosed } from './lifecycle'
import { createMainWindow } from './main-window'
import { desktopQuitDeps } from './desktop-quit'
import { serveContract } from './serve-contract'
import { sandboxAllRenderers } from './sandbox-all-renderers'
import { requireSingleInstance } from './single-instance'
import { startService } from './start-service'
import { windowStateFileName } from './window-state'

const devUrl = devServerUrl()
const trustedOrigin = trustedOriginFor(devUrl)
const policy = devUrl ? developmentContentSecurityPolicy(trustedOrigin) : contentSecurityPolicy
const rendererRoot = join(__dirname, '../renderer')
const preloadPath = join(__dirname, '../preload/index.cjs')

let mainWindow: BrowserWindow | null = null
const liveMainWindow = (): BrowserWindow | null =>
  mainWindow && !mainWindow.isDestroyed() ? mainWindow : null

async function start(dataDir: string): Promise<void> {
  await app.whenReady()
  hardenSessions(policy, trustedOrigin)
  guardWebContents((url) => isSameOrigin(url, trustedOrigin))
  registerAppProtocol(rendererRoot, policy)

  const service = await startService(dataDir, resourcesDir())
  flushOnQuit(service, app, desktopQuitDeps(service, dataDir, liveMainWindow))
  serveContract(service, () => ({
    origin: trustedOrigin,
    webContentsId: liveMainWindow()?.webContents.id ?? null
  }))
  forwardEvents(service, () => liveMainWindow()?.webContents ?? null)
  installAppMenu(service, { dev: Boolean(devUrl), mainWindow: liveMainWindow })

  mainWindow = createMainWindow({
    entryUrl: devUrl ?? appEntryUrl,
    preloadPath,
    stateFile: join(dataDir, windowStateFileName),
    iconPath: join(resourcesDir(), 'icons', 'icon.png'),
    dev: Boolean(devUrl)
  })
  flushOnSessionEnd(service, mainWindow)
  quitWhenWindowsClosed()
}

const dataDir = useDaisDataDir()
sandboxAllRenderers()
registerAppScheme()
if (requireSingleInstance(liveMainWindow)) {
  start(dataDir).catch(failStartup)
}
