import { describe, expect, it } from 'vitest'
import { createApp, effectScope, nextTick } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { PiniaColada } from '@pinia/colada'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useRostersStore } from '../../stores/rosters'
import { useRosterInAddress } from './use-roster-in-address'

async function openAt(path: string, alreadyOpen: string | null = null) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/events/:id', component: { template: '<div />' } }]
  })
  await router.push(path)
  const pinia = createPinia()
  const app = createApp({}).use(router).use(pinia).use(PiniaColada)
  setActivePinia(pinia)
  const store = app.runWithContext(() => useRostersStore())
  store.selectedId = alreadyOpen
  app.runWithContext(() => effectScope().run(() => useRosterInAddress()))
  const settle = async () => {
    await nextTick()
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  await settle()
  return { router, store, settle, query: () => router.currentRoute.value.query }
}

describe('the open roster kept in the address', () => {
  it('opens the roster the address names, over the one open before', async () => {
    const { store, query } = await openAt('/events/e1?tab=rosters&roster=r2&sub=quota', 'r1')
    expect(store.selectedId).toBe('r2')
    expect(query()).toEqual({ tab: 'rosters', roster: 'r2', sub: 'quota' })
  })

  it('writes the roster opened into the address, keeping the other keys, and drops it when none is', async () => {
    const { store, settle, query } = await openAt('/events/e1?tab=rosters&sub=history', 'r1')
    expect(query()).toEqual({ tab: 'rosters', sub: 'history', roster: 'r1' })
    store.selectedId = 'r3'
    await settle()
    expect(query()).toEqual({ tab: 'rosters', sub: 'history', roster: 'r3' })
    store.selectedId = null
    await settle()
    expect(query()).toEqual({ tab: 'rosters', sub: 'history' })
  })

  it('follows the address when it changes (back, forward, a link)', async () => {
    const { router, store, settle } = await openAt('/events/e1?tab=rosters&roster=r1')
    await router.push('/events/e1?tab=rosters&roster=r2')
    await settle()
    expect(store.selectedId).toBe('r2')
  })

  it.each([
    ['an empty id', '/events/e1?tab=rosters&roster='],
    ['two ids', '/events/e1?tab=rosters&roster=r1&roster=r2']
  ])('an address with %s keeps the roster open', async (_case, path) => {
    const { store, query } = await openAt(path, 'r1')
    expect(store.selectedId).toBe('r1')
    expect(query().roster).toBe('r1')
  })
})
