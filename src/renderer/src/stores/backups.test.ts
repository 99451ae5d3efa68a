import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { BackupInfo } from '../../../shared/entities'

const api = vi.hoisted(() => ({
  listBackups: vi.fn(),
  createBackup: vi.fn(),
  restoreBackup: vi.fn(),
  listAudit: vi.fn()
}))

vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  api
}))

import { useBackupsStore } from './backups'
import { useAppStore } from './app'
import { useAuditStore } from './audit'
import { sampleAuditEntry } from '../testing/test-fixtures'

const backup = (over: Partial<BackupInfo>): BackupInfo => ({
  id: 'b1',
  kind: 'rolling',
  name: 'rolling-1',
  createdAt: '2025-09-05T07:00:00.000Z',
  seq: 1,
  sizeBytes: 2048,
  ...over
})

describe('backups store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
  })

  it('lists newest first and creates a named backup', async () => {
    api.listBackups.mockResolvedValue([
      backup({ id: 'old', createdAt: '2025-09-01T00:00:00.000Z' }),
      backup({ id: 'new', createdAt: '2025-09-05T00:00:00.000Z' })
    ])
    const backups = useBackupsStore()
    await backups.load()
    expect(backups.sorted.map((b) => b.id)).toEqual(['new', 'old'])

    api.createBackup.mockResolvedValue(
      backup({
        id: 'n',
        kind: 'named',
        name: 'Trước khi chốt',
        createdAt: '2025-09-06T00:00:00.000Z'
      })
    )
    await backups.create('Trước khi chốt')
    expect(api.createBackup).toHaveBeenCalledWith({ name: 'Trước khi chốt' })
    expect(backups.sorted[0]?.id).toBe('n')
  })

  it('restores, then tells the other stores to reload', async () => {
    api.restoreBackup.mockResolvedValue({ restoredFrom: backup({}) })
    api.listBackups.mockResolvedValue([])
    const backups = useBackupsStore()
    const app = useAppStore()
    const before = app.dataVersion
    const from = await backups.restore('b1')
    expect(api.restoreBackup).toHaveBeenCalledWith({ id: 'b1' })
    expect(from.id).toBe('b1')
    expect(app.dataVersion).toBe(before + 1)
    expect(backups.busy).toBe(false)
  })
})

describe('audit store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('loads entries newest first', async () => {
    api.listAudit.mockResolvedValue([
      sampleAuditEntry({ id: '1', seq: 1 }),
      sampleAuditEntry({ id: '2', seq: 2 })
    ])
    const audit = useAuditStore()
    await audit.load(50)
    expect(api.listAudit).toHaveBeenCalledWith({ limit: 50 })
    expect(audit.entries.map((e) => e.id)).toEqual(['2', '1'])
  })
})
