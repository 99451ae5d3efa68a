import { methodNames } from '@shared/method-names'

export const webClientPath = '/dais-web-client.js'
export const tokenStorageKey = 'dais.token'

/**
 * Source of the classic script that defines `window.dais` in the browser mode, built from the
 * contract's method list so no method name is typed by hand. It runs under the strict CSP: no
 * eval, no inline code, only same-origin fetch and EventSource.
 */
export function buildWebClientScript(methods: readonly string[] = methodNames): string {
  return `(() => {
  'use strict'
  const methods = ${JSON.stringify(methods)}
  const storageKey = ${JSON.stringify(tokenStorageKey)}
  const params = new URLSearchParams(location.search)
  let token = params.get('token')
  if (token) {
    try {
      sessionStorage.setItem(storageKey, token)
    } catch {}
    // Keep the token out of the address bar, the history and screenshots.
    params.delete('token')
    const query = params.toString()
    history.replaceState(
      history.state,
      '',
      location.pathname + (query ? '?' + query : '') + location.hash
    )
  } else {
    try {
      token = sessionStorage.getItem(storageKey)
    } catch {}
  }
  token = token || ''

  // A save started while the page unloads (a reload right after typing) must still arrive:
  // such requests go out with keepalive, which browsers allow only for small bodies.
  let unloading = false
  addEventListener('beforeunload', () => {
    unloading = true
    setTimeout(() => {
      unloading = false
    }, 0)
  })

  const failure = (message) => ({ ok: false, error: { code: 'INTERNAL', message } })

  const call = async (method, arg) => {
    let response
    const body = JSON.stringify(arg === undefined ? {} : arg)
    try {
      response = await fetch('/api/' + method, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
        body,
        cache: 'no-store',
        credentials: 'omit',
        keepalive: unloading && body.length < 16384
      })
    } catch {
      return failure('Cannot reach the Dais server. Is it still running? Start Dais again and reload this page.')
    }
    try {
      return await response.json()
    } catch {
      return failure('The Dais server sent an unreadable answer (HTTP ' + response.status + ').')
    }
  }

  const listeners = new Set()
  let source = null
  const openSource = () => {
    if (source) return
    source = new EventSource('/api/events?token=' + encodeURIComponent(token))
    source.onmessage = (message) => {
      let event
      try {
        event = JSON.parse(message.data)
      } catch {
        return
      }
      for (const listener of Array.from(listeners)) {
        try {
          listener(event)
        } catch (error) {
          console.error(error)
        }
      }
    }
  }

  const api = {}
  for (const method of methods) api[method] = (arg) => call(method, arg)
  api.onEvent = (listener) => {
    if (typeof listener !== 'function') throw new TypeError('onEvent needs a function')
    listeners.add(listener)
    openSource()
    return () => {
      listeners.delete(listener)
      if (listeners.size === 0 && source) {
        source.close()
        source = null
      }
    }
  }
  Object.defineProperty(window, 'dais', {
    value: Object.freeze(api),
    enumerable: true,
    writable: false,
    configurable: false
  })
})()
`
}
