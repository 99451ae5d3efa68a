import { randomBytes } from 'node:crypto'

export interface StoredDocument {
  fileName: string
  contentType: string
  bytes: Buffer
}

/**
 * Documents handed to a new tab in browser mode. Each is reachable only through its random
 * 128-bit path (a new tab cannot send the API token), and only the newest few are kept.
 */
export function createDocumentStore(capacity = 20) {
  const documents = new Map<string, StoredDocument>()
  return {
    put(document: StoredDocument): string {
      const id = randomBytes(16).toString('hex')
      documents.set(id, document)
      while (documents.size > capacity) documents.delete(documents.keys().next().value as string)
      return `/documents/${id}/${encodeURIComponent(document.fileName)}`
    },
    get(path: string): StoredDocument | undefined {
      const match = /^\/documents\/([0-9a-f]{32})\/[^/]*$/.exec(path)
      return match ? documents.get(match[1] as string) : undefined
    }
  }
}
