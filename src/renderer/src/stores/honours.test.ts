import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Decision, Honoree, RegisterEntry } from '@shared/honours/entities'
import { withQueries } from '../testing/with-queries'

const api = vi.hoisted(() => ({
  listHonorees: vi.fn(),
  listDecisions: vi.fn(),
  listRegister: vi.fn(),
  listAwardForms: vi.fn(),
  createHonoree: vi.fn(),
  updateHonoree: vi.fn(),
  deleteHonorees: vi.fn(),
  issueDecision: vi.fn(),
  voidRegisterEntry: vi.fn()
}))

vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  api
}))

import { useHonours } from '../queries/honours'
import { useHonoursStore } from './honours'

const honoree = (id: string, name = `Người ${id}`) =>
  ({ id, eventId: 'e1', kind: 'individual', name }) as unknown as Honoree
const decision = (id: string, status: Decision['status'] = 'draft') =>
  ({ id, eventId: 'e1', status }) as unknown as Decision
const entry = (id: string, status: RegisterEntry['status'] = 'active') =>
  ({ id, status }) as unknown as RegisterEntry

async function open() {
  const app = withQueries()
  const screen = app.run(() => useHonours('e1'))
  const store = app.run(() => useHonoursStore())
  await vi.waitFor(() => expect(screen.loading.value).toBe(false))
  return { app, screen, store }
}

describe('honours store and queries', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    api.listHonorees.mockResolvedValue([honoree('h1')])
    api.listDecisions.mockResolvedValue([decision('d1')])
    api.listRegister.mockResolvedValue([entry('r1')])
    api.listAwardForms.mockResolvedValue([])
  })

  it('reads honorees, decisions and register of the event', async () => {
    const { screen } = await open()
    expect(screen.honorees.value.map((h) => h.id)).toEqual(['h1'])
    expect(screen.honoreeById.value.get('h1')?.name).toBe('Người h1')
    expect(screen.decisions.value.map((d) => d.id)).toEqual(['d1'])
    expect(screen.register.value.map((e) => e.id)).toEqual(['r1'])
    expect(api.listHonorees).toHaveBeenCalledWith({ eventId: 'e1' })
  })

  it('shows a created or changed honoree at once', async () => {
    const { screen, store } = await open()
    api.listHonorees.mockReturnValue(new Promise(() => undefined))
    api.createHonoree.mockResolvedValue(honoree('h2'))
    await store.createHonoree('e1', { name: 'Người h2' } as never)
    expect(api.createHonoree).toHaveBeenCalledWith({ eventId: 'e1', fields: { name: 'Người h2' } })
    expect(screen.honorees.value.map((h) => h.id)).toEqual(['h1', 'h2'])
    api.updateHonoree.mockResolvedValue(honoree('h1', 'Tên mới'))
    await store.updateHonoree('h1', { name: 'Tên mới' })
    expect(screen.honoreeById.value.get('h1')?.name).toBe('Tên mới')
  })

  it('issuing shows the issued decision and reads the register again', async () => {
    const { screen, store } = await open()
    api.issueDecision.mockResolvedValue(decision('d1', 'issued'))
    api.listRegister.mockResolvedValue([entry('r1'), entry('r2')])
    await store.issueDecision('d1')
    expect(screen.decisions.value[0]?.status).toBe('issued')
    await vi.waitFor(() => expect(screen.register.value).toHaveLength(2))
  })

  it('voiding an entry shows it void; deleting honorees reads everything again', async () => {
    const { screen, store } = await open()
    api.voidRegisterEntry.mockResolvedValue(entry('r1', 'void'))
    await store.voidEntry('r1', 'hỏng')
    expect(screen.register.value[0]?.status).toBe('void')
    api.deleteHonorees.mockResolvedValue({ deleted: 1 })
    api.listHonorees.mockResolvedValue([])
    expect(await store.deleteHonorees(['h1'])).toBe(1)
    await vi.waitFor(() => expect(screen.honorees.value).toEqual([]))
    expect(api.listDecisions).toHaveBeenCalledTimes(2)
  })
})
