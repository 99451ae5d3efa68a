import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import type { AppEvent } from '@shared/app-events'
import type { DaisApi } from '@shared/dais-api'
import { channelOf, eventChannel, methodNames } from '@shared/method-names'

/**
 * One named function per contract method, built from the method list; no generic invoke and no
 * ipcRenderer reach the page. Main checks the sender and validates every argument.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#20-do-not-expose-electron-apis-to-untrusted-web-content
 */
const methods = Object.fromEntries(
  methodNames.map((method) => [
    method,
    (arg: unknown): Promise<unknown> => ipcRenderer.invoke(channelOf(method), arg)
  ])
)

/** Listeners receive only the event payload, never the IpcRendererEvent (it carries the sender). */
function onEvent(listener: (event: AppEvent) => void): () => void {
  const relay = (_event: IpcRendererEvent, appEvent: AppEvent) => listener(appEvent)
  ipcRenderer.on(eventChannel, relay)
  return () => {
    ipcRenderer.removeListener(eventChannel, relay)
  }
}

const api = { ...methods, onEvent } as DaisApi

contextBridge.exposeInMainWorld('dais', api)
