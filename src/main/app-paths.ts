import { app } from 'electron'
import { join, resolve } from 'node:path'
import { appFolderName } from '../core/paths'

/**
 * Names the app "Dais" and pins userData to `<appData>/Dais`, the folder browser mode uses too
 * (`defaultDataDir` in src/core/paths.ts). Must run before `ready` and before the single-instance lock, which lives
 * in userData. Unpackaged runs (tests, development) may point elsewhere with DAIS_DATA_DIR.
 */
export function useDaisDataDir(): string {
  app.setName(appFolderName)
  const override = app.isPackaged ? undefined : process.env['DAIS_DATA_DIR']
  const dataDir = override ? resolve(override) : join(app.getPath('appData'), appFolderName)
  app.setPath('userData', dataDir)
  // Chromium's caches and storage get a subfolder, away from the database and its backups.
  app.setPath('sessionData', join(dataDir, 'chromium'))
  return dataDir
}

/** Bundled read-only files (fonts, templates, icons): extraResources when packaged. */
export const resourcesDir = (): string =>
  app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources')

/** The Vite dev server URL, only ever honoured in unpackaged runs. */
export const devServerUrl = (): string | undefined =>
  app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'] || undefined
