import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import type { RosterSummary, RosterView } from '../../../shared/rosters/entities'

const api = vi.hoisted(() => ({
  listRosters: vi.fn(),
  listDelegates: vi.fn(),
  getRoster: vi.fn(),
  approveRosters: vi.fn(),
  addRosterMembers: vi.fn()
}))

vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  api
}))

import { useRostersStore } from './rosters'

const summary = (id: string, over: Partial<RosterSummary> = {}): RosterSummary => ({
  id,
  eventId: 'e1',
  name: `Danh sách ${id}`,
  kind: 'other',
  quota: { total: null, minimums: [] },
  versionNumber: 1,
  status: 'draft',
  memberCount: 0,
  quotaOk: true,
  approvedVersion: null,
  updatedAt: '2025-09-01T00:00:00.000Z',
  ...over
})
const view = (id: string, name = `Danh sách ${id}`) => ({ id, name }) as unknown as RosterView

describe('rosters store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
    api.listDelegates.mockResolvedValue([])
  })

  it('opens the first roster, then keeps the open one across reloads', async () => {
    api.listRosters.mockResolvedValue([summary('r1'), summary('r2')])
    api.getRoster.mockImplementation(async ({ id }: { id: string }) => view(id))
    const store = useRostersStore()
    await store.load('e1')
    expect(store.current?.id).toBe('r1')
    await store.open('r2')
    await store.load('e1')
    expect(store.current?.id).toBe('r2')
  })

  it('shows only the newest of overlapping reads', async () => {
    api.listRosters.mockResolvedValue([summary('r1')])
    let release: (v: RosterView) => void = () => {}
    api.getRoster.mockImplementationOnce(
      () => new Promise<RosterView>((resolve) => (release = resolve))
    )
    api.getRoster.mockResolvedValueOnce(view('r1', 'mới'))
    const store = useRostersStore()
    const slow = store.load('e1')
    await vi.waitFor(() => expect(api.getRoster).toHaveBeenCalledTimes(1))
    await store.load('e1')
    release(view('r1', 'cũ'))
    await slow
    expect(store.current?.name).toBe('mới')
  })

  it('approves many rosters in one call and refreshes the list and the open roster', async () => {
    api.listRosters.mockResolvedValue([summary('r1'), summary('r2')])
    api.getRoster.mockImplementation(async ({ id }: { id: string }) => view(id))
    api.approveRosters.mockResolvedValue({
      approved: [
        { rosterId: 'r1', version: 1 },
        { rosterId: 'r2', version: 1 }
      ]
    })
    const store = useRostersStore()
    await store.load('e1')
    const fields = {
      approvedBy: 'Đại hội',
      basis: 'Đại hội biểu quyết thông qua',
      documentNumber: '',
      decidedOn: '2025-09-12'
    }
    expect(await store.approve(['r1', 'r2'], fields)).toBe(2)
    expect(api.approveRosters).toHaveBeenCalledWith({ rosterIds: ['r1', 'r2'], ...fields })
    expect(api.listRosters).toHaveBeenCalledTimes(2)
    expect(store.busy).toBe(false)
  })
})
