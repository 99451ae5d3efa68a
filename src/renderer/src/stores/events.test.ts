import { beforeEach, describe, expect, it, vi } from 'vitest'
import { createPinia, setActivePinia } from 'pinia'
import { sampleEvent } from '../testing/test-fixtures'

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
import { useEventsStore } from './events'

describe('events store', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    vi.clearAllMocks()
  })

  it('loads the list and sorts newest date first, undated last, titles in Vietnamese order', async () => {
    api.listEvents.mockResolvedValue([
      sampleEvent({ id: 'a', title: 'Lễ B', date: null }),
      sampleEvent({ id: 'b', title: 'Đại hội', date: '2025-01-01' }),
      sampleEvent({ id: 'c', title: 'Hội nghị', date: '2025-09-05' }),
      sampleEvent({ id: 'd', title: 'Dự án', date: '2025-01-01' })
    ])
    const events = useEventsStore()
    expect(events.isEmpty).toBe(false)
    await events.load()
    expect(api.listEvents).toHaveBeenCalledWith({ includeArchived: false })
    expect(events.sorted.map((e) => e.id)).toEqual(['c', 'd', 'b', 'a'])
  })

  it('reports an empty list only after loading', async () => {
    api.listEvents.mockResolvedValue([])
    const events = useEventsStore()
    await events.load()
    expect(events.isEmpty).toBe(true)
  })

  it('creates, updates and duplicates', async () => {
    api.listEvents.mockResolvedValue([])
    const events = useEventsStore()
    await events.load()
    const created = sampleEvent()
    api.createEvent.mockResolvedValue(created)
    const { id: _id, archived: _a, isSample: _s, createdAt: _c, updatedAt: _u, ...fields } = created
    await events.create(fields)
    expect(api.createEvent).toHaveBeenCalledWith(fields)
    expect(events.items).toHaveLength(1)

    api.updateEvent.mockResolvedValue({ ...created, title: 'Mới' })
    await events.update('e1', { title: 'Mới' })
    expect(api.updateEvent).toHaveBeenCalledWith({ id: 'e1', patch: { title: 'Mới' } })
    expect(events.items[0]?.title).toBe('Mới')

    api.duplicateEvent.mockResolvedValue(sampleEvent({ id: 'e2' }))
    await events.duplicate('e1')
    expect(events.items.map((e) => e.id)).toEqual(['e1', 'e2'])
  })

  it('hides archived events unless asked, and deletes', async () => {
    api.listEvents.mockResolvedValue([sampleEvent()])
    const events = useEventsStore()
    await events.load()
    api.archiveEvent.mockResolvedValue(sampleEvent({ archived: true }))
    await events.setArchived('e1', true)
    expect(api.archiveEvent).toHaveBeenCalledWith({ id: 'e1', archived: true })
    expect(events.items).toHaveLength(0)

    api.listEvents.mockResolvedValue([sampleEvent({ archived: true })])
    await events.setIncludeArchived(true)
    expect(api.listEvents).toHaveBeenLastCalledWith({ includeArchived: true })
    expect(events.items).toHaveLength(1)

    api.deleteEvent.mockResolvedValue({ deleted: true })
    await events.remove('e1')
    expect(api.deleteEvent).toHaveBeenCalledWith({ id: 'e1' })
    expect(events.items).toHaveLength(0)
  })

  it('opens the sample event and fetches one event', async () => {
    const events = useEventsStore()
    api.openSampleEvent.mockResolvedValue(sampleEvent({ id: 's', isSample: true }))
    const sample = await events.openSample()
    expect(sample.isSample).toBe(true)
    expect(events.items).toHaveLength(1)

    api.getEvent.mockResolvedValue(sampleEvent({ id: 's', title: 'Sample' }))
    await events.fetchOne('s')
    expect(events.current?.title).toBe('Sample')
  })

  it('exports an event and adds an imported one to the list', async () => {
    const events = useEventsStore()
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
    expect(events.items.map((e) => e.id)).toEqual(['i1'])
  })

  it('passes API errors through', async () => {
    api.createEvent.mockRejectedValue(
      new ApiError('INVALID_ARGUMENT', 'title: required', {
        issues: [{ path: ['title'], message: 'required' }]
      })
    )
    const events = useEventsStore()
    await expect(events.create(sampleEvent())).rejects.toBeInstanceOf(ApiError)
    expect(events.items).toHaveLength(0)
  })
})
