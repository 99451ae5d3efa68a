import { protocol } from 'electron'
import { readFile } from 'node:fs/promises'
import { appScheme } from './app-origin'
import { contentTypeOf } from '@shared/content-types'
import { resolveRendererRequest } from './renderer-files'

/**
 * `app:` behaves like https (standard, secure origin, fetch) so the page gets a real origin that
 * the CSP, the sender check and the navigation guard can compare. `corsEnabled` stays unset so
 * other origins cannot read it. Must run before `ready`.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: appScheme,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true }
    }
  ])
}

const plain = (status: number, text: string): Response =>
  new Response(text, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } })

/** Serves the built renderer read-only from `rendererRoot`, with the CSP on every response. */
export function registerAppProtocol(rendererRoot: string, policy: string): void {
  protocol.handle(appScheme, async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return plain(405, 'Method not allowed')
    const target = resolveRendererRequest(rendererRoot, request.url)
    if (target.kind === 'refused') {
      console.warn(`Refused ${request.url}: ${target.reason}`)
      return plain(403, 'Forbidden')
    }
    let body: Buffer
    try {
      body = await readFile(target.path)
    } catch {
      return plain(404, 'Not found')
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'content-type': contentTypeOf(target.path),
        'content-security-policy': policy,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache'
      }
    })
  })
}
