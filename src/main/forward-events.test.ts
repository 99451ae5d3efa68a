import { describe, expect, it, vi } from 'vitest'
import type { AppEvent } from '@shared/app-events'
import { eventChannel } from '@shared/method-names'
import { forwardEvents } from './forward-events'

const fakeService = () => {
  const listeners = new Set<(event: AppEvent) => void>()
  return {
    emit: (event: AppEvent) => listeners.forEach((l) => l(event)),
    onEvent: (listener: (event: AppEvent) => void) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    }
  }
}

const changed: AppEvent = {
  type: 'dataChanged',
  payload: { entity: 'settings', entityId: 's', parts: ['settings', 'audit'] }
}

describe('forwardEvents', () => {
  it('sends each event on the event channel to the current window', () => {
    const service = fakeService()
    const send = vi.fn()
    forwardEvents(service, () => ({ send }))
    service.emit(changed)
    expect(send).toHaveBeenCalledWith(eventChannel, changed)
  })

  it('drops events while there is no window, and stops after unsubscribe', () => {
    const service = fakeService()
    const send = vi.fn()
    let window: { send: typeof send } | null = null
    const stop = forwardEvents(service, () => window)
    service.emit(changed)
    window = { send }
    stop()
    service.emit(changed)
    expect(send).not.toHaveBeenCalled()
  })
})
