import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { ImportPreview, ImportProblem } from '@shared/import/entities'

const api = vi.hoisted(() => ({ previewImport: vi.fn() }))
vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  api
}))

import { useImportStore } from './import'

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
})
