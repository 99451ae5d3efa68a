import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { AppService } from '../core/app-service'
import type { AppEvent } from '@shared/app-events'
import { methodNames } from '@shared/method-names'
import { err, ok } from '@shared/result'
import { contentSecurityPolicy } from '@shared/csp'
import { createAppService } from '../core/app-service'
import { httpRequest, type HttpReply } from '../core/testing/http-request'
import { testContext } from '../core/testing/test-context'
import { browserHost, createDocumentStore } from './document-store'
import { isLoopbackAddress } from './request-guard'
import { startWebServer, type WebServer } from './server'
import { injectWebClient } from './static-files'

const token = 'test-token-0123456789abcdefghijklmn'

const indexHtml = `<!doctype html>
<html>
  <head>
    <meta charset="UTF-8" />
    <title>Dais</title>
    <script type="module" crossorigin src="./assets/index-abc.js"></script>
    <link rel="stylesheet" href="./assets/index-abc.css" />
  </head>
  <body><div id="app"></div></body>
</html>
`

function fakeService() {
  const listeners = new Set<(event: AppEvent) => void>()
  const service = {
    dispatch: vi.fn(async (method: string, arg: unknown) =>
      method === 'getAppInfo'
        ? ok({ echo: arg ?? null })
        : err('UNKNOWN_METHOD', `Unknown ${method}`)
    ),
    onEvent: vi.fn((listener: (event: AppEvent) => void) => {
      listeners.add(listener)
      return () => void listeners.delete(listener)
    }),
    flush: vi.fn(async () => {}),
    close: vi.fn(async () => {})
  }
  const emit = (event: AppEvent) => listeners.forEach((l) => l(event))
  return { service: service satisfies AppService, listeners, emit }
}

function send(
  server: WebServer,
  path: string,
  options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}
): Promise<HttpReply> {
  return httpRequest(
    {
      host: '127.0.0.1',
      port: server.port,
      path,
      method: options.method ?? 'GET',
      headers: { Host: `127.0.0.1:${server.port}`, ...options.headers }
    },
    options.body
  )
}

const call = (
  server: WebServer,
  method: string,
  body: string | Buffer,
  headers: Record<string, string> = {}
) =>
  send(server, `/api/${method}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}`, ...headers },
    body
  })

let staticDir: string
let fake: ReturnType<typeof fakeService>
let server: WebServer

beforeEach(async () => {
  const root = mkdtempSync(join(tmpdir(), 'dais-web-'))
  staticDir = join(root, 'renderer')
  mkdirSync(join(staticDir, 'assets'), { recursive: true })
  writeFileSync(join(staticDir, 'index.html'), indexHtml)
  writeFileSync(join(staticDir, 'assets', 'index-abc.js'), 'console.log(1)\n')
  writeFileSync(join(staticDir, 'assets', 'index-abc.css'), 'body{}\n')
  writeFileSync(join(staticDir, 'assets', 'chart-BpuDaLy1.js'), 'export {}\n')
  writeFileSync(join(staticDir, 'assets', 'logo.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  writeFileSync(join(staticDir, 'assets', 'font.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]))
  writeFileSync(join(root, 'secret.txt'), 'outside the static root')
  fake = fakeService()
  server = await startWebServer({
    service: fake.service,
    documents: createDocumentStore(),
    staticDir,
    port: 0,
    token
  })
})

afterEach(async () => {
  await server.close()
  rmSync(join(staticDir, '..'), { recursive: true, force: true })
})

