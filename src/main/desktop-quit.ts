import { dialog, type BrowserWindow } from 'electron'
import type { AppService } from '../core/app-service'
import { saveUnsavedCopy } from '../core/rescue'
import type { Settings } from '@shared/entities'
import type { QuitDeps } from './flush-on-quit'
import { quitChoiceAt, quitMessageBox } from './quit-dialog'
import { chooseCopyPath } from './serve-contract'
import { desktopRescueFolders } from './start-service'
import { saveUnsavedCopyOnDesktop } from './unsaved-copy'

/** The desktop's side of quitting with unsaved changes: a message box, a save dialog, a log. */
export function desktopQuitDeps(
  service: AppService,
  dataDir: string,
  mainWindow: () => BrowserWindow | null
): QuitDeps {
  return {
    async ask(reason) {
      const settings = await service.dispatch('getSettings', {})
      const vietnamese = !settings.ok || (settings.value as Settings).uiLanguage === 'vi'
      const options = quitMessageBox(vietnamese ? 'vi' : 'en', reason)
      const window = mainWindow()
      const { response } = window
        ? await dialog.showMessageBox(window, options)
        : await dialog.showMessageBox(options)
      return quitChoiceAt(response)
    },
    async saveCopy() {
      const saved = await saveUnsavedCopyOnDesktop(service, {
        dataDir,
        now: () => new Date(),
        choosePath: chooseCopyPath
      })
      return saved.ok && saved.value.kind === 'saved'
    },
    rescue: () => saveUnsavedCopy(service, dataDir, desktopRescueFolders(), new Date()),
    log: (message, error) => console.error(message, error ?? '')
  }
}
