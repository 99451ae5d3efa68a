import { createReadStream } from 'node:fs'
import { readFile, realpath, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { resolve, sep } from 'node:path'
import { contentTypeOf } from '@shared/content-types'
import { safeDescendantPath } from '../core/safe-path'
import { securityHeaders, send } from './http-replies'
import { webClientPath } from './web-client'

const moduleScriptTag = /<script\b[^>]*\btype\s*=\s*["']?module["']?[^>]*>/i

/** Puts the web client before the renderer's first module script, so `window.dais` exists first. */
export function injectWebClient(html: string): string {
  const tag = `<script src=".${webClientPath}"></script>`
  const match = moduleScriptTag.exec(html)
  if (match) return html.slice(0, match.index) + tag + '\n    ' + html.slice(match.index)
  const headEnd = html.search(/<\/head>/i)
  if (headEnd >= 0) return html.slice(0, headEnd) + tag + '\n  ' + html.slice(headEnd)
  return tag + '\n' + html
}

/** Vite's output under assets/ carries a content hash in its name (`chart-BpuDaLy1.js`). */
const hashedAsset = /^\/assets\/[^/]+-[A-Za-z0-9_-]{8}\.[a-z0-9]+$/

/**
 * A hashed file never changes under its name, so the browser keeps it instead of fetching every
 * chunk again on each start of the app; anything else is asked for again.
 */
export const cacheControlOf = (rawPath: string): string =>
  hashedAsset.test(rawPath) ? 'public, max-age=31536000, immutable' : 'no-cache'

/** Resolves a request path inside the static root, or undefined when it would leave it. */
async function staticPath(staticRoot: string, rawPath: string): Promise<string | undefined> {
  let decoded: string
  try {
    decoded = decodeURIComponent(rawPath)
  } catch {
    return undefined
  }
  let candidate: string
  try {
    candidate =
      decoded === '/' ? resolve(staticRoot, 'index.html') : safeDescendantPath(staticRoot, decoded)
  } catch {
    return undefined
  }
  try {
    const real = await realpath(candidate)
    if (!real.startsWith(staticRoot + sep)) return undefined
    return (await stat(real)).isFile() ? real : undefined
  } catch {
    return undefined
  }
}

/** The built renderer's files under `staticRoot`, index.html with the web client put in. */
export async function handleStatic(
  req: IncomingMessage,
  res: ServerResponse,
  rawPath: string,
  { staticRoot, clientScript }: { staticRoot: string; clientScript: string }
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' })
    return
  }
  if (rawPath === webClientPath) {
    send(res, 200, clientScript, {
      'Content-Type': contentTypeOf('.js'),
      'Cache-Control': 'no-cache'
    })
    return
  }
  const file = await staticPath(staticRoot, rawPath)
  if (!file && rawPath === '/favicon.ico') {
    // Browsers ask for it unprompted; a 404 would be a console error in every e2e run.
    res.writeHead(204, { ...securityHeaders, 'Cache-Control': 'no-cache' })
    res.end()
    return
  }
  if (!file) {
    send(res, 404, 'Not found\n')
    return
  }
  const type = contentTypeOf(file)
  if (file === resolve(staticRoot, 'index.html')) {
    const html = injectWebClient(await readFile(file, 'utf8'))
    send(res, 200, html, { 'Content-Type': type, 'Cache-Control': 'no-cache' })
    return
  }
  const { size } = await stat(file)
  res.writeHead(200, {
    ...securityHeaders,
    'Content-Type': type,
    'Content-Length': size,
    'Cache-Control': cacheControlOf(rawPath)
  })
  if (req.method === 'HEAD') {
    res.end()
    return
  }
  const stream = createReadStream(file)
  // A client that leaves mid-file is not a server error.
  stream.on('error', () => res.destroy())
  res.on('close', () => stream.destroy())
  stream.pipe(res)
}