describe('binding and token', () => {
  it('listens on 127.0.0.1 only and puts the token in the url', () => {
    expect(server.address.address).toBe('127.0.0.1')
    expect(server.url).toBe(`http://127.0.0.1:${server.port}/?token=${token}`)
  })

  it('makes a fresh url-safe token per launch unless one is injected', async () => {
    const other = await startWebServer({
      service: fake.service,
      documents: createDocumentStore(),
      staticDir
    })
    try {
      expect(other.token).toMatch(/^[A-Za-z0-9_-]{32}$/)
      expect(other.token).not.toBe(token)
      expect(other.port).not.toBe(server.port)
    } finally {
      await other.close()
    }
  })

  it('refuses an API call without the token and never dispatches it', async () => {
    const reply = await send(server, '/api/getAppInfo', { method: 'POST', body: '{}' })
    expect(reply.status).toBe(401)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } })
    expect(fake.service.dispatch).not.toHaveBeenCalled()
  })

  it('refuses a wrong token', async () => {
    const reply = await call(server, 'getAppInfo', '{}', { Authorization: 'Bearer wrong' })
    expect(reply.status).toBe(401)
    const sameLength = await call(server, 'getAppInfo', '{}', {
      Authorization: `Bearer ${'x'.repeat(token.length)}`
    })
    expect(sameLength.status).toBe(401)
    expect(fake.service.dispatch).not.toHaveBeenCalled()
  })

  it('refuses the token in the query string for API calls', async () => {
    const reply = await send(server, `/api/getAppInfo?token=${token}`, { method: 'POST' })
    expect(reply.status).toBe(401)
  })

  it('treats only loopback peers as local', () => {
    for (const address of ['127.0.0.1', '127.8.0.1', '::1', '::ffff:127.0.0.1']) {
      expect(isLoopbackAddress(address)).toBe(true)
    }
    for (const address of ['10.0.0.2', '192.168.1.5', '::ffff:10.0.0.1', 'fe80::1', undefined]) {
      expect(isLoopbackAddress(address)).toBe(false)
    }
  })
})

describe('Host and Origin (DNS rebinding)', () => {
  it('refuses a foreign Host', async () => {
    const reply = await call(server, 'getAppInfo', '{}', { Host: `evil.example:${server.port}` })
    expect(reply.status).toBe(403)
    expect(fake.service.dispatch).not.toHaveBeenCalled()
    const page = await send(server, '/', { headers: { Host: `evil.example:${server.port}` } })
    expect(page.status).toBe(403)
  })

  it('refuses a Host without the port or with another port', async () => {
    expect((await send(server, '/', { headers: { Host: '127.0.0.1' } })).status).toBe(403)
    expect(
      (await send(server, '/', { headers: { Host: `127.0.0.1:${server.port + 1}` } })).status
    ).toBe(403)
  })

  it('accepts localhost as Host', async () => {
    const reply = await call(server, 'getAppInfo', '{}', { Host: `localhost:${server.port}` })
    expect(reply.status).toBe(200)
  })

  it('refuses a foreign Origin', async () => {
    for (const origin of [
      'http://evil.example',
      `http://evil.example:${server.port}`,
      `https://127.0.0.1:${server.port}`,
      'null'
    ]) {
      const reply = await call(server, 'getAppInfo', '{}', { Origin: origin })
      expect(reply.status, origin).toBe(403)
    }
    expect(fake.service.dispatch).not.toHaveBeenCalled()
  })

  it('accepts its own Origin', async () => {
    for (const origin of [`http://127.0.0.1:${server.port}`, `http://localhost:${server.port}`]) {
      const reply = await call(server, 'getAppInfo', '{}', { Origin: origin })
      expect(reply.status, origin).toBe(200)
    }
  })
})

describe('API calls', () => {
  it('dispatches the parsed body and returns the Result as JSON', async () => {
    const reply = await call(server, 'getAppInfo', '{"a":1}')
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toMatch(/^application\/json/)
    expect(reply.headers['cache-control']).toBe('no-store')
    expect(JSON.parse(reply.body)).toEqual({ ok: true, value: { echo: { a: 1 } } })
    expect(fake.service.dispatch).toHaveBeenCalledWith('getAppInfo', { a: 1 })
  })

  it('passes an empty body as undefined', async () => {
    await call(server, 'getAppInfo', '')
    expect(fake.service.dispatch).toHaveBeenCalledWith('getAppInfo', undefined)
  })

  it('lets dispatch answer an unknown method', async () => {
    const reply = await call(server, 'dropDatabase', '{}')
    expect(reply.status).toBe(200)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } })
  })

  it('answers bad JSON with 400 and an INVALID_ARGUMENT result', async () => {
    const reply = await call(server, 'getAppInfo', '{"a":')
    expect(reply.status).toBe(400)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect(fake.service.dispatch).not.toHaveBeenCalled()
  })

  it('answers other verbs than POST with 405', async () => {
    for (const method of ['GET', 'PUT', 'DELETE']) {
      const reply = await send(server, '/api/getAppInfo', {
        method,
        headers: { Authorization: `Bearer ${token}` }
      })
      expect(reply.status, method).toBe(405)
      expect(reply.headers.allow).toBe('POST')
    }
    expect(fake.service.dispatch).not.toHaveBeenCalled()
  })

  it('refuses a body over the limit with 413', async () => {
    const small = await startWebServer({
      service: fake.service,
      documents: createDocumentStore(),
      staticDir,
      token,
      bodyLimit: 1024
    })
    try {
      const reply = await call(small, 'getAppInfo', JSON.stringify({ text: 'x'.repeat(4096) }))
      expect(reply.status).toBe(413)
      expect(fake.service.dispatch).not.toHaveBeenCalled()
    } finally {
      await small.close()
    }
  })

  it('answers an oversized body with a readable 413, not a connection reset', async () => {
    const small = await startWebServer({
      service: fake.service,
      documents: createDocumentStore(),
      staticDir,
      token,
      bodyLimit: 1024
    })
    try {
      for (let i = 0; i < 5; i += 1) {
        const reply = await call(small, 'getAppInfo', Buffer.alloc(512 * 1024, 0x20))
        expect(reply.status).toBe(413)
        expect(JSON.parse(reply.body)).toMatchObject({ error: { code: 'INVALID_ARGUMENT' } })
      }
      expect(fake.service.dispatch).not.toHaveBeenCalled()
    } finally {
      await small.close()
    }
  })

  it('accepts the bodies the contract allows: a file of more than 20 MB', async () => {
    const text = 'x'.repeat(25 * 1024 * 1024)
    const reply = await call(server, 'getAppInfo', JSON.stringify({ text }))
    expect(reply.status).toBe(200)
    expect(fake.service.dispatch).toHaveBeenCalledWith('getAppInfo', { text })
  })

  it('turns a throwing dispatch into a 500 INTERNAL result', async () => {
    fake.service.dispatch.mockRejectedValueOnce(new Error('boom'))
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {})
    const reply = await call(server, 'getAppInfo', '{}')
    spy.mockRestore()
    expect(reply.status).toBe(500)
    expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'INTERNAL' } })
  })
})

