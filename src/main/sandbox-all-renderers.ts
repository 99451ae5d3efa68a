import { app } from 'electron'

/**
 * Sandboxes every renderer, including any created without our web preferences. Before `ready`.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#4-enable-process-sandboxing
 */
export function sandboxAllRenderers(): void {
  app.enableSandbox()
}
