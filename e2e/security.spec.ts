import { request as httpRequest } from 'node:http'
import { AppShell } from './pages/app-shell'
import { EventListPage } from './pages/event-list-page'
import { OrganisationPage } from './pages/organisation-page'
import { expect, test } from './pages/page-problems'

/** A raw request, so the Host header can be forged (fetch would not let us). */
function rawPost(
  port: number,
  path: string,
  headers: Record<string, string>
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers }, (res) => {
      let body = ''
      res.setEncoding('utf8').on('data', (chunk: string) => (body += chunk))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }))
    })
    req.on('error', reject)
    req.end('{}')
  })
}

test.describe('the browser-mode server refuses foreign callers', () => {
  test('no token → 401', async ({ dais }) => {
    const res = await fetch(`${dais.origin}/api/listEvents`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{}'
    })
    expect(res.status).toBe(401)
    expect(await res.json()).toMatchObject({
      ok: false,
      error: { code: 'FORBIDDEN', details: { reason: 'access-token' } }
    })
  })

  test('a page opened without the token says once what to open, instead of a toast per call', async ({
    dais,
    page,
    problems
  }) => {
    problems.allow(/401 \(Unauthorized\)/)
    await page.goto(`${dais.origin}/#/organisation`)
    const message = page.getByText('Trang này chưa có mã truy cập', { exact: false })
    await expect(message).toHaveCount(1)
    await expect(page.getByText('Không có quyền thực hiện thao tác này')).toHaveCount(0)
  })

  test('right token, foreign Origin → 403', async ({ dais }) => {
    const res = await fetch(`${dais.origin}/api/listEvents`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${dais.token}`,
        Origin: 'http://evil.example'
      },
      body: '{}'
    })
    expect(res.status).toBe(403)
  })

  test('right token, forged Host (DNS rebinding) → 403', async ({ dais }) => {
    const res = await rawPost(dais.port, '/api/listEvents', {
      Host: 'evil.example',
      'Content-Type': 'application/json',
      Authorization: `Bearer ${dais.token}`
    })
    expect(res.status).toBe(403)
  })

  test('right token, own Origin → 200 (the checks above are not blanket refusals)', async ({
    dais
  }) => {
    const res = await fetch(`${dais.origin}/api/listEvents`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        Authorization: `Bearer ${dais.token}`,
        Origin: dais.origin
      },
      body: '{}'
    })
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ ok: true, value: [] })
  })
})

test('a first-run journey raises no console errors and no CSP violations', async ({
  page,
  dais,
  problems
}) => {
  const shell = new AppShell(page)
  const home = new EventListPage(page)
  const org = new OrganisationPage(page)

  const response = await page.goto(dais.url)
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'")
  await expect(shell.saveStatus).toContainText('Đã lưu')
  await home.openSampleButton.click()
  await expect(page.getByRole('tab', { name: 'Tổng quan' })).toBeVisible()
  await page.getByRole('link', { name: '← Về danh sách sự kiện' }).click()
  await home.createEvent({ title: 'Lễ tuyên dương', kind: 'Lễ', date: '01/10/2025' })
  await shell.goTo('Cơ quan')
  await org.fill({ placeName: 'Tiền Phong', operatorName: 'Lan' })
  await org.save()
  for (const target of ['Sao lưu', 'Nhật ký', 'Sự kiện'] as const) await shell.goTo(target)
  await expect(home.list).toBeVisible()

  problems.expectNone()

  // The watcher really reports violations: an inline script the CSP must refuse shows up.
  await page.evaluate(`{
    const script = document.createElement('script')
    script.textContent = 'window.__inlineRan = true'
    document.body.append(script)
  }`)
  await expect.poll(() => problems.problems.some((p) => p.startsWith('csp:'))).toBe(true)
  expect(await page.evaluate(`'__inlineRan' in window`)).toBe(false)
  // Only the provoked violation was recorded (as a CSP event and its console line).
  expect(problems.problems.every((p) => /csp:|Content Security Policy/.test(p))).toBe(true)
  problems.problems.splice(0)
})