describe('documents for a new tab (openDocument)', () => {
  const pdf = Buffer.from('%PDF-1.7 Giấy khen').toString('base64')
  let service: AppService

  // A real service with the browser host: openDocument goes through its dispatch like any method.
  beforeEach(async () => {
    await server.close()
    const documents = createDocumentStore()
    service = await createAppService(testContext(), { host: browserHost(documents) })
    vi.spyOn(service, 'dispatch')
    server = await startWebServer({ service, documents, staticDir, port: 0, token })
  })
  afterEach(() => service.close())

  const open = (doc: object) => call(server, 'openDocument', JSON.stringify(doc))

  it('serves a PDF once stored, inline, at an unguessable url, without the token', async () => {
    const reply = await open({
      fileName: 'Giấy khen.pdf',
      contentType: 'application/pdf',
      contentBase64: pdf
    })
    const { value } = JSON.parse(reply.body) as { value: { url: string } }
    expect(value.url).toMatch(/^\/documents\/[0-9a-f]{32}\/Gi%E1%BA%A5y%20khen\.pdf$/)
    expect(service.dispatch).toHaveBeenCalledWith('openDocument', {
      fileName: 'Giấy khen.pdf',
      contentType: 'application/pdf',
      contentBase64: pdf
    })
    const doc = await send(server, value.url)
    expect(doc.status).toBe(200)
    expect(doc.headers['content-type']).toBe('application/pdf')
    expect(doc.headers['content-disposition']).toMatch(/^inline; filename\*=UTF-8''/)
    expect(doc.headers['x-content-type-options']).toBe('nosniff')
    expect(doc.body).toBe('%PDF-1.7 Giấy khen')
  })

  it('never serves HTML, and answers unknown or guessed paths with 404', async () => {
    const html = await open({ fileName: 'x.html', contentType: 'text/html', contentBase64: pdf })
    expect(JSON.parse(html.body)).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    expect((await send(server, `/documents/${'0'.repeat(32)}/x.pdf`)).status).toBe(404)
    expect((await send(server, '/documents/../index.html')).status).toBe(404)
  })

  it('hands a document out once, framed by nobody, under a name that stays one segment', async () => {
    const reply = await open({
      fileName: '../../bao cao.pdf',
      contentType: 'application/pdf',
      contentBase64: pdf
    })
    const { value } = JSON.parse(reply.body) as { value: { url: string } }
    expect(value.url).toMatch(/^\/documents\/[0-9a-f]{32}\/_\.\._bao%20cao\.pdf$/)
    expect((await send(server, value.url, { method: 'HEAD' })).status).toBe(200)
    const first = await send(server, value.url)
    expect(first.status).toBe(200)
    expect(first.headers['x-frame-options']).toBe('DENY')
    expect(first.headers['content-security-policy']).toContain("frame-ancestors 'none'")
    expect(first.headers['content-security-policy']).toContain("default-src 'none'")
    expect((await send(server, value.url)).status).toBe(404)
  })

  it('refuses a document whose name or bytes do not match its type', async () => {
    const csv = Buffer.from('Họ và tên\n').toString('base64')
    for (const doc of [
      { fileName: 'run.bat', contentType: 'application/pdf', contentBase64: pdf },
      { fileName: 'x.pdf', contentType: 'application/pdf', contentBase64: csv },
      { fileName: 'x.zip', contentType: 'application/zip', contentBase64: pdf }
    ]) {
      const answer = JSON.parse((await open(doc)).body) as unknown
      expect(answer, doc.fileName).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    }
    const ok = await open({
      fileName: 'd.csv',
      contentType: 'text/csv; charset=utf-8',
      contentBase64: csv
    })
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true })
  })

  it('still requires the token to store a document', async () => {
    const reply = await call(server, 'openDocument', '{}', { Authorization: 'Bearer wrong' })
    expect(reply.status).toBe(401)
  })
})

