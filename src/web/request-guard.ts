import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

export const isLoopbackAddress = (address: string | undefined): boolean =>
  address !== undefined &&
  (address === '::1' || /^(::ffff:)?127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/i.test(address))

/**
 * Why a request is refused, or undefined: a peer not on loopback, another Host, a foreign Origin.
 * @see S10 in RELIABILITY.md
 */
export const refusal = (req: IncomingMessage, port: number): string | undefined => {
  if (!isLoopbackAddress(req.socket.remoteAddress)) return 'Only this computer may connect.'
  const allowedHosts = [`127.0.0.1:${port}`, `localhost:${port}`]
  if (!allowedHosts.includes((req.headers.host ?? '').toLowerCase())) return 'Unknown host.'
  const origin = req.headers.origin
  if (origin !== undefined && !allowedHosts.some((h) => origin.toLowerCase() === `http://${h}`)) {
    return 'Cross-origin requests are refused.'
  }
  return undefined
}

/** Compares a presented token with the launch's token in constant time. */
export function tokenChecker(token: string): (candidate: string | null | undefined) => boolean {
  const tokenBytes = Buffer.from(token)
  return (candidate) => {
    if (!candidate) return false
    const bytes = Buffer.from(candidate)
    return bytes.length === tokenBytes.length && timingSafeEqual(bytes, tokenBytes)
  }
}

export const bearerToken = (req: IncomingMessage): string | undefined => {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')
  return match?.[1]
}
