import type { MenuItemConstructorOptions } from 'electron'
import type { Settings } from '@shared/entities'
import type { Result } from '@shared/result'

export type MenuLanguage = Settings['uiLanguage']

interface MenuLabels {
  file: string
  quit: string
  edit: string
  undo: string
  redo: string
  cut: string
  copy: string
  paste: string
  selectAll: string
  view: string
  reload: string
  zoomIn: string
  zoomOut: string
  resetZoom: string
  toggleFullScreen: string
  help: string
  about: string
  version: string
}

export const menuLabels: Record<MenuLanguage, MenuLabels> = {
  vi: {
    file: 'Tệp',
    quit: 'Thoát',
    edit: 'Sửa',
    undo: 'Hoàn tác',
    redo: 'Làm lại',
    cut: 'Cắt',
    copy: 'Sao chép',
    paste: 'Dán',
    selectAll: 'Chọn tất cả',
    view: 'Xem',
    reload: 'Tải lại',
    zoomIn: 'Phóng to',
    zoomOut: 'Thu nhỏ',
    resetZoom: 'Cỡ mặc định',
    toggleFullScreen: 'Toàn màn hình',
    help: 'Trợ giúp',
    about: 'Giới thiệu Dais',
    version: 'Phiên bản'
  },
  en: {
    file: 'File',
    quit: 'Quit',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    view: 'View',
    reload: 'Reload',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    resetZoom: 'Actual Size',
    toggleFullScreen: 'Toggle Full Screen',
    help: 'Help',
    about: 'About Dais',
    version: 'Version'
  },
  de: {
    file: 'Datei',
    quit: 'Beenden',
    edit: 'Bearbeiten',
    undo: 'Rückgängig',
    redo: 'Wiederholen',
    cut: 'Ausschneiden',
    copy: 'Kopieren',
    paste: 'Einfügen',
    selectAll: 'Alles auswählen',
    view: 'Ansicht',
    reload: 'Neu laden',
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    resetZoom: 'Originalgröße',
    toggleFullScreen: 'Vollbild',
    help: 'Hilfe',
    about: 'Über Dais',
    version: 'Version'
  }
}

export const defaultMenuLanguage: MenuLanguage = 'vi'

/** The UI language from a `getSettings` result; Vietnamese when it cannot be read. */
export function menuLanguageOf(settings: Result<unknown>): MenuLanguage {
  if (!settings.ok || typeof settings.value !== 'object' || settings.value === null) {
    return defaultMenuLanguage
  }
  const language = (settings.value as { uiLanguage?: unknown }).uiLanguage
  return language === 'vi' || language === 'en' || language === 'de'
    ? language
    : defaultMenuLanguage
}

export interface MenuOptions {
  /** Adds Reload and developer tools, which only make sense against the dev server. */
  dev: boolean
  onAbout(): void
}

/** File, Edit, View, Help. Roles keep the platform accelerators and behaviour. */
export function buildMenuTemplate(
  language: MenuLanguage,
  options: MenuOptions
): MenuItemConstructorOptions[] {
  const t = menuLabels[language]
  const devItems: MenuItemConstructorOptions[] = options.dev
    ? [{ role: 'reload', label: t.reload }, { role: 'toggleDevTools' }, { type: 'separator' }]
    : []
  return [
    { label: t.file, submenu: [{ role: 'quit', label: t.quit }] },
    {
      label: t.edit,
      submenu: [
        { role: 'undo', label: t.undo },
        { role: 'redo', label: t.redo },
        { type: 'separator' },
        { role: 'cut', label: t.cut },
        { role: 'copy', label: t.copy },
        { role: 'paste', label: t.paste },
        { role: 'selectAll', label: t.selectAll }
      ]
    },
    {
      label: t.view,
      submenu: [
        ...devItems,
        { role: 'zoomIn', label: t.zoomIn },
        { role: 'zoomOut', label: t.zoomOut },
        { role: 'resetZoom', label: t.resetZoom },
        { type: 'separator' },
        { role: 'togglefullscreen', label: t.toggleFullScreen }
      ]
    },
    { label: t.help, submenu: [{ label: t.about, click: () => options.onAbout() }] }
  ]
}
