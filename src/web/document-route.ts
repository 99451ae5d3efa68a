import type { IncomingMessage, ServerResponse } from 'node:http'
import { documentKinds } from '../core/document-types'
import type { DocumentStore } from './document-store'
import { securityHeaders, send } from './http-replies'

const documentPolicy = "default-src 'none'; object-src 'self'; frame-ancestors 'none'"

/** `GET /documents/<id>/<name>`: a document the browser host stored, handed out once. */
export function handleDocument(
  req: IncomingMessage,
  res: ServerResponse,
  rawPath: string,
  documents: DocumentStore
): void {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    send(res, 405, 'Method not allowed\n', { Allow: 'GET, HEAD' })
    return
  }
  const document = req.method === 'HEAD' ? documents.peek(rawPath) : documents.take(rawPath)
  if (!document) {
    send(res, 404, 'This document is no longer available; open it again from Dais.\n')
    return
  }
  const inline = documentKinds.find((k) => k.contentType === document.contentType)?.inline
  const disposition = inline ? 'inline' : 'attachment'
  res.writeHead(200, {
    ...securityHeaders,
    // The browser's own PDF viewer still draws the bytes; nothing in them may load or frame.
    'Content-Security-Policy': documentPolicy,
    'Content-Type': document.contentType,
    'Content-Length': document.bytes.length,
    'Content-Disposition': `${disposition}; filename*=UTF-8''${encodeURIComponent(document.fileName)}`,
    'Cache-Control': 'no-store'
  })
  res.end(req.method === 'HEAD' ? undefined : document.bytes)
}
