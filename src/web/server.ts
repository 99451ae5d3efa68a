import { randomBytes } from 'node:crypto'
import { realpath } from 'node:fs/promises'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import { resolve } from 'node:path'
import type { AppService } from '../core/app-service'
import { maxImportBase64Length } from '@shared/contract-part'
import { handleCall } from './api-calls'
import { handleDocument } from './document-route'
import type { DocumentStore } from './document-store'
import { handleEvents } from './event-stream'
import { failure, send, sendJson } from './http-replies'
import { refusal, tokenChecker } from './request-guard'
import { handleStatic } from './static-files'
import { buildWebClientScript } from './web-client'

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

/**
 * Serves the built renderer and the contract over loopback HTTP: `POST /api/<method>` and
 * server-sent events at `GET /api/events`. Holds the browser mode to the desktop's bar: loopback
 * only, a per-launch token, `Host`/`Origin` checks against DNS rebinding, the same CSP.
 */
export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const { service, documents } = options
  const token = options.token ?? randomBytes(24).toString('base64url')
  const bodyLimit = options.bodyLimit ?? defaultBodyLimit
  const heartbeatMs = options.heartbeatMs ?? defaultHeartbeatMs
  const tokenMatches = tokenChecker(token)
  const staticRoot = await realpath(resolve(options.staticDir))
  const clientScript = buildWebClientScript()
  const eventStreams = new Set<ServerResponse>()
  let port = 0

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const reason = refusal(req, port)
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
      handleEvents(req, res, new URL(rawUrl, `http://${host}`), {
        service,
        tokenMatches,
        heartbeatMs,
        streams: eventStreams
      })
      return
    }
    if (rawPath === '/api' || rawPath.startsWith('/api/')) {
      await handleCall(req, res, rawPath.slice('/api/'.length), {
        service,
        tokenMatches,
        bodyLimit
      })
      return
    }
    if (rawPath.startsWith('/documents/')) {
      handleDocument(req, res, rawPath, documents)
      return
    }
    await handleStatic(req, res, rawPath, { staticRoot, clientScript })
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
