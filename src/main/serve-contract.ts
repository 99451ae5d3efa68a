import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  type IpcMainInvokeEvent,
  type WebFrameMain
} from 'electron'
import { join } from 'node:path'
import type { AppService } from '../core/app-service'
import { channelOf, methodNames } from '@shared/method-names'
import { createGuardedInvoke } from './guarded-dispatch'
import { isTrustedSender, type SenderInfo, type TrustedTarget } from './trusted-sender'

const sameFrame = (a: WebFrameMain, b: WebFrameMain): boolean =>
  a.processId === b.processId && a.routingId === b.routingId

/**
 * What the sender check needs from an invoke event. A frame that is gone or disposed (reading it
 * then throws) is described as untrusted.
 */
export function describeSender(event: IpcMainInvokeEvent): SenderInfo {
  try {
    const frame = event.senderFrame
    return {
      frameUrl: frame?.url,
      isMainFrame:
        frame !== null && frame.parent === null && sameFrame(frame, event.sender.mainFrame),
      webContentsId: event.sender.id
    }
  } catch {
    return { frameUrl: undefined, isMainFrame: false, webContentsId: -1 }
  }
}

/**
 * Registers one `ipcMain.handle` per contract method and nothing else. Every call passes the
 * sender check, then the service's dispatch (which validates the argument; the host features
 * such as `openDocument` and `saveUnsavedCopy` are passed into the service by start-service.ts).
 * @see https://www.electronjs.org/docs/latest/tutorial/security#17-validate-the-sender-of-all-ipc-messages
 */
export function serveContract(
  service: Pick<AppService, 'dispatch'>,
  trusted: () => TrustedTarget
): void {
  const invoke = createGuardedInvoke(
    (method, arg) => service.dispatch(method, arg),
    (sender) => isTrustedSender(sender, trusted()),
    console
  )
  for (const method of methodNames) {
    ipcMain.handle(channelOf(method), (event, arg: unknown) =>
      invoke(method, describeSender(event), arg)
    )
  }
}

/** A save dialog for a data file, over the focused window when there is one. */
export async function chooseCopyPath(defaultName: string): Promise<string | null> {
  const options = {
    defaultPath: join(app.getPath('documents'), defaultName),
    filters: [{ name: 'Dais data', extensions: ['json'] }]
  }
  const window = BrowserWindow.getFocusedWindow()
  const { canceled, filePath } = window
    ? await dialog.showSaveDialog(window, options)
    : await dialog.showSaveDialog(options)
  return canceled || !filePath ? null : filePath
}
