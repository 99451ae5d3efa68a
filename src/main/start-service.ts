import { app, shell } from 'electron'
import { randomUUID } from 'node:crypto'
import { join } from 'node:path'
import type { AppContext } from '../core/app-context'
import { systemClock } from '../core/app-context'
import { createAppService, type AppService } from '../core/app-service'
import { createDeskControl, deskStateFileName, hallAddresses } from '../core/desk'
import { desktopHost } from './open-document'
import { chooseCopyPath } from './serve-contract'
import { saveCopyWithDialog } from './unsaved-copy'

/** Where unsaved data may go when the data folder cannot take it (after the folder's parent). */
export const desktopRescueFolders = (): string[] => [app.getPath('home'), app.getPath('temp')]

/** The composition root for the desktop runtime: the same core as browser mode, on userData. */
export function startService(dataDir: string, resourcesDir: string): Promise<AppService> {
  const context: AppContext = {
    dataDir,
    resourcesDir,
    appVersion: app.getVersion(),
    runtime: 'electron',
    rescueFolders: desktopRescueFolders(),
    clock: systemClock,
    newId: () => randomUUID()
  }
  const host = {
    ...desktopHost({
      tempDir: app.getPath('temp'),
      openPath: (path) => shell.openPath(path),
      newId: randomUUID
    }),
    saveUnsavedCopy: saveCopyWithDialog(chooseCopyPath)
  }
  let service: AppService | undefined
  const desks = createDeskControl({
    service: () => service!,
    now: () => new Date(),
    addresses: hallAddresses,
    stateFile: join(context.dataDir, deskStateFileName)
  })
  return createAppService(context, { host, desks }).then(async (s) => {
    service = s
    await desks.resume()
    return s
  })
}
