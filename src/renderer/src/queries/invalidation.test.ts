import { describe, expect, it, vi } from 'vitest'
import { useQuery } from '@pinia/colada'
import type { AppEvent } from '@shared/app-events'
import { withQueries } from '../testing/with-queries'

const listeners: ((event: AppEvent) => void)[] = []
// The bridge the preload (or the browser-mode client) puts on the page: only its events here.
Object.assign(globalThis, {
  dais: {
    onEvent: (listener: (event: AppEvent) => void) => {
      listeners.push(listener)
      return () => listeners.splice(listeners.indexOf(listener), 1)
    }
  }
})

import { invalidateOnDataChanged } from './invalidation'
import { keys } from './keys'

const changed = (entity: string): AppEvent => ({
  type: 'dataChanged',
  payload: { entity, entityId: 'x' }
})

function shownQueries() {
  const app = withQueries()
  const rosters = vi.fn(async () => [])
  const setup = vi.fn(async () => [])
  app.run(() => useQuery({ key: keys.rosters('e1'), query: rosters }))
  app.run(() => useQuery({ key: keys.templates(), query: setup }))
  const stop = invalidateOnDataChanged(app.cache())
  return { rosters, setup, stop }
}

describe('dataChanged events', () => {
  it('refetch the shown queries the entity reaches, and only those', async () => {
    const { rosters, setup, stop } = shownQueries()
    await vi.waitFor(() => expect(rosters).toHaveBeenCalledTimes(1))
    await vi.waitFor(() => expect(setup).toHaveBeenCalledTimes(1))
    listeners.forEach((l) => l(changed('delegate')))
    await vi.waitFor(() => expect(rosters).toHaveBeenCalledTimes(2))
    expect(setup).toHaveBeenCalledTimes(1)
    stop()
    listeners.forEach((l) => l(changed('delegate')))
    expect(rosters).toHaveBeenCalledTimes(2)
  })

  it('an entity the table does not name refetches everything shown', async () => {
    const { rosters, setup, stop } = shownQueries()
    await vi.waitFor(() => expect(setup).toHaveBeenCalledTimes(1))
    listeners.forEach((l) => l(changed('template')))
    await vi.waitFor(() => expect(setup).toHaveBeenCalledTimes(2))
    await vi.waitFor(() => expect(rosters).toHaveBeenCalledTimes(2))
    stop()
  })
})
