import type { ServerResponse } from 'node:http'
import { contentSecurityPolicy } from '@shared/csp'
import type { AppErrorShape, ErrorCode } from '@shared/result'

export const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin'
}

export const failure = (
  code: ErrorCode,
  message: string,
  details?: unknown
): { ok: false; error: AppErrorShape } => ({
  ok: false,
  error: details === undefined ? { code, message } : { code, message, details }
})

/** A whole reply with the security headers; the body is left out for HEAD. */
export function send(
  res: ServerResponse,
  status: number,
  body: string | Buffer,
  headers: Record<string, string | number> = {}
): void {
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

export const sendJson = (
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
