import type { StorageStatus } from './entities'

export interface ProgressEvent {
  jobId: string
  label: string
  done: number
  total: number
}

/** The top-level parts of the data file, one per feature and a few shared ones. */
export const dataParts = [
  'organisation',
  'settings',
  'events',
  'audit',
  'delegates',
  'rosters',
  'honours',
  'certificates',
  'agenda',
  'imports',
  'movement'
] as const
export type DataPart = (typeof dataParts)[number]

/**
 * A change was committed (or undone): `entity` is what the user changed; `parts` are the parts of
 * the data it wrote (the audit log always among them), so a screen refetches only what reads them.
 */
export interface DataChange {
  entity: string
  entityId: string
  parts: DataPart[]
}

/** Events pushed from the app to the renderer (webContents.send / server-sent events). */
export interface AppEventMap {
  storageStatus: StorageStatus
  progress: ProgressEvent
  dataChanged: DataChange
}

export type AppEvent = {
  [K in keyof AppEventMap]: { type: K; payload: AppEventMap[K] }
}[keyof AppEventMap]
