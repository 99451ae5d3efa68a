import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { AppEvent } from '@shared/app-events'
import { sampleAppInfo, sampleAuditEntry } from '../testing/test-fixtures'

const mocks = vi.hoisted(() => ({
  api: {
    getAppInfo: vi.fn(),
    getStorageStatus: vi.fn(),
    undoLastChange: vi.fn()
  },
  listeners: [] as ((e: AppEvent) => void)[]
}))

vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  api: mocks.api,
  onAppEvent: (listener: (e: AppEvent) => void) => {
    mocks.listeners.push(listener)
    return () => mocks.listeners.splice(mocks.listeners.indexOf(listener), 1)
  }
}))

import { ApiError } from '../api'
import { useAppStore } from './app'

const emit = (event: AppEvent) => mocks.listeners.forEach((l) => l(event))

describe('app store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
    mocks.listeners.length = 0
    mocks.api.getAppInfo.mockResolvedValue(
      sampleAppInfo({
        notices: [
          {
            kind: 'restored',
            message: 'restored',
            restoredFrom: 'rolling-3',
            restoredAt: '2025-09-05T07:02:00.000Z',
            quarantinedAs: null
          }
        ]
      })
    )
    mocks.api.getStorageStatus.mockResolvedValue({
      state: 'saved',
      lastSavedAt: '2025-09-05T07:32:00.000Z',
      seq: 3,
      error: null,
      unsavedChanges: 0,
      failingSince: null
    })
  })

  it('asks again when "saving" lingers: its "saved" event may have come before this window listened', async () => {
    vi.useFakeTimers()
    try {
      const saving = {
        state: 'saving' as const,
        lastSavedAt: null,
        seq: 5,
        error: null,
        unsavedChanges: 1,
        failingSince: null
      }
      mocks.api.getStorageStatus.mockResolvedValueOnce(saving)
      const app = useAppStore()
      await app.init()
      expect(app.storage?.state).toBe('saving')
      // No event comes; the write ended meanwhile.
      mocks.api.getStorageStatus.mockResolvedValueOnce({
        ...saving,
        state: 'saved',
        lastSavedAt: '2025-09-05T07:32:00.000Z',
        unsavedChanges: 0
      })
      await vi.advanceTimersByTimeAsync(2000)
      expect(app.storage?.state).toBe('saved')
      expect(mocks.api.getStorageStatus).toHaveBeenCalledTimes(2)
      // Saved: nothing more is asked.
      await vi.advanceTimersByTimeAsync(10_000)
      expect(mocks.api.getStorageStatus).toHaveBeenCalledTimes(2)
    } finally {
      vi.useRealTimers()
    }
  })

  it('loads app info and storage status, and follows storageStatus events', async () => {
    const app = useAppStore()
    await app.init()
    expect(app.info?.appVersion).toBe('0.1.0')
    expect(app.storage?.state).toBe('saved')

    emit({
      type: 'storageStatus',
      payload: {
        state: 'retrying',
        lastSavedAt: null,
        seq: 4,
        error: 'disk full',
        unsavedChanges: 1,
        failingSince: '2025-09-05T07:33:00.000Z'
      }
    })
    expect(app.storage).toMatchObject({ state: 'retrying', error: 'disk full' })

    emit({
      type: 'storageStatus',
      payload: {
        state: 'saved',
        lastSavedAt: null,
        seq: 2,
        error: null,
        unsavedChanges: 0,
        failingSince: null
      }
    })
    expect(app.storage?.state).toBe('retrying')
  })

  it('subscribes once even when init runs twice', async () => {
    const app = useAppStore()
    await app.init()
    await app.init()
    expect(mocks.listeners).toHaveLength(1)
  })

  it('reports read-only from app info or storage state', async () => {
    const app = useAppStore()
    await app.init()
    expect(app.readOnly).toBe(false)
    emit({
      type: 'storageStatus',
      payload: {
        state: 'read-only',
        lastSavedAt: null,
        seq: 9,
        error: null,
        unsavedChanges: 0,
        failingSince: null
      }
    })
    expect(app.readOnly).toBe(true)
  })

  it('shows startup notices until dismissed', async () => {
    const app = useAppStore()
    await app.init()
    expect(app.notices).toHaveLength(1)
    app.dismissNotice(0)
    expect(app.notices).toHaveLength(0)
  })

  it('undo returns the audit entry of the undo', async () => {
    const undone = sampleAuditEntry({ action: 'undo', undoneAction: 'create', subject: 'X' })
    mocks.api.undoLastChange.mockResolvedValue({ undone })
    const app = useAppStore()
    await expect(app.undo()).resolves.toEqual(undone)
    expect(app.undoing).toBe(false)
  })

  it('undo surfaces NOTHING_TO_UNDO as an ApiError', async () => {
    mocks.api.undoLastChange.mockRejectedValue(new ApiError('NOTHING_TO_UNDO', 'nothing'))
    const app = useAppStore()
    await expect(app.undo()).rejects.toMatchObject({ code: 'NOTHING_TO_UNDO' })
    expect(app.undoing).toBe(false)
  })
})
