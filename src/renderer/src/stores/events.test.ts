import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Event } from '@shared/entities'
import { sampleEvent } from '../testing/test-fixtures'
import { withQueries } from '../testing/with-queries'

const api = vi.hoisted(() => ({
  listEvents: vi.fn(),
  getEvent: vi.fn(),
  createEvent: vi.fn(),
  updateEvent: vi.fn(),
  duplicateEvent: vi.fn(),
  archiveEvent: vi.fn(),
  deleteEvent: vi.fn(),
  openSampleEvent: vi.fn(),
  exportEvent: vi.fn(),
  importEvent: vi.fn()
}))

vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  api
}))

import { ApiError } from '../api'
import { useEvent, useEventList } from '../queries/events'
import { compareEvents, useEventsStore } from './events'

function setup() {
  const app = withQueries()
  const events = app.run(() => useEventsStore())
  const list = app.run(() => useEventList(() => events.includeArchived))
  const ids = () => (list.data.value ?? []).map((e: Event) => e.id)
  return { app, events, list, ids }
}

describe('events store and queries', () => {
  beforeEach(() => {
    vi.clearAllMocks()
  })

  it('sorts newest date first, undated last, titles in Vietnamese order', () => {
    const list = [
      sampleEvent({ id: 'a', title: 'Lễ B', date: null }),
      sampleEvent({ id: 'b', title: 'Đại hội', date: '2025-01-01' }),
      sampleEvent({ id: 'c', title: 'Hội nghị', date: '2025-09-05' }),
      sampleEvent({ id: 'd', title: 'Dự án', date: '2025-01-01' })
    ]
    expect([...list].sort(compareEvents).map((e) => e.id)).toEqual(['c', 'd', 'b', 'a'])
  })

  it('reads the list without archived events until asked', async () => {
    api.listEvents.mockImplementation(async ({ includeArchived }: { includeArchived: boolean }) =>
      includeArchived
        ? [sampleEvent(), sampleEvent({ id: 'old', archived: true })]
        : [sampleEvent()]
    )
    const { events, list, ids } = setup()
    await vi.waitFor(() => expect(ids()).toEqual(['e1']))
    expect(api.listEvents).toHaveBeenCalledWith({ includeArchived: false })
    events.includeArchived = true
    await vi.waitFor(() => expect(ids()).toEqual(['e1', 'old']))
    expect(list.isPlaceholderData.value).toBe(false)
  })

  it('shows created, updated and duplicated events in the list at once', async () => {
    api.listEvents.mockReturnValue(new Promise(() => undefined))
    const { app, events, ids } = setup()
    app.cache().setQueryData(['events', 'current'], [])
    const created = sampleEvent()
    api.createEvent.mockResolvedValue(created)
    const { id: _id, archived: _a, isSample: _s, createdAt: _c, updatedAt: _u, ...fields } = created
    await events.create(fields)
    expect(api.createEvent).toHaveBeenCalledWith(fields)
    expect(ids()).toEqual(['e1'])

    api.updateEvent.mockResolvedValue({ ...created, title: 'Mới' })
    await events.update('e1', { title: 'Mới' })
    expect(api.updateEvent).toHaveBeenCalledWith({ id: 'e1', patch: { title: 'Mới' } })
    expect(app.cache().getQueryData<Event[]>(['events', 'current'])?.[0]?.title).toBe('Mới')
    expect(app.cache().getQueryData<Event>(['event', 'e1'])?.title).toBe('Mới')

    api.duplicateEvent.mockResolvedValue(sampleEvent({ id: 'e2' }))
    await events.duplicate('e1')
    expect(ids()).toEqual(['e1', 'e2'])
  })

  it('takes an archived event out of the list and deletes', async () => {
    api.listEvents.mockResolvedValue([sampleEvent()])
    const { events, ids } = setup()
    await vi.waitFor(() => expect(ids()).toEqual(['e1']))
    api.listEvents.mockReturnValue(new Promise(() => undefined))
    api.archiveEvent.mockResolvedValue(sampleEvent({ archived: true }))
    await events.setArchived('e1', true)
    expect(api.archiveEvent).toHaveBeenCalledWith({ id: 'e1', archived: true })
    expect(ids()).toEqual([])

    api.deleteEvent.mockResolvedValue({ deleted: true })
    await events.remove('e1')
    expect(api.deleteEvent).toHaveBeenCalledWith({ id: 'e1' })
  })

  it('reads the list again after a change', async () => {
    api.listEvents.mockResolvedValue([])
    const { events, ids } = setup()
    await vi.waitFor(() => expect(api.listEvents).toHaveBeenCalledTimes(1))
    api.listEvents.mockResolvedValue([sampleEvent({ id: 's', isSample: true })])
    api.openSampleEvent.mockResolvedValue(sampleEvent({ id: 's', isSample: true }))
    const sample = await events.openSample()
    expect(sample.isSample).toBe(true)
    await vi.waitFor(() => expect(api.listEvents).toHaveBeenCalledTimes(2))
    expect(ids()).toEqual(['s'])
  })

  it('reads one event by its id', async () => {
    api.getEvent.mockResolvedValue(sampleEvent({ id: 's', title: 'Sample' }))
    const app = withQueries()
    const one = app.run(() => useEvent('s'))
    await vi.waitFor(() => expect(one.data.value?.title).toBe('Sample'))
    expect(api.getEvent).toHaveBeenCalledWith({ id: 's' })
  })

  it('exports an event and adds an imported one to the list', async () => {
    api.listEvents.mockResolvedValue([])
    const { events, ids } = setup()
    await vi.waitFor(() => expect(ids()).toEqual([]))
    api.listEvents.mockReturnValue(new Promise(() => undefined))
    api.exportEvent.mockResolvedValue({ fileName: 'a.dais-event.json', contentBase64: 'e30=' })
    expect(await events.exportFile('e1')).toEqual({
      fileName: 'a.dais-event.json',
      contentBase64: 'e30='
    })
    expect(api.exportEvent).toHaveBeenCalledWith({ id: 'e1' })

    api.importEvent.mockResolvedValue(sampleEvent({ id: 'i1' }))
    const imported = await events.importFile('a.dais-event.json', 'e30=')
    expect(api.importEvent).toHaveBeenCalledWith({
      fileName: 'a.dais-event.json',
      contentBase64: 'e30='
    })
    expect(imported.id).toBe('i1')
    expect(ids()).toEqual(['i1'])
  })

  it('passes API errors through and changes nothing', async () => {
    api.listEvents.mockResolvedValue([])
    const { events, ids } = setup()
    await vi.waitFor(() => expect(ids()).toEqual([]))
    api.createEvent.mockRejectedValue(
      new ApiError('INVALID_ARGUMENT', 'title: required', {
        issues: [{ path: ['title'], message: 'required' }]
      })
    )
    await expect(events.create(sampleEvent())).rejects.toBeInstanceOf(ApiError)
    expect(ids()).toEqual([])
    expect(api.listEvents).toHaveBeenCalledTimes(1)
  })
})
