import { request, type IncomingHttpHeaders, type RequestOptions } from 'node:http'

export interface HttpReply {
  status: number
  headers: IncomingHttpHeaders
  body: string
}

/** One request to a test's own loopback server (a fresh connection, no keep-alive); the whole reply as text. */
export function httpRequest(
  options: RequestOptions & { url?: string },
  body?: string | Buffer
): Promise<HttpReply> {
  const { url, ...rest } = options
  return new Promise((resolve, reject) => {
    const onReply: Parameters<typeof request>[2] = (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          headers: res.headers,
          body: Buffer.concat(chunks).toString('utf8')
        })
      )
    }
    const req = url ? request(url, rest, onReply) : request(rest, onReply)
    req.on('error', reject)
    req.end(body)
  })
}
