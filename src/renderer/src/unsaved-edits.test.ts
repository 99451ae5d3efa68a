import { afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryHistory, createRouter } from 'vue-router'
import { flushUnsavedEdits, installLeaveGuard, trackUnsavedEdit } from './unsaved-edits'

// The tests run in Node: a bare event target stands in for the page's window.
vi.stubGlobal('window', new EventTarget())
const stops: (() => void)[] = []
afterEach(() => stops.splice(0).forEach((stop) => stop()))

function routerAt(path: string) {
  const component = { template: '<div />' }
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component },
      { path: '/events/:id', component }
    ]
  })
  return { router, ready: router.push(path) }
}

function unload(): BeforeUnloadEvent {
  const event = new Event('beforeunload', { cancelable: true }) as BeforeUnloadEvent
  window.dispatchEvent(event)
  return event
}

describe('unsaved edits', () => {
  it('starts the pending saves and reports nothing lost when every edit can save itself', () => {
    const flush = vi.fn()
    stops.push(trackUnsavedEdit({ isUnsaved: () => true, flush }))
    stops.push(trackUnsavedEdit({ isUnsaved: () => false }))
    expect(flushUnsavedEdits()).toBe(false)
    expect(flush).toHaveBeenCalledOnce()
  })

  it('reports an open edit that cannot save itself', () => {
    stops.push(trackUnsavedEdit({ isUnsaved: () => true }))
    expect(flushUnsavedEdits()).toBe(true)
  })

  it('asks before a reload only while something would be lost', () => {
    let open = true
    stops.push(trackUnsavedEdit({ isUnsaved: () => open }))
    const { router } = routerAt('/')
    stops.push(installLeaveGuard(router, async () => true))
    expect(unload().defaultPrevented).toBe(true)
    open = false
    expect(unload().defaultPrevented).toBe(false)
  })

  it('asks before leaving the screen and stays when the user says so', async () => {
    stops.push(trackUnsavedEdit({ isUnsaved: () => true }))
    const { router, ready } = routerAt('/events/a')
    await ready
    const answer = vi.fn(async () => false)
    stops.push(installLeaveGuard(router, answer))
    await router.push('/events/a?tab=rosters')
    expect(answer).not.toHaveBeenCalled()
    await router.push('/')
    expect(answer).toHaveBeenCalledOnce()
    expect(router.currentRoute.value.path).toBe('/events/a')
    answer.mockResolvedValueOnce(true)
    await router.push('/')
    expect(router.currentRoute.value.path).toBe('/')
  })

  it('saves a settleable edit in place before leaving the screen, and asks when it is refused', async () => {
    let value: 'valid' | 'refused' = 'valid'
    let open = true
    const settle = vi.fn(() => {
      if (value === 'refused') return false
      open = false
      return true
    })
    stops.push(trackUnsavedEdit({ isUnsaved: () => open, settle }))
    const { router, ready } = routerAt('/events/a')
    await ready
    const answer = vi.fn(async () => false)
    stops.push(installLeaveGuard(router, answer))
    // A reload cannot wait for a save: it still asks.
    expect(unload().defaultPrevented).toBe(true)
    expect(settle).not.toHaveBeenCalled()
    await router.push('/')
    expect(settle).toHaveBeenCalledOnce()
    expect(answer).not.toHaveBeenCalled()
    expect(router.currentRoute.value.path).toBe('/')

    open = true
    value = 'refused'
    await router.push('/events/a')
    expect(answer).toHaveBeenCalledOnce()
    expect(router.currentRoute.value.path).toBe('/')
  })
})
