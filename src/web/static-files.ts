import { createReadStream } from 'node:fs'
import { readFile, realpath, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { resolve, sep } from 'node:path'
import { contentTypeOf } from '../shared/content-types'
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
    'Cache-Control': 'no-cache'
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
