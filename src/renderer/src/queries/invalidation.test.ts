import { describe, expect, it, vi } from 'vitest'
import { useQuery } from '@pinia/colada'
import { dataParts, type AppEvent, type DataPart } from '@shared/app-events'
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

interface UncaughtEvents {
  on(event: 'unhandledRejection', listener: (reason: unknown) => void): void
  off(event: 'unhandledRejection', listener: (reason: unknown) => void): void
}

/** A change to `entity` that wrote `parts` of the data (by default all of them). */
const changed = (entity: string, parts: DataPart[] = [...dataParts]): AppEvent => ({
  type: 'dataChanged',
  payload: { entity, entityId: 'x', parts }
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

  it('refetch only the shown queries that read a part the change wrote', async () => {
    const app = withQueries()
    const delegates = vi.fn(async () => [])
    const movements = vi.fn(async () => [])
    const templates = vi.fn(async () => [])
    const audit = vi.fn(async () => [])
    app.run(() => useQuery({ key: keys.delegates('e1'), query: delegates }))
    app.run(() => useQuery({ key: keys.movements(), query: movements }))
    app.run(() => useQuery({ key: keys.templates(), query: templates }))
    app.run(() => useQuery({ key: keys.audit(), query: audit }))
    const stop = invalidateOnDataChanged(app.cache())
    for (const query of [delegates, movements, templates, audit])
      await vi.waitFor(() => expect(query).toHaveBeenCalledTimes(1))

    // An edit to a delegate: the delegates and the log, not the movement nor the templates.
    listeners.forEach((l) => l(changed('delegate', ['delegates', 'audit'])))
    await vi.waitFor(() => expect(delegates).toHaveBeenCalledTimes(2))
    await vi.waitFor(() => expect(audit).toHaveBeenCalledTimes(2))
    // A template (an entity the table does not name): only what reads the certificates' part.
    listeners.forEach((l) => l(changed('template', ['certificates', 'audit'])))
    await vi.waitFor(() => expect(templates).toHaveBeenCalledTimes(2))
    await vi.waitFor(() => expect(audit).toHaveBeenCalledTimes(3))
    expect(delegates).toHaveBeenCalledTimes(2)
    expect(movements).toHaveBeenCalledTimes(1)
    stop()
  })

  it('a refetch that fails (the roster was deleted elsewhere) is the query’s error, not an uncaught one', async () => {
    const app = withQueries()
    let gone = false
    const roster = vi.fn(async () => {
      if (gone) throw new Error('No roster with id "r1"')
      return {}
    })
    const shown = app.run(() => useQuery({ key: keys.roster('r1'), query: roster }))
    const stop = invalidateOnDataChanged(app.cache())
    await vi.waitFor(() => expect(roster).toHaveBeenCalledTimes(1))
    gone = true
    // Node's process: the renderer's tests are type-checked without Node's types.
    const node = (globalThis as unknown as { process: UncaughtEvents }).process
    const uncaught = vi.fn()
    node.on('unhandledRejection', uncaught)
    listeners.forEach((l) => l(changed('roster')))
    await vi.waitFor(() => expect(shown.error.value?.message).toBe('No roster with id "r1"'))
    await new Promise((resolve) => setTimeout(resolve, 10))
    node.off('unhandledRejection', uncaught)
    expect(uncaught).not.toHaveBeenCalled()
    stop()
  })
})
