import { app, dialog } from 'electron'

/**
 * Closing the last window quits on every platform, so the data folder is flushed and released
 * rather than held by a windowless process.
 */
export function quitWhenWindowsClosed(): void {
  app.on('window-all-closed', () => app.quit())
}

/** Startup could not open the data (e.g. another Dais owns it): say so and exit. */
export function failStartup(error: unknown): void {
  console.error('Dais could not start', error)
  const message = error instanceof Error ? error.message : String(error)
  dialog.showErrorBox('Dais', `Dais không khởi động được / Dais could not start.\n\n${message}`)
  app.exit(1)
}
