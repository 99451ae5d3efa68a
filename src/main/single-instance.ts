import { app, type BrowserWindow } from 'electron'

/**
 * One process owns the data file (RELIABILITY.md, "One writer"). A second launch quits and
 * brings the first one's window forward instead. Returns false when this process must exit.
 */
export function requireSingleInstance(mainWindow: () => BrowserWindow | null): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit()
    return false
  }
  app.on('second-instance', () => {
    const window = mainWindow()
    if (!window || window.isDestroyed()) return
    if (window.isMinimized()) window.restore()
    window.show()
    window.focus()
  })
  return true
}
