import { app, dialog, Menu, type BrowserWindow } from 'electron'
import type { AppService } from '../core/app-service'
import { buildMenuTemplate, menuLabels, menuLanguageOf, type MenuLanguage } from './menu-template'

function showAbout(language: MenuLanguage, window: BrowserWindow | null): void {
  const t = menuLabels[language]
  const options = {
    type: 'info' as const,
    title: t.about,
    message: 'Dais',
    detail: `${t.version} ${app.getVersion()}`,
    buttons: ['OK']
  }
  const shown = window ? dialog.showMessageBox(window, options) : dialog.showMessageBox(options)
  shown.catch((error: unknown) => console.warn('About dialog failed', error))
}

/**
 * The application menu in the UI language, rebuilt whenever settings change.
 * Returns the unsubscribe from app events.
 */
export function installAppMenu(
  service: Pick<AppService, 'dispatch' | 'onEvent'>,
  options: { dev: boolean; mainWindow: () => BrowserWindow | null }
): () => void {
  let latest = 0
  const apply = async () => {
    const request = ++latest
    const language = menuLanguageOf(await service.dispatch('getSettings', {}))
    if (request !== latest) return
    const template = buildMenuTemplate(language, {
      dev: options.dev,
      onAbout: () => showAbout(language, options.mainWindow())
    })
    Menu.setApplicationMenu(Menu.buildFromTemplate(template))
  }
  const refresh = () => {
    apply().catch((error: unknown) => console.warn('Could not build the menu', error))
  }
  refresh()
  return service.onEvent((event) => {
    if (event.type === 'dataChanged' && event.payload.entity === 'settings') refresh()
  })
}
