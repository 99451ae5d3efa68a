import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'
import { err, ok } from '@shared/result'
import { buildMenuTemplate, menuLabels, menuLanguageOf } from './menu-template'

const submenu = (item: MenuItemConstructorOptions | undefined) =>
  (item?.submenu ?? []) as MenuItemConstructorOptions[]
const roles = (item: MenuItemConstructorOptions | undefined) =>
  submenu(item)
    .map((i) => i.role)
    .filter(Boolean)

describe('menuLanguageOf', () => {
  it('reads uiLanguage from a getSettings result', () => {
    expect(menuLanguageOf(ok({ operatorName: '', uiLanguage: 'en' }))).toBe('en')
    expect(menuLanguageOf(ok({ operatorName: '', uiLanguage: 'vi' }))).toBe('vi')
    expect(menuLanguageOf(ok({ operatorName: '', uiLanguage: 'de' }))).toBe('de')
  })

  it('falls back to Vietnamese on failure or anything unexpected', () => {
    expect(menuLanguageOf(err('STORAGE_FAILED', 'x'))).toBe('vi')
    expect(menuLanguageOf(ok(null))).toBe('vi')
    expect(menuLanguageOf(ok({ uiLanguage: 'fr' }))).toBe('vi')
  })
})

describe('buildMenuTemplate', () => {
  it('labels File, Edit, View, Help in Vietnamese by default', () => {
    const menu = buildMenuTemplate('vi', { dev: false, onAbout: () => {} })
    expect(menu.map((m) => m.label)).toEqual(['Tệp', 'Sửa', 'Xem', 'Trợ giúp'])
    expect(submenu(menu[0])[0]).toEqual({ role: 'quit', label: 'Thoát' })
  })

  it('uses roles for editing, zoom and full screen', () => {
    const menu = buildMenuTemplate('en', { dev: false, onAbout: () => {} })
    expect(menu.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help'])
    expect(roles(menu[1])).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll'])
    expect(roles(menu[2])).toEqual(['zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen'])
  })

  it('offers Reload and developer tools only in development', () => {
    const view = buildMenuTemplate('vi', { dev: true, onAbout: () => {} })[2]
    expect(roles(view)).toEqual(expect.arrayContaining(['reload', 'toggleDevTools']))
  })

  it('opens About from Help', () => {
    const onAbout = vi.fn()
    const about = submenu(buildMenuTemplate('vi', { dev: false, onAbout })[3])[0]
    expect(about?.label).toBe('Giới thiệu Dais')
    ;(about?.click as () => void)()
    expect(onAbout).toHaveBeenCalledTimes(1)
  })

  it('has every label in both languages', () => {
    expect(Object.keys(menuLabels.en).sort()).toEqual(Object.keys(menuLabels.vi).sort())
    expect(Object.keys(menuLabels.de).sort()).toEqual(Object.keys(menuLabels.vi).sort())
    for (const table of Object.values(menuLabels)) {
      for (const label of Object.values(table)) expect(label.trim()).not.toBe('')
    }
  })
})
