import { BrowserWindow, screen } from 'electron'
import { existsSync } from 'node:fs'
import { askBeforeUnload } from './ask-before-unload'
import { secureWebPreferences } from './web-preferences'
import { loadWindowState, minimumWindowSize, saveWindowState } from './window-state'

export interface MainWindowOptions {
  entryUrl: string
  preloadPath: string
  stateFile: string
  iconPath: string
  dev: boolean
}

const workAreas = () => {
  const primary = screen.getPrimaryDisplay()
  return [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map(
    (d) => d.workArea
  )
}

/** Saves the normal (unmaximised) bounds and the maximised flag when the window closes. */
export function rememberWindowState(window: BrowserWindow, stateFile: string): void {
  window.on('close', () => {
    try {
      saveWindowState(stateFile, {
        bounds: window.getNormalBounds(),
        maximized: window.isMaximized()
      })
    } catch (error) {
      console.warn('Could not save the window state', error)
    }
  })
}

/** The one app window: secure preferences, remembered placement, shown once painted. */
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const initial = loadWindowState(options.stateFile, workAreas())
  const window = new BrowserWindow({
    ...initial.bounds,
    minWidth: minimumWindowSize.width,
    minHeight: minimumWindowSize.height,
    show: false,
    title: 'Dais',
    backgroundColor: '#ffffff',
    ...(existsSync(options.iconPath) ? { icon: options.iconPath } : {}),
    webPreferences: secureWebPreferences({
      preloadPath: options.preloadPath,
      devTools: options.dev
    })
  })
  window.once('ready-to-show', () => {
    if (initial.maximized) window.maximize()
    window.show()
  })
  rememberWindowState(window, options.stateFile)
  askBeforeUnload(window)
  window.loadURL(options.entryUrl).catch((error: unknown) => {
    console.error(`Could not load ${options.entryUrl}`, error)
  })
  return window
}
