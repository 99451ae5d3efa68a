import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { RosterSummary, RosterView } from '@shared/rosters/entities'
import { withQueries } from '../testing/with-queries'
import { ApiError } from '../api'

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

import { useEventRosters } from '../queries/rosters'
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
const view = (id: string, name = `Danh sách ${id}`) =>
  ({ id, eventId: 'e1', name }) as unknown as RosterView

function setup(asked?: string) {
  const app = withQueries()
  if (asked) app.run(() => (useRostersStore().selectedId = asked))
  const screen = app.run(() => useEventRosters('e1'))
  const store = app.run(() => useRostersStore())
  return { app, screen, store }
}

describe('rosters store and queries', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    api.listDelegates.mockResolvedValue([])
  })

  it('opens the first roster, then keeps the open one across reloads', async () => {
    api.listRosters.mockResolvedValue([summary('r1'), summary('r2')])
    api.getRoster.mockImplementation(async ({ id }: { id: string }) => view(id))
    const { app, screen, store } = setup()
    await vi.waitFor(() => expect(screen.current.value?.id).toBe('r1'))
    await store.open('r2')
    await vi.waitFor(() => expect(screen.current.value?.id).toBe('r2'))
    await app.cache().invalidateQueries()
    expect(screen.current.value?.id).toBe('r2')
    expect(api.listRosters).toHaveBeenCalledTimes(2)
  })

  it('shows the newest answer when reads overlap', async () => {
    api.listRosters.mockResolvedValue([summary('r1')])
    let release: (v: RosterView) => void = () => {}
    api.getRoster.mockImplementationOnce(
      () => new Promise<RosterView>((resolve) => (release = resolve))
    )
    api.getRoster.mockResolvedValueOnce(view('r1', 'mới'))
    const { app, screen } = setup()
    await vi.waitFor(() => expect(api.getRoster).toHaveBeenCalledTimes(1))
    await app.cache().invalidateQueries({ key: ['roster'] })
    release(view('r1', 'cũ'))
    await vi.waitFor(() => expect(screen.current.value?.name).toBe('mới'))
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(screen.current.value?.name).toBe('mới')
  })

  it('approves many rosters in one call and refreshes the cards and the open roster', async () => {
    api.listRosters.mockResolvedValue([summary('r1', { status: 'submitted' }), summary('r2')])
    api.getRoster.mockImplementation(async ({ id }: { id: string }) => view(id))
    api.approveRosters.mockResolvedValue({
      approved: [
        { rosterId: 'r1', version: 1 },
        { rosterId: 'r2', version: 1 }
      ]
    })
    const { screen, store } = setup()
    await vi.waitFor(() => expect(screen.current.value?.id).toBe('r1'))
    const fields = {
      approvedBy: 'Đại hội',
      basis: 'Đại hội biểu quyết thông qua',
      documentNumber: '',
      decidedOn: '2025-09-12'
    }
    api.listRosters.mockResolvedValue([
      summary('r1', { status: 'approved' }),
      summary('r2', { status: 'approved' })
    ])
    expect(await store.approve(['r1', 'r2'], fields)).toBe(2)
    expect(api.approveRosters).toHaveBeenCalledWith({ rosterIds: ['r1', 'r2'], ...fields })
    await vi.waitFor(() =>
      expect(screen.summaries.value.map((s) => s.status)).toEqual(['approved', 'approved'])
    )
    expect(api.getRoster).toHaveBeenCalledTimes(2)
    expect(store.busy).toBe(false)
  })

  it('a change shows its answer at once and keeps that roster open', async () => {
    api.listRosters.mockResolvedValue([summary('r1')])
    api.getRoster.mockImplementation(async ({ id }: { id: string }) => view(id))
    api.addRosterMembers.mockResolvedValue(view('r1', 'có thành viên'))
    const { screen, store } = setup()
    await vi.waitFor(() => expect(screen.current.value?.id).toBe('r1'))
    await store.addMembers(['d1'])
    expect(screen.current.value?.name).toBe('có thành viên')
  })

  it('keeps a roster asked for before the list is read, once the list has it', async () => {
    api.listRosters.mockResolvedValue([summary('r1'), summary('r2')])
    api.getRoster.mockImplementation(async ({ id }: { id: string }) => view(id))
    const { screen, store } = setup('r2')
    await vi.waitFor(() => expect(screen.current.value?.id).toBe('r2'))
    expect(store.selectedId).toBe('r2')
    expect(api.getRoster).not.toHaveBeenCalledWith({ id: 'r1' })
  })

  it.each([
    ['asked for and not on the list', 'r9', false],
    ['open, then deleted elsewhere', 'r2', true]
  ])('a roster %s gives way to the first, with no error', async (_case, asked, deleteAfter) => {
    const missing = () => new ApiError('NOT_FOUND', 'Không tìm thấy danh sách')
    const live = new Set(['r1', 'r2'])
    api.listRosters.mockImplementation(async () => [...live].map((id) => summary(id)))
    api.getRoster.mockImplementation(async ({ id }: { id: string }) => {
      if (!live.has(id)) throw missing()
      return view(id)
    })
    const { app, screen, store } = setup(asked)
    if (deleteAfter) {
      await vi.waitFor(() => expect(screen.current.value?.id).toBe('r2'))
      live.delete('r2')
      // The open roster is read again first: its "not found" brings the list up to date.
      await app
        .cache()
        .invalidateQueries({ key: ['roster'] })
        .catch(() => undefined)
    }
    await vi.waitFor(() => expect(screen.current.value?.id).toBe('r1'))
    expect(store.selectedId).toBe('r1')
    expect(screen.error.value).toBeNull()
  })
})