describe('security headers', () => {
  it('sends the CSP and hardening headers on HTML, JS, API and error responses', async () => {
    const replies = [
      await send(server, '/'),
      await send(server, '/assets/index-abc.js'),
      await send(server, '/dais-web-client.js'),
      await call(server, 'getAppInfo', '{}'),
      await send(server, '/api/getAppInfo', { method: 'POST' }),
      await send(server, '/missing.js'),
      await send(server, '/', { headers: { Host: 'evil.example' } })
    ]
    for (const reply of replies) {
      expect(reply.headers['content-security-policy']).toBe(contentSecurityPolicy)
      expect(reply.headers['x-content-type-options']).toBe('nosniff')
      expect(reply.headers['referrer-policy']).toBe('no-referrer')
      expect(reply.headers['x-frame-options']).toBe('DENY')
    }
  })

  it('uses the same policy as the desktop app', () => {
    expect(contentSecurityPolicy).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'"
    )
  })
})

describe('static files', () => {
  it('serves index.html at / with the web client before the first module script', async () => {
    const reply = await send(server, '/')
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe('text/html; charset=utf-8')
    const client = reply.body.indexOf('<script src="./dais-web-client.js"></script>')
    const moduleScript = reply.body.indexOf('<script type="module"')
    expect(client).toBeGreaterThan(0)
    expect(client).toBeLessThan(moduleScript)
    expect((await send(server, '/index.html')).body).toContain('dais-web-client.js')
  })

  it('does not need the token for static files', async () => {
    expect((await send(server, '/assets/index-abc.css')).status).toBe(200)
  })

  it('sends the right content types', async () => {
    const types: Record<string, string> = {
      '/assets/index-abc.js': 'text/javascript; charset=utf-8',
      '/assets/index-abc.css': 'text/css; charset=utf-8',
      '/assets/logo.svg': 'image/svg+xml',
      '/assets/font.woff2': 'font/woff2',
      '/dais-web-client.js': 'text/javascript; charset=utf-8'
    }
    for (const [path, type] of Object.entries(types)) {
      const reply = await send(server, path)
      expect(reply.status, path).toBe(200)
      expect(reply.headers['content-type'], path).toBe(type)
    }
  })

  it('lets the browser keep hashed build files, and asks it to check everything else', async () => {
    const keep = 'public, max-age=31536000, immutable'
    expect((await send(server, '/assets/chart-BpuDaLy1.js')).headers['cache-control']).toBe(keep)
    for (const path of ['/', '/index.html', '/dais-web-client.js', '/assets/logo.svg'])
      expect((await send(server, path)).headers['cache-control'], path).toBe('no-cache')
  })

  it('answers HEAD without a body', async () => {
    const reply = await send(server, '/assets/index-abc.js', { method: 'HEAD' })
    expect(reply.status).toBe(200)
    expect(reply.headers['content-length']).toBe(String('console.log(1)\n'.length))
    expect(reply.body).toBe('')
  })

  it('refuses path traversal with 404', async () => {
    const attempts = [
      '/../secret.txt',
      '/../package.json',
      '/%2e%2e/secret.txt',
      '/%2E%2E/%2E%2E/package.json',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e%2f%2e%2e%2fsecret.txt',
      '/..%5csecret.txt',
      '/assets%5c..%5c..%5csecret.txt',
      '/%5c..%5csecret.txt',
      '/..\\secret.txt',
      '/assets/%00.js',
      '/%E0%A4%A',
      '//etc/passwd',
      '/assets/'
    ]
    for (const path of attempts) {
      const reply = await send(server, path)
      expect(reply.status, path).toBe(404)
      expect(reply.body, path).not.toContain('outside the static root')
    }
  })

  it('answers a missing favicon with 204 rather than a console-visible 404', async () => {
    expect((await send(server, '/favicon.ico')).status).toBe(204)
    writeFileSync(join(staticDir, 'favicon.ico'), Buffer.from([0, 0, 1, 0]))
    const reply = await send(server, '/favicon.ico')
    expect(reply.status).toBe(200)
    expect(reply.headers['content-type']).toBe('image/x-icon')
  })

  it('answers non-GET requests for files with 405', async () => {
    const reply = await send(server, '/index.html', { method: 'POST', body: 'x' })
    expect(reply.status).toBe(405)
  })
})

