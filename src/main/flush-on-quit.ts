import type { AppService } from '../core/app-service'

export interface QuittingApp {
  on(event: 'before-quit', listener: (event: { preventDefault(): void }) => void): unknown
  quit(): void
}

/** What the person chose when changes could not be saved at quit. */
export type QuitChoice = 'save-copy' | 'retry' | 'quit'

export interface QuitDeps {
  /** Asks what to do while changes cannot be saved (a message box); `reason` names the cause. */
  ask(reason: string): Promise<QuitChoice>
  /** Saves the unsaved data where the person chooses; true when a copy was written. */
  saveCopy(): Promise<boolean>
  /**
   * Writes the unsaved data beside the data folder (or another folder) for the next start to
   * name; the path written, or null.
   */
  rescue(): Promise<string | null>
  log(message: string, error?: unknown): void
  /** How long a save may take before the person is asked (a hung network drive). */
  waitMs?: number
  /** How long closing keeps trying once the person decided. */
  closeTimeoutMs?: number
}

type QuitService = Pick<AppService, 'close' | 'whenSaved'>

const errorText = (error: unknown): string =>
  error instanceof Error ? error.message : String(error)

function savedWithin(service: QuitService, ms: number): Promise<unknown> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Still not saved after ${ms / 1000} s.`)), ms)
  })
  // A service without whenSaved has nothing pending: the race settles at once.
  const saving = service.whenSaved?.()
  return Promise.race([saving, timeout]).finally(() => clearTimeout(timer))
}

/**
 * Never exits silently with unsaved changes: until everything is on disk, asks — Save a copy
 * elsewhere, Try again, Quit anyway. Resolves once saved or once the person decided.
 */
export async function settleBeforeQuit(service: QuitService, deps: QuitDeps): Promise<void> {
  for (;;) {
    try {
      await savedWithin(service, deps.waitMs ?? 10_000)
      return
    } catch (error) {
      const choice = await deps.ask(errorText(error))
      if (choice === 'retry') continue
      if (choice === 'save-copy' && !(await deps.saveCopy())) continue
      return
    }
  }
}

/**
 * Holds the first quit until the changes are saved (or the person decided what to do with
 * those that cannot be) and the data folder is released, then quits for real. When closing
 * still cannot save, the unsaved data is written beside the data folder, where the next start
 * finds it and names it. Later quit requests while closing are swallowed; the one after goes
 * through.
 */
export function flushOnQuit(service: QuitService, app: QuittingApp, deps: QuitDeps): void {
  let state: 'running' | 'closing' | 'closed' = 'running'
  const closeAndQuit = async (): Promise<void> => {
    await settleBeforeQuit(service, deps)
    try {
      await service.close({ timeoutMs: deps.closeTimeoutMs ?? 3_000 })
    } catch (error) {
      deps.log('Closing the service failed', error)
      const path = await deps.rescue().catch(() => null)
      deps.log(
        path
          ? `The unsaved changes were written to ${path}; the next start names it.`
          : 'The unsaved changes could not be written anywhere.'
      )
    }
  }
  app.on('before-quit', (event) => {
    if (state === 'closed') return
    event.preventDefault()
    if (state === 'closing') return
    state = 'closing'
    closeAndQuit()
      .catch((error: unknown) => deps.log('Quitting failed', error))
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
