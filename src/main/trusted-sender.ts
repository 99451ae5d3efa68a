import { originOf } from './app-origin'

/** What main knows about the frame behind an IPC message. */
export interface SenderInfo {
  /** URL of the sending frame; undefined when the frame is gone or was navigated away. */
  frameUrl: string | undefined
  /** True only for the main frame of the sender's webContents (no iframes, no fenced frames). */
  isMainFrame: boolean
  webContentsId: number
}

export interface TrustedTarget {
  origin: string
  /** Id of our window's webContents; null before the window exists or after it is destroyed. */
  webContentsId: number | null
}

/**
 * Accept a message only from the main frame of our own window, showing our own origin.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages
 */
export function isTrustedSender(sender: SenderInfo, trusted: TrustedTarget): boolean {
  return (
    trusted.webContentsId !== null &&
    sender.webContentsId === trusted.webContentsId &&
    sender.isMainFrame &&
    originOf(sender.frameUrl) === trusted.origin
  )
}
