import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createReadStream } from 'node:fs'
import { readFile, realpath, stat } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { resolve, sep } from 'node:path'
import type { AppService } from '../core/app-service'
import type { AppErrorShape, ErrorCode } from '../shared/result'
import { contentSecurityPolicy } from '../shared/csp'
import { buildWebClientScript, webClientPath } from './web-client'
import { contentTypeOf } from '../shared/content-types'
import { maxImportBase64Length } from '../shared/contract-part'
import { documentKinds } from '../core/document-types'
import { safeDescendantPath } from '../core/safe-path'
import type { DocumentStore } from './document-store'

export interface WebServerOptions {
  service: AppService
  /** Where the service's browser host (browserHost) keeps the documents it opens for a tab. */
  documents: DocumentStore
  /** Folder holding the built renderer (`index.html` + assets). */
  staticDir: string
  /** 0 picks a free port. */
  port?: number
  /** Injected by tests; otherwise a fresh random token per launch. */
  token?: string
  /** Largest accepted API request body in bytes. */
  bodyLimit?: number
  heartbeatMs?: number
}

export interface WebServer {
  /** Address to open, carrying the token: `http://127.0.0.1:<port>/?token=<token>`. */
  url: string
  origin: string
  port: number
  token: string
  /** The bound address; always 127.0.0.1. */
  address: AddressInfo
  close(): Promise<void>
}

const host = '127.0.0.1'
/**
 * The contract takes files of up to 50 MB as base64 (`maxImportBase64Length`), inside a JSON
 * body with a little more around them.
 */
const defaultBodyLimit = maxImportBase64Length + 1024 * 1024
const defaultHeartbeatMs = 15_000

const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin'
}

const documentPolicy = "default-src 'none'; object-src 'self'; frame-ancestors 'none'"

const moduleScriptTag = /<script\b[^>]*\btype\s*=\s*["']?module["']?[^>]*>/i

/** Puts the web client before the renderer's first module script, so `window.dais` exists first. */
export function injectWebClient(html: string): string {
  const tag = `<script src=".${webClientPath}"></script>`
  const match = moduleScriptTag.exec(html)
  if (match) return html.slice(0, match.index) + tag + '\n    ' + html.slice(match.index)
  const headEnd = html.search(/<\/head>/i)
  if (headEnd >= 0) return html.slice(0, headEnd) + tag + '\n  ' + html.slice(headEnd)
  return tag + '\n' + html
}

export const isLoopbackAddress = (address: string | undefined): boolean =>
  address !== undefined &&
  (address === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/i.test(address))

const failure = (code: ErrorCode, message: string): { ok: false; error: AppErrorShape } => ({
  ok: false,
  error: { code, message }
})

class BodyTooLarge extends Error {}

/**
 * Reads a request body of at most `limit` bytes. A larger one is refused with BodyTooLarge once
 * the client has finished sending it (read and dropped, up to `drainLimit`), so the client reads
 * the 413 instead of a connection reset; beyond `drainLimit` the connection is cut.
 */
function readBody(req: IncomingMessage, limit: number, drainLimit = limit * 4): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length'])
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = Number.isFinite(declared) && declared > limit
    let done = false
    const finish = (error?: Error) => {
      if (done) return
      done = true
      if (error) reject(error)
      else resolveBody(Buffer.concat(chunks))
    }
    if (Number.isFinite(declared) && declared > drainLimit) {
      finish(new BodyTooLarge())
      return
    }
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        tooLarge = true
        chunks.length = 0
      }
      if (size > drainLimit) finish(new BodyTooLarge())
      else if (!tooLarge) chunks.push(chunk)
    })
    req.on('end', () => finish(tooLarge ? new BodyTooLarge() : undefined))
    req.on('error', (error) => finish(error))
  })
}

