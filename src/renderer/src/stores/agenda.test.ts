import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { AgendaOverview } from '@shared/agenda/contract'
import type { AgendaItem } from '@shared/agenda/entities'
import { formatClock } from '@shared/agenda/clock'
import { sampleEvent } from '../testing/test-fixtures'
import { withQueries } from '../testing/with-queries'

const api = vi.hoisted(() => ({
  getAgenda: vi.fn(),
  reorderAgendaItems: vi.fn(),
  startNextAgendaItem: vi.fn(),
  moveHonoreeInRounds: vi.fn()
}))
vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  api
}))

import { useAgenda } from '../queries/agenda'
import { useAgendaStore } from './agenda'

/** The programme of `event` opened, as AgendaSection opens it. */
async function open(event = sampleEvent()) {
  const app = withQueries()
  const store = app.run(() => useAgendaStore())
  store.event = event
  const agenda = app.run(() => useAgenda())
  await vi.waitFor(() => expect(agenda.overview.value).not.toBeNull())
  return { store, agenda }
}

const item = (id: string, order: number, durationMinutes: number): AgendaItem => ({
  id,
  eventId: 'e1',
  order,
  kind: 'other',
  title: id,
  session: '',
  presenter: '',
  presenterDelegateId: null,
  presenterFromRoster: false,
  durationMinutes,
  fixedStart: null,
  publicNotes: '',
  internalNotes: '',
  mcText: '',
  vote: null,
  actualStart: null,
  actualEnd: null,
  createdAt: '',
  updatedAt: ''
})
const overview = (items: AgendaItem[]): AgendaOverview => ({
  settings: { eventId: 'e1', plannedEnd: '08:00', stageCapacity: 8 },
  items,
  rounds: [],
  honorees: [],
  decisions: [],
  delegates: [],
  rosters: []
})

describe('agenda store and query', () => {
  beforeEach(() => {
    vi.clearAllMocks()
  })

  it('computes the times from the event start and reloads after a reorder', async () => {
    api.getAgenda.mockResolvedValueOnce(overview([item('a', 0, 30), item('b', 1, 10)]))
    const { store, agenda } = await open(sampleEvent({ startTime: '07:30' }))
    expect(api.getAgenda).toHaveBeenCalledWith({ eventId: 'e1' })
    const schedule = () => agenda.schedule.value
    expect(schedule()?.items.map((i) => formatClock(i.start))).toEqual(['07:30', '08:00'])
    expect(schedule()?.overrunMinutes).toBe(10)

    api.reorderAgendaItems.mockResolvedValue([])
    api.getAgenda.mockResolvedValueOnce(overview([item('b', 0, 10), item('a', 1, 30)]))
    await store.reorderItems(['b', 'a'])
    expect(api.reorderAgendaItems).toHaveBeenCalledWith({ eventId: 'e1', itemIds: ['b', 'a'] })
    expect(schedule()?.items.map((i) => formatClock(i.start))).toEqual(['07:30', '07:40'])
  })

  it('keeps the previous state when a change is refused', async () => {
    api.getAgenda.mockResolvedValueOnce(overview([item('a', 0, 30)]))
    const { store, agenda } = await open()
    api.moveHonoreeInRounds.mockRejectedValue(new Error('refused'))
    await expect(store.moveHonoree('h', 'r', 0)).rejects.toThrow('refused')
    expect(store.busy).toBe(false)
    expect(agenda.items.value.map((i) => i.id)).toEqual(['a'])
  })
})
