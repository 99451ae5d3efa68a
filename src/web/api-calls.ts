import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AppService } from '../core/app-service'
import { accessTokenDetails, failure, sendJson } from './http-replies'
import { BodyTooLarge, readBody } from './read-body'
import { bearerToken } from './request-guard'

export interface ApiCallOptions {
  service: Pick<AppService, 'dispatch'>
  tokenMatches: (candidate: string | undefined) => boolean
  /** Largest accepted request body in bytes. */
  bodyLimit: number
}

/** `POST /api/<method>` with the bearer token and a JSON body, answered by the service's dispatch. */
export async function handleCall(
  req: IncomingMessage,
  res: ServerResponse,
  method: string,
  { service, tokenMatches, bodyLimit }: ApiCallOptions
): Promise<void> {
  if (req.method !== 'POST') {
    sendJson(res, 405, failure('INVALID_ARGUMENT', 'Use POST for API calls.'), { Allow: 'POST' })
    return
  }
  if (!tokenMatches(bearerToken(req))) {
    sendJson(res, 401, failure('FORBIDDEN', 'Missing or wrong access token.', accessTokenDetails), {
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
