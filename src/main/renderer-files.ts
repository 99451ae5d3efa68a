import { extname, resolve } from 'node:path'
import { safeDescendantPath } from '../core/safe-path'
import { appHost } from './app-origin'

export type RendererRequest = { kind: 'file'; path: string } | { kind: 'refused'; reason: string }

/**
 * Maps an `app://dais/...` URL to a file under the built renderer. Extension-less paths are app
 * routes and get index.html. Whatever the URL holds (encoded dots or slashes, backslashes, drive
 * letters), the resolved path must stay under `root`.
 * @see https://www.electronjs.org/docs/latest/tutorial/security#18-avoid-usage-of-the-file-protocol-and-prefer-usage-of-custom-protocols
 */
export function resolveRendererRequest(root: string, requestUrl: string): RendererRequest {
  let url: URL
  try {
    url = new URL(requestUrl)
  } catch {
    return { kind: 'refused', reason: 'invalid URL' }
  }
  if (url.host !== appHost) return { kind: 'refused', reason: 'foreign host' }
  let pathname: string
  try {
    pathname = decodeURIComponent(url.pathname)
  } catch {
    return { kind: 'refused', reason: 'invalid encoding' }
  }
  if (pathname.includes('\0')) return { kind: 'refused', reason: 'NUL in path' }
  const wanted = extname(pathname) === '' ? 'index.html' : pathname
  let target: string
  try {
    target = safeDescendantPath(resolve(root), wanted)
  } catch {
    return { kind: 'refused', reason: 'outside the renderer folder' }
  }
  return { kind: 'file', path: target }
}
