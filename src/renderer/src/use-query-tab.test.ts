import { describe, expect, it } from 'vitest'
import { createApp } from 'vue'
import { createMemoryHistory, createRouter } from 'vue-router'
import { useQueryTab } from './use-query-tab'

async function harness(start: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/events/:id', component: { render: () => null } }]
  })
  await router.push(start)
  const app = createApp({ render: () => null })
  app.use(router)
  const tab = app.runWithContext(() => useQueryTab('tab', ['desk', 'board'] as const, ['sub']))
  const sub = app.runWithContext(() => useQueryTab('sub', ['items', 'rounds'] as const))
  return { router, tab: () => tab, sub: () => sub }
}

describe('a tab kept in the address', () => {
  it('reads the tab and the sub-tab from the query, the first tab for a missing or unknown one', async () => {
    const h = await harness('/events/e1?tab=board&sub=rounds')
    expect(h.tab().value).toBe('board')
    expect(h.sub().value).toBe('rounds')
    await h.router.replace('/events/e1?tab=nonsense')
    expect(h.tab().value).toBe('desk')
    expect(h.sub().value).toBe('items')
  })

  it('writes a choice into the query, keeping the rest; a new tab drops the old sub-tab', async () => {
    const h = await harness('/events/e1?tab=desk&token=x')
    h.sub().value = 'rounds'
    await h.router.isReady()
    await new Promise((done) => setTimeout(done))
    expect(h.router.currentRoute.value.query).toEqual({ tab: 'desk', token: 'x', sub: 'rounds' })
    h.tab().value = 'board'
    await new Promise((done) => setTimeout(done))
    expect(h.router.currentRoute.value.query).toEqual({ tab: 'board', token: 'x' })
  })
})
