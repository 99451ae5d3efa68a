import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useQuery } from '@pinia/colada'
import type { BackupInfo } from '@shared/entities'

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
import { useBackupList } from '../queries/backups'
import { useAuditLog } from '../queries/audit'
import { sampleAuditEntry } from '../testing/test-fixtures'
import { withQueries } from '../testing/with-queries'

const backup = (over: Partial<BackupInfo>): BackupInfo => ({
  id: 'b1',
  kind: 'rolling',
  name: 'rolling-1',
  createdAt: '2025-09-05T07:00:00.000Z',
  seq: 1,
  sizeBytes: 2048,
  ...over
})

describe('backups list and store', () => {
  let app: ReturnType<typeof withQueries>
  beforeEach(() => {
    app = withQueries()
    vi.clearAllMocks()
  })

  it('lists newest first, and a new named backup shows at the top at once', async () => {
    api.listBackups.mockResolvedValue([
      backup({ id: 'old', createdAt: '2025-09-01T00:00:00.000Z' }),
      backup({ id: 'new', createdAt: '2025-09-05T00:00:00.000Z' })
    ])
    const list = app.run(() => useBackupList())
    await vi.waitFor(() => expect(list.data.value?.map((b) => b.id)).toEqual(['new', 'old']))

    const named = backup({
      id: 'n',
      kind: 'named',
      name: 'Trước khi chốt',
      createdAt: '2025-09-06T00:00:00.000Z'
    })
    api.createBackup.mockResolvedValue(named)
    api.listBackups.mockReturnValue(new Promise(() => {}))
    const backups = useBackupsStore()
    await backups.create('Trước khi chốt')
    expect(api.createBackup).toHaveBeenCalledWith({ name: 'Trước khi chốt' })
    expect(list.data.value?.map((b) => b.id)).toEqual(['n', 'new', 'old'])
    app.stop()
  })

  it('restores, then every shown screen reads its data again', async () => {
    api.restoreBackup.mockResolvedValue({ restoredFrom: backup({}) })
    api.listBackups.mockResolvedValue([])
    const shown = vi.fn(async () => 'data')
    app.run(() => useQuery({ key: ['anything'], query: shown }))
    await vi.waitFor(() => expect(shown).toHaveBeenCalledTimes(1))
    const backups = useBackupsStore()
    const from = await backups.restore('b1')
    expect(api.restoreBackup).toHaveBeenCalledWith({ id: 'b1' })
    expect(from.id).toBe('b1')
    await vi.waitFor(() => expect(shown).toHaveBeenCalledTimes(2))
    expect(backups.busy).toBe(false)
    app.stop()
  })
})

describe('audit log query', () => {
  let q: ReturnType<typeof withQueries>
  beforeEach(() => void (q = withQueries()))

  it('loads entries newest first', async () => {
    api.listAudit.mockResolvedValue([
      sampleAuditEntry({ id: '1', seq: 1 }),
      sampleAuditEntry({ id: '2', seq: 2 })
    ])
    const audit = q.run(() => useAuditLog(50))
    await vi.waitFor(() => expect(audit.data.value).toBeDefined())
    expect(api.listAudit).toHaveBeenCalledWith({ limit: 50 })
    expect(audit.data.value?.map((e) => e.id)).toEqual(['2', '1'])
    q.stop()
  })
})
