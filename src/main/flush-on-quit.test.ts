import { EventEmitter } from 'node:events'
import { describe, expect, it, vi } from 'vitest'
import { flushOnQuit, flushOnSessionEnd } from './flush-on-quit'

const fakeApp = () => {
  const emitter = new EventEmitter()
  const app = {
    on: (event: 'before-quit', listener: (e: { preventDefault(): void }) => void) =>
      emitter.on(event, listener),
    quit: vi.fn(() => {
      const event = { prevented: false, preventDefault: () => (event.prevented = true) }
      emitter.emit('before-quit', event)
      if (!event.prevented) app.exited = true
    }),
    exited: false
  }
  return app
}

const deferred = () => {
  let resolve!: () => void
  let reject!: (e: unknown) => void
  const promise = new Promise<void>((res, rej) => {
    resolve = res
    reject = rej
  })
  return { promise, resolve, reject }
}

describe('flushOnQuit', () => {
  it('holds the quit until the service is closed, then quits once', async () => {
    const app = fakeApp()
    const closing = deferred()
    const service = { close: vi.fn(() => closing.promise) }
    flushOnQuit(service, app)

    app.quit()
    app.quit()
    expect(app.exited).toBe(false)
    expect(service.close).toHaveBeenCalledTimes(1)

    closing.resolve()
    await vi.waitFor(() => expect(app.exited).toBe(true))
    expect(service.close).toHaveBeenCalledTimes(1)
  })

  it('still quits when closing fails, and reports the failure', async () => {
    const app = fakeApp()
    const onError = vi.fn()
    flushOnQuit({ close: () => Promise.reject(new Error('disk gone')) }, app, onError)
    app.quit()
    await vi.waitFor(() => expect(app.exited).toBe(true))
    expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: 'disk gone' }))
  })
})

describe('flushOnSessionEnd', () => {
  it('flushes when the OS ends the session', () => {
    const window = new EventEmitter()
    const service = { flush: vi.fn(() => Promise.resolve()) }
    flushOnSessionEnd(service, window)
    window.emit('session-end')
    expect(service.flush).toHaveBeenCalledTimes(1)
  })
})