describe('web client script', () => {
  it('defines every contract method and onEvent without eval or inline code', async () => {
    const reply = await send(server, '/dais-web-client.js')
    expect(reply.status).toBe(200)
    const listed = JSON.parse(/const methods = (\[.*\])/.exec(reply.body)?.[1] ?? '[]') as string[]
    expect(listed).toEqual([...methodNames])
    expect(reply.body).toContain('onEvent')
    expect(reply.body).toContain('Object.freeze(api)')
    expect(reply.body).not.toMatch(/\beval\(|new Function|innerHTML|document\.write/)
  })

  it('places the client before the module script, or in the head when there is none', () => {
    expect(injectWebClient('<head></head><body></body>')).toMatch(
      /<script src="\.\/dais-web-client\.js"><\/script>\s*<\/head>/
    )
  })
})

describe('server-sent events', () => {
  const openStream = (path: string) =>
    new Promise<{ status: number; chunks: string[]; close(): void; next(): Promise<string> }>(
      (resolve, reject) => {
        const req = request(
          {
            host: '127.0.0.1',
            port: server.port,
            path,
            headers: { Host: `127.0.0.1:${server.port}` }
          },
          (res) => {
            const chunks: string[] = []
            const waiting: ((chunk: string) => void)[] = []
            res.setEncoding('utf8')
            res.on('data', (chunk: string) => {
              const waiter = waiting.shift()
              if (waiter) waiter(chunk)
              else chunks.push(chunk)
            })
            resolve({
              status: res.statusCode ?? 0,
              chunks,
              close: () => req.destroy(),
              next: () =>
                chunks.length
                  ? Promise.resolve(chunks.shift() as string)
                  : new Promise((r) => waiting.push(r))
            })
          }
        )
        req.on('error', reject)
        req.end()
      }
    )

  it('refuses a stream without the token', async () => {
    const reply = await send(server, '/api/events')
    expect(reply.status).toBe(401)
    expect(fake.service.onEvent).not.toHaveBeenCalled()
  })

  it('delivers events and unsubscribes when the client goes away', async () => {
    const stream = await openStream(`/api/events?token=${token}`)
    expect(stream.status).toBe(200)
    expect(await stream.next()).toBe(': connected\n\n')
    expect(fake.listeners.size).toBe(1)
    const event: AppEvent = {
      type: 'dataChanged',
      payload: { entity: 'event', entityId: 'e-1', parts: ['events', 'audit'] }
    }
    fake.emit(event)
    expect(await stream.next()).toBe(`data: ${JSON.stringify(event)}\n\n`)
    stream.close()
    await vi.waitFor(() => expect(fake.listeners.size).toBe(0))
  })

  it('sends heartbeats and ends streams when the server closes', async () => {
    const quick = await startWebServer({
      service: fake.service,
      documents: createDocumentStore(),
      staticDir,
      token,
      heartbeatMs: 20
    })
    const stream = await new Promise<{ ended: Promise<void>; data: string[] }>((resolve) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: quick.port,
          path: `/api/events?token=${token}`,
          headers: { Host: `localhost:${quick.port}` }
        },
        (res) => {
          const data: string[] = []
          res.setEncoding('utf8')
          res.on('data', (chunk: string) => data.push(chunk))
          resolve({ data, ended: new Promise((r) => res.on('close', () => r())) })
        }
      )
      req.end()
    })
    await vi.waitFor(() => expect(stream.data.join('')).toContain(': heartbeat\n\n'))
    await quick.close()
    await stream.ended
    expect(fake.listeners.size).toBe(0)
  })
})
