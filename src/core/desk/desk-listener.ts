import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { AppService } from '../app-service'
import {
  bearerToken,
  BodyTooLarge,
  failure,
  hostOrOriginRefusal,
  readBody,
  send,
  sendJson
} from '../http'
import type { DeskRegistry, PairedDesk } from './desk-registry'
import { deskPage, deskStyles } from './desk-page'
import { deskScript } from './desk-script'

/** The only methods a desk may call; the desk's event and name are put in by the listener. */
export const deskMethods = [
  'searchCheckIn',
  'checkIn',
  'undoCheckIn',
  'checkOut',
  'addGuest',
  'addSubstitute'
] as const

export interface DeskListenerOptions {
  service: Pick<AppService, 'dispatch'>
  registry: DeskRegistry
  /** The address of the network interface the user chose (never 0.0.0.0). */
  address: string
  /** 0 picks a free port. */
  port?: number
}

export interface DeskListener {
  /** What a desk opens: `http://<address>:<port>/`. */
  url: string
  address: string
  port: number
  close(): Promise<void>
}

const bodyLimit = 16 * 1024
const hostOf = (address: string, port: number) =>
  address.includes(':') ? `[${address}]:${port}` : `${address}:${port}`

/**
 * The door's own listener, apart from the loopback browser mode: the check-in page and its
 * methods (`deskMethods`), on the one interface chosen, for paired desks only (their bearer token), with the
 * Host and Origin of that address. Anything else is refused.
 * @see S10 in RELIABILITY.md
 */
export async function startDeskListener(options: DeskListenerOptions): Promise<DeskListener> {
  const { service, registry } = options
  if (options.address === '0.0.0.0' || options.address === '::')
    throw new Error('The desk listener listens on one chosen interface, not on all of them')
  let port = 0

  const desk = (req: IncomingMessage): PairedDesk | null => registry.deskOf(bearerToken(req))

  async function jsonBody(req: IncomingMessage, res: ServerResponse): Promise<unknown> {
    try {
      const body = await readBody(req, bodyLimit)
      return body.length === 0 ? {} : (JSON.parse(body.toString('utf8')) as unknown)
    } catch (error) {
      const tooLarge = error instanceof BodyTooLarge
      sendJson(res, tooLarge ? 413 : 400, failure('INVALID_ARGUMENT', 'Bad request body.'))
      return undefined
    }
  }

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const reason = hostOrOriginRefusal(req, [hostOf(options.address, port)])
    if (reason) return send(res, 403, `${reason}\n`)
    const path = (req.url ?? '/').split('?')[0]!
    if (req.method === 'GET' || req.method === 'HEAD') {
      if (path === '/')
        return send(res, 200, deskPage, { 'Content-Type': 'text/html; charset=utf-8' })
      if (path === '/desk.js')
        return send(res, 200, deskScript, { 'Content-Type': 'text/javascript; charset=utf-8' })
      if (path === '/desk.css')
        return send(res, 200, deskStyles, { 'Content-Type': 'text/css; charset=utf-8' })
      if (path === '/desk/ping') {
        const d = desk(req)
        return d
          ? sendJson(res, 200, { ok: true, value: { desk: d.name } })
          : sendJson(res, 401, failure('FORBIDDEN', 'This desk is not paired or was revoked.'))
      }
      return send(res, 404, 'Not found\n')
    }
    if (req.method !== 'POST') return send(res, 405, 'Method not allowed\n', { Allow: 'GET, POST' })
    if (path === '/desk/pair') {
      const arg = await jsonBody(req, res)
      if (arg === undefined) return
      const code =
        typeof (arg as { code?: unknown }).code === 'string' ? (arg as { code: string }).code : ''
      const paired = registry.pair(code)
      // The token is handed over only once the desk is kept, so a restart cannot forget it.
      if (paired) await registry.whenSaved()
      return paired
        ? sendJson(res, 200, { ok: true, value: { token: paired.token, desk: paired.desk.name } })
        : sendJson(res, 403, failure('FORBIDDEN', 'Unknown, used or expired pairing code.'))
    }
    const method = /^\/desk\/api\/([A-Za-z]+)$/.exec(path)?.[1]
    if (!method) return send(res, 404, 'Not found\n')
    const d = desk(req)
    if (!d)
      return sendJson(res, 401, failure('FORBIDDEN', 'This desk is not paired or was revoked.'))
    if (!(deskMethods as readonly string[]).includes(method))
      return sendJson(
        res,
        403,
        failure(
          'FORBIDDEN',
          'A desk may only search, check in or out, add a guest or a substitute, and undo.'
        )
      )
    const arg = await jsonBody(req, res)
    if (arg === undefined) return
    if (typeof arg !== 'object' || arg === null || Array.isArray(arg))
      return sendJson(res, 400, failure('INVALID_ARGUMENT', 'The request body is not an object.'))
    const own =
      method === 'searchCheckIn' ? { eventId: d.eventId } : { eventId: d.eventId, desk: d.name }
    sendJson(res, 200, await service.dispatch(method, { ...arg, ...own }))
  }

  const sockets = new Set<Socket>()
  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      console.error('Dais desk listener:', error)
      if (!res.headersSent) sendJson(res, 500, failure('INTERNAL', 'Unexpected error.'))
      else res.destroy()
    })
  })
  server.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port ?? 0, options.address, () => {
      server.off('error', reject)
      resolve()
    })
  })
  port = (server.address() as AddressInfo).port
  let closing: Promise<void> | undefined
  return {
    url: `http://${hostOf(options.address, port)}/`,
    address: options.address,
    port,
    close: () =>
      (closing ??= new Promise<void>((resolve) => {
        server.close(() => resolve())
        for (const socket of sockets) socket.destroy()
      }))
  }
}
