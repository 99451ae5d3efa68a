import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Delegate } from '@shared/delegates/entities'
import { withQueries } from '../testing/with-queries'

const api = vi.hoisted(() => ({
  listDelegates: vi.fn(),
  listDelegateCategories: vi.fn(),
  listDelegateColumns: vi.fn(),
  listDelegateWarnings: vi.fn(),
  updateDelegate: vi.fn(),
  deleteDelegates: vi.fn()
}))

vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  api
}))

import { useDelegatesData } from '../queries/delegates'
import { useDelegatesStore } from './delegates'

const person = (id: string, fullName: string, updatedAt = 't1') =>
  ({ id, eventId: 'e1', fullName, updatedAt }) as unknown as Delegate

function setup() {
  const app = withQueries()
  const { data } = app.run(() => useDelegatesData('e1'))
  const store = app.run(() => useDelegatesStore())
  return { app, data, store }
}

describe('delegates store and queries', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    api.listDelegates.mockResolvedValue([person('d1', 'An'), person('d2', 'Bình')])
    api.listDelegateCategories.mockResolvedValue([])
    api.listDelegateColumns.mockResolvedValue([])
    api.listDelegateWarnings.mockResolvedValue([])
  })

  it('an edit replaces its row at once and refreshes the warnings, not the list', async () => {
    const { data, store } = setup()
    await vi.waitFor(() => expect(data.delegates).toHaveLength(2))
    const untouched = data.delegates[1]
    api.updateDelegate.mockResolvedValue({ delegate: person('d1', 'An Mới', 't2'), warnings: [] })
    await store.update('d1', { fullName: 'An Mới' })
    expect(data.delegates.map((d) => d.fullName)).toEqual(['An Mới', 'Bình'])
    expect(data.delegates[1]).toBe(untouched)
    await vi.waitFor(() => expect(api.listDelegateWarnings).toHaveBeenCalledTimes(2))
    expect(api.listDelegates).toHaveBeenCalledTimes(1)
  })

  it('a refetch keeps the objects of unchanged records', async () => {
    const { app, data } = setup()
    await vi.waitFor(() => expect(data.delegates).toHaveLength(2))
    const [first, second] = data.delegates
    api.listDelegates.mockResolvedValue([person('d1', 'An'), person('d2', 'Bình 2', 't2')])
    await app.cache().invalidateQueries({ key: ['delegates'] })
    await vi.waitFor(() => expect(data.delegates[1]?.fullName).toBe('Bình 2'))
    expect(data.delegates[0]).toBe(first)
    expect(data.delegates[1]).not.toBe(second)
  })

  it('deleting drops the rows from the list', async () => {
    const { data, store } = setup()
    await vi.waitFor(() => expect(data.delegates).toHaveLength(2))
    api.deleteDelegates.mockResolvedValue({ deleted: 1 })
    expect(await store.remove(['d2'])).toBe(1)
    expect(data.delegates.map((d) => d.id)).toEqual(['d1'])
    expect(store.busy).toBe(false)
  })
})
