import type { IncomingMessage } from 'node:http'

export class BodyTooLarge extends Error {}

/**
 * Reads a request body of at most `limit` bytes. A larger one is refused with BodyTooLarge once
 * the client has finished sending it (read and dropped, up to `drainLimit`), so the client reads
 * the 413 instead of a connection reset; beyond `drainLimit` the connection is cut.
 */
export function readBody(
  req: IncomingMessage,
  limit: number,
  drainLimit = limit * 4
): Promise<Buffer> {
  return new Promise((resolveBody, reject) => {
    const declared = Number(req.headers['content-length'])
    const chunks: Buffer[] = []
    let size = 0
    let tooLarge = Number.isFinite(declared) && declared > limit
    let done = false
    const finish = (error?: Error) => {
      if (done) return
      done = true
      if (error) reject(error)
      else resolveBody(Buffer.concat(chunks))
    }
    if (Number.isFinite(declared) && declared > drainLimit) {
      finish(new BodyTooLarge())
      return
    }
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        tooLarge = true
        chunks.length = 0
      }
      if (size > drainLimit) finish(new BodyTooLarge())
      else if (!tooLarge) chunks.push(chunk)
    })
    req.on('end', () => finish(tooLarge ? new BodyTooLarge() : undefined))
    req.on('error', (error) => finish(error))
  })
}
