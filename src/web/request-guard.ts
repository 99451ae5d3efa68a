import type { IncomingMessage } from 'node:http'
import { hostOrOriginRefusal } from '../core/http'

export { bearerToken, tokenChecker } from '../core/http'

export const isLoopbackAddress = (address: string | undefined): boolean =>
  address !== undefined &&
  (address === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/i.test(address))

/**
 * Why a request is refused, or undefined: a peer not on loopback, another Host, a foreign Origin.
 * @see S10 in RELIABILITY.md
 */
export const refusal = (req: IncomingMessage, port: number): string | undefined => {
  if (!isLoopbackAddress(req.socket.remoteAddress)) return 'Only this computer may connect.'
  return hostOrOriginRefusal(req, [`127.0.0.1:${port}`, `localhost:${port}`])
}
