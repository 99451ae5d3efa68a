import type { StorageStatus } from './entities'

export interface ProgressEvent {
  jobId: string
  label: string
  done: number
  total: number
}

/** Events pushed from the app to the renderer (webContents.send / server-sent events). */
export interface AppEventMap {
  storageStatus: StorageStatus
  progress: ProgressEvent
  dataChanged: { entity: string; entityId: string }
}

export type AppEvent = {
  [K in keyof AppEventMap]: { type: K; payload: AppEventMap[K] }
}[keyof AppEventMap]
