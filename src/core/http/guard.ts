import { timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'

/**
 * Why a request is refused for its `Host` or `Origin`, or undefined: the Host must be one of
 * `hosts` (DNS rebinding), an Origin, when sent, one of them over http.
 * @see S10 in RELIABILITY.md
 */
export function hostOrOriginRefusal(
  req: IncomingMessage,
  hosts: readonly string[]
): string | undefined {
  if (!hosts.includes((req.headers.host ?? '').toLowerCase())) return 'Unknown host.'
  const origin = req.headers.origin
  if (origin !== undefined && !hosts.some((h) => origin.toLowerCase() === `http://${h}`)) {
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
