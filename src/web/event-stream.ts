import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AppService } from '../core/app-service'
import { accessTokenDetails, failure, securityHeaders, sendJson } from './http-replies'

export interface EventStreamOptions {
  service: Pick<AppService, 'onEvent'>
  tokenMatches: (candidate: string | null) => boolean
  heartbeatMs: number
  /** Open streams, ended when the server closes. */
  streams: Set<ServerResponse>
}

/** `GET /api/events?token=…`: the service's events as server-sent events, with a heartbeat. */
export function handleEvents(
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  { service, tokenMatches, heartbeatMs, streams }: EventStreamOptions
): void {
  if (req.method !== 'GET') {
    sendJson(res, 405, failure('INVALID_ARGUMENT', 'Use GET for the event stream.'), {
      Allow: 'GET'
    })
    return
  }
  if (!tokenMatches(url.searchParams.get('token'))) {
    sendJson(res, 401, failure('FORBIDDEN', 'Missing or wrong access token.', accessTokenDetails))
    return
  }
  res.writeHead(200, {
    ...securityHeaders,
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive'
  })
  res.write(': connected\n\n')
  streams.add(res)
  const unsubscribe = service.onEvent((event) => {
    res.write(`data: ${JSON.stringify(event)}\n\n`)
  })
  const heartbeat = setInterval(() => res.write(': heartbeat\n\n'), heartbeatMs)
  heartbeat.unref()
  res.on('close', () => {
    clearInterval(heartbeat)
    unsubscribe()
    streams.delete(res)
  })
}
