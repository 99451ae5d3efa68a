import type { AppService } from '../core/app-service'

export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown
  quit(): void
}

/**
 * Holds the first quit until the service has flushed and released the data folder, then quits
 * for real. Later quit requests while closing are swallowed; the one after closing goes through.
 */
export function flushOnQuit(
  service: Pick<AppService, 'close'>,
  app: QuittingApp,
  onCloseError: (error: unknown) => void = (error) =>
    console.error('Closing the service failed', error)
): void {
  let state: 'running' | 'closing' | 'closed' = 'running'
  app.on('before-quit', (event) => {
    if (state === 'closed') return
    event.preventDefault()
    if (state === 'closing') return
    state = 'closing'
    service
      .close()
      .catch(onCloseError)
      .finally(() => {
        state = 'closed'
        app.quit()
      })
  })
}

export interface SessionEndingWindow {
  on(event: 'session-end', listener: () => void): unknown
}

/**
 * Windows ends the session (shutdown, log off) without `before-quit`: flush what we can.
 * @see https://www.electronjs.org/docs/latest/api/browser-window#event-session-end-windows
 */
export function flushOnSessionEnd(
  service: Pick<AppService, 'flush'>,
  window: SessionEndingWindow
): void {
  window.on('session-end', () => {
    service.flush().catch((error: unknown) => console.error('Flush at session end failed', error))
  })
}
