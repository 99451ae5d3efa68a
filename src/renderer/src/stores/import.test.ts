import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { ImportPreview, ImportProblem } from '@shared/import/entities'

const api = vi.hoisted(() => ({ previewImport: vi.fn() }))
vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  api
}))

import { useImportStore } from './import'
import { shownCell } from './import-rows'

const suspect = (row: number): ImportProblem => ({
  sheet: 'Sheet1',
  row,
  column: 'B',
  field: 'name',
  code: 'SUSPECT_CHARACTER',
  severity: 'warning',
  params: { value: 'Ð' }
})

const preview = {
  signature: 's',
  mapping: [],
  fileProblems: [],
  summary: { rowsWithWarnings: 2 },
  rows: [
    { sheetRow: 2, skip: false, values: { name: 'Ðỗ Văn Minh' }, problems: [suspect(2)] },
    { sheetRow: 3, skip: false, values: { name: 'Ðinh Thị Lan' }, problems: [suspect(3)] },
    { sheetRow: 4, skip: false, values: { name: 'Lê Văn Tám' }, problems: [] }
  ]
} as unknown as ImportPreview

async function loaded() {
  api.previewImport.mockResolvedValue(preview)
  const store = useImportStore()
  await store.load('e1', 'honorees', { fileName: 'a.csv', contentBase64: 'eA==' })
  return store
}

beforeEach(() => setActivePinia(createPinia()))

describe('import preview fixes', () => {
  it('fixes every Ð in one go, and the count of rows to review follows', async () => {
    const store = await loaded()
    expect(store.rowsWithWarnings).toBe(2)
    expect(store.fixableCells).toBe(2)
    expect(store.fixSuspectCharacters()).toBe(2)
    expect(store.rows.map((r) => r.values.name)).toEqual([
      'Đỗ Văn Minh',
      'Đinh Thị Lan',
      'Lê Văn Tám'
    ])
    expect(store.rowsWithWarnings).toBe(0)
    expect(store.fixableCells).toBe(0)
  })

  it('clears the warning when the user retypes the cell, not while the character stays', async () => {
    const store = await loaded()
    store.edit(0, 'name', 'Ðỗ Văn Minh ')
    expect(store.rows[0]?.problems).toHaveLength(1)
    store.edit(0, 'name', 'Đỗ Văn Minh')
    expect(store.rows[0]?.problems).toEqual([])
    expect(store.rowsWithWarnings).toBe(1)
  })

  it('clears an unknown category once the cell names one of the event’s categories, or is emptied', async () => {
    const unknown = (row: number): ImportProblem => ({
      sheet: 'Sheet1',
      row,
      column: 'M',
      field: 'category',
      code: 'UNKNOWN_CATEGORY',
      severity: 'warning',
      params: { value: 'Khách mời', known: 'Đại biểu chính thức, Đại biểu khách mời' }
    })
    api.previewImport.mockResolvedValue({
      ...preview,
      rows: [2, 3].map((sheetRow) => ({
        sheetRow,
        skip: false,
        values: { category: 'Khách mời' },
        problems: [unknown(sheetRow)]
      }))
    })
    const store = useImportStore()
    await store.load('e1', 'delegates', { fileName: 'a.csv', contentBase64: 'eA==' })
    store.edit(0, 'category', 'Khách')
    expect(store.rows[0]?.problems).toHaveLength(1)
    store.edit(0, 'category', 'đại biểu  khách mời')
    expect(store.rows[0]?.problems).toEqual([])
    store.edit(1, 'category', '')
    expect(store.rows[1]?.problems).toEqual([])
    expect(store.rowsWithWarnings).toBe(0)
  })

  it('reads a date typed the office’s way into the preview’s ISO date, and keeps an impossible one as typed', async () => {
    api.previewImport.mockResolvedValue({
      ...preview,
      rows: [2, 3].map((sheetRow) => ({
        sheetRow,
        skip: false,
        values: { birthDate: '31/02/1990' },
        problems: []
      }))
    })
    const store = useImportStore()
    await store.load('e1', 'delegates', { fileName: 'a.csv', contentBase64: 'eA==' })
    store.edit(0, 'birthDate', '28/02/1990')
    expect(store.rows[0]?.values.birthDate).toBe('1990-02-28')
    expect(shownCell('birthDate', '1990-02-28')).toBe('28/02/1990')
    store.edit(1, 'birthDate', '29/02/1990')
    expect(store.rows[1]?.values.birthDate).toBe('29/02/1990')
    expect(shownCell('birthDate', '29/02/1990')).toBe('29/02/1990')
    expect(shownCell('fullName', '1990-02-28')).toBe('1990-02-28')
  })
})
