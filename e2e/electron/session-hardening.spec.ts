import { expect, hasElectron, inPage, noElectronReason, test } from './dais-electron'

test.skip(!hasElectron, noElectronReason)

test('S9: the CSP blocks an injected inline script', async ({ dais }) => {
  const violated = await inPage<string>(
    dais.page,
    `new Promise((resolve) => {
      document.addEventListener('securitypolicyviolation', (e) => resolve(e.effectiveDirective), { once: true })
      const script = document.createElement('script')
      script.textContent = 'window.__daisInjected = true'
      document.head.append(script)
      setTimeout(() => resolve('no violation'), 3000)
    })`
  )
  expect(violated).toBe('script-src-elem')
  expect(await inPage(dais.page, 'typeof window.__daisInjected')).toBe('undefined')
})

test('S9: every response carries the CSP header', async ({ dais }) => {
  const policy = await inPage<string | null>(
    dais.page,
    `fetch(location.href).then((r) => r.headers.get('content-security-policy'))`
  )
  expect(policy).toContain("default-src 'none'")
  expect(policy).toContain("script-src 'self'")
})

test('S7: other permission requests and checks are denied', async ({ dais }) => {
  expect(await inPage(dais.page, 'Notification.requestPermission()')).toBe('denied')
  expect(
    await inPage(
      dais.page,
      `navigator.permissions.query({ name: 'geolocation' }).then((s) => s.state)`
    )
  ).toBe('denied')
})

test('S7: the camera is ours for scanning cards; the microphone stays denied', async ({ dais }) => {
  const state = (name: string) =>
    inPage<string>(
      dais.page,
      `navigator.permissions.query({ name: '${name}' }).then((s) => s.state)`
    )
  expect(await state('camera')).toBe('granted')
  expect(await state('microphone')).toBe('denied')
})

test('S5: path traversal on app:// is refused', async ({ dais }) => {
  const status = await inPage<number>(
    dais.page,
    `fetch('app://dais/..%2f..%2fpackage.json').then((r) => r.status)`
  )
  expect(status).toBe(403)
})