/**
 * Serves the built renderer and the contract over loopback HTTP: `POST /api/<method>` and
 * server-sent events at `GET /api/events`. Holds the browser mode to the desktop's bar: loopback
 * only, a per-launch token, `Host`/`Origin` checks against DNS rebinding, the same CSP.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { service, documents } = options
  const token = options.token ?? randomBytes(24).toString('base64url')
  const tokenBytes = Buffer.from(token)
  const bodyLimit = options.bodyLimit ?? defaultBodyLimit
  const heartbeatMs = options.heartbeatMs ?? defaultHeartbeatMs
  const staticRoot = await realpath(resolve(options.staticDir))
  const clientScript = buildWebClientScript()
  const eventStreams = new Set<ServerResponse>()
  let port = 0

  const tokenMatches = (candidate: string | null | undefined): boolean => {
    if (!candidate) return false
    const bytes = Buffer.from(candidate)
    return bytes.length === tokenBytes.length && timingSafeEqual(bytes, tokenBytes)
  }

  const bearerToken = (req: IncomingMessage): string | undefined => {
    const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')
    return match?.[1]
  }

  const send = (
    res: ServerResponse,
    status: number,
    body: string | Buffer,
    headers: Record<string, string | number> = {}
  ): void => {
    if (res.headersSent) {
      res.end()
      return
    }
    res.writeHead(status, {
      ...securityHeaders,
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': Buffer.byteLength(body),
      ...headers
    })
    res.end(res.req.method === 'HEAD' ? undefined : body)
  }

  const sendJson = (
    res: ServerResponse,
    status: number,
    value: unknown,
    headers: Record<string, string> = {}
  ): void =>
    send(res, status, JSON.stringify(value), {
      'Content-Type': 'application/json; charset=utf-8',
      'Cache-Control': 'no-store',
      ...headers
    })

  /** @see S10 in RELIABILITY.md: loopback peer, exact Host, same-origin Origin. */
  const refusal = (req: IncomingMessage): string | undefined => {
    if (!isLoopbackAddress(req.socket.remoteAddress)) return 'Only this computer may connect.'
    const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
    if (!allowedHosts.includes((req.headers.host ?? '').toLowerCase())) return 'Unknown host.'
    const origin = req.headers.origin
    if (origin !== undefined && !allowedHosts.some((h) => origin.toLowerCase() === `http://${h}`)) {
      return 'Cross-origin requests are refused.'
    }
    return undefined
  }

  const handleCall = async (
    req: IncomingMessage,
    res: ServerResponse,
    method: string
  ): Promise<void> => {
    if (req.method !== 'POST') {
      sendJson(res, 405, failure('INVALID_ARGUMENT', 'Use POST for API calls.'), { Allow: 'POST' })
      return
    }
    if (!tokenMatches(bearerToken(req))) {
      sendJson(res, 401, failure('FORBIDDEN', 'Missing or wrong access token.'), {
        'WWW-Authenticate': 'Bearer'
      })
      return
    }
    let body: Buffer
    try {
      body = await readBody(req, bodyLimit)
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        const mb = Math.floor(bodyLimit / (1024 * 1024))
        const message = `The request is larger than ${mb > 0 ? `${mb} MB` : `${bodyLimit} bytes`}, the most Dais accepts.`
        sendJson(res, 413, failure('INVALID_ARGUMENT', message), {
          Connection: 'close'
        })
        // An upload beyond the drain limit is still arriving: stop it.
        res.on('finish', () => req.destroy())
        return
      }
      throw error
    }
    let arg: unknown
    if (body.length > 0) {
      try {
        arg = JSON.parse(body.toString('utf8'))
      } catch {
        sendJson(res, 400, failure('INVALID_ARGUMENT', 'The request body is not valid JSON.'))
        return
      }
    }
    const result = await service.dispatch(method, arg)
    sendJson(res, 200, result)
  }

  const handleDocument = (req: IncomingMessage, res: ServerResponse, rawPath: string): void => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' })
      return
    }
    const document = req.method === 'HEAD' ? documents.peek(rawPath) : documents.take(rawPath)
    if (!document) {
      send(res, 404, 'This document is no longer available; open it again from Dais.\n')
      return
    }
    const inline = documentKinds.find((k) => k.contentType === document.contentType)?.inline
    const disposition = inline ? 'inline' : 'attachment'
    res.writeHead(200, {
      ...securityHeaders,
      // The browser's own PDF viewer still draws the bytes; nothing in them may load or frame.
      'Content-Security-Policy': documentPolicy,
      'Content-Type': document.contentType,
      'Content-Length': document.bytes.length,
      'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
      'Cache-Control': 'no-store'
    })
    res.end(req.method === 'HEAD' ? undefined : document.bytes)
  }

  const handleEvents = (req: IncomingMessage, res: ServerResponse, url: URL): void => {
    if (req.method !== 'GET') {
      sendJson(res, 405, failure('INVALID_ARGUMENT', 'Use GET for the event stream.'), {
        Allow: 'GET'
      })
      return
    }
    if (!tokenMatches(url.searchParams.get('token'))) {
      sendJson(res, 401, failure('FORBIDDEN', 'Missing or wrong access token.'))
      return
    }
    res.writeHead(200, {
      ...securityHeaders,
      'Content-Type': 'text/event-stream; charset=utf-8',
      'Cache-Control': 'no-store',
      Connection: 'keep-alive'
    })
    res.write(': connected\n\n')
    eventStreams.add(res)
    const unsubscribe = service.onEvent((event) => {
      res.write(`data: ${JSON.stringify(event)}\n\n`)
    })
    const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs)
    heartbeat.unref()
    res.on('close', () => {
      clearInterval(heartbeat)
      unsubscribe()
      eventStreams.delete(res)
    })
  }

  /** Resolves a request path inside the static root, or undefined when it would leave it. */
  const staticPath = async (rawPath: string): Promise<string | undefined> => {
    let decoded: string
    try {
      decoded = decodeURIComponent(rawPath)
    } catch {
      return undefined
    }
    let candidate: string
    try {
      candidate =
        decoded === '/'
          ? resolve(staticRoot, 'index.html')
          : safeDescendantPath(staticRoot, decoded)
    } catch {
      return undefined
    }
    try {
      const real = await realpath(candidate)
      if (!real.startsWith(staticRoot + sep)) return undefined
      return (await stat(real)).isFile() ? real : undefined
    } catch {
      return undefined
    }
  }

  const handleStatic = async (
    req: IncomingMessage,
    res: ServerResponse,
    rawPath: string
  ): Promise<void> => {
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' })
      return
    }
    if (rawPath === webClientPath) {
      send(res, 200, clientScript, {
        'Content-Type': contentTypeOf('.js'),
        'Cache-Control': 'no-cache'
      })
      return
    }
    const file = await staticPath(rawPath)
    if (!file && rawPath === '/favicon.ico') {
      // Browsers ask for it unprompted; a 404 would be a console error in every e2e run.
      res.writeHead(204, { ...securityHeaders, 'Cache-Control': 'no-cache' })
      res.end()
      return
    }
    if (!file) {
      send(res, 404, 'Not found\n')
      return
    }
    const type = contentTypeOf(file)
    if (file === resolve(staticRoot, 'index.html')) {
      const html = injectWebClient(await readFile(file, 'utf8'))
      send(res, 200, html, { 'Content-Type': type, 'Cache-Control': 'no-cache' })
      return
    }
    const { size } = await stat(file)
    res.writeHead(200, {
      ...securityHeaders,
      'Content-Type': type,
      'Content-Length': size,
      'Cache-Control': 'no-cache'
    })
    if (req.method === 'HEAD') {
      res.end()
      return
    }
    const stream = createReadStream(file)
    // A client that leaves mid-file is not a server error.
    stream.on('error', () => res.destroy())
    res.on('close', () => stream.destroy())
    stream.pipe(res)
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const reason = refusal(req)
    if (reason) {
      send(res, 403, `${reason}\n`)
      return
    }
    const rawUrl = req.url ?? '/'
    if (!rawUrl.startsWith('/')) {
      send(res, 400, 'Bad request\n')
      return
    }
    const rawPath = rawUrl.split('?')[0] as string
    if (rawPath === '/api/events') {
      handleEvents(req, res, new URL(rawUrl, `http://${host}`))
      return
    }
    if (rawPath === '/api' || rawPath.startsWith('/api/')) {
      await handleCall(req, res, rawPath.slice('/api/'.length))
      return
    }
    if (rawPath.startsWith('/documents/')) {
      handleDocument(req, res, rawPath)
      return
    }
    await handleStatic(req, res, rawPath)
  }

  const sockets = new Set<Socket>()
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('Dais web server:', error)
      if (req.url?.startsWith('/api/')) {
        sendJson(res, 500, failure('INTERNAL', 'An unexpected error occurred in the Dais server.'))
      } else if (!res.headersSent) {
        send(res, 500, 'Internal error\n')
      } else {
        res.destroy()
      }
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, host, () => {
      server.off('error', reject)
      resolveListen()
    })
  })
  const address = server.address() as AddressInfo
  port = address.port

  let closing: Promise<void> | undefined
  const close = (): Promise<void> => {
    closing ??= new Promise<void>((resolveClose) => {
      for (const stream of eventStreams) stream.end()
      server.close(() => resolveClose())
      server.closeIdleConnections()
      for (const socket of sockets) socket.destroy()
    })
    return closing
  }

  const origin = `http://${host}:${port}`
  return { url: `${origin}/?token=${token}`, origin, port, token, address, close }
}
