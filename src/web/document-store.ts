import { randomBytes } from 'node:crypto'
import type { Host } from '../core/host'

export interface StoredDocument {
  fileName: string
  contentType: string
  bytes: Buffer
}

/** A name for the url's last segment and the download: no separators, dots or controls. */
export function urlSafeName(fileName: string): string {
  const cleaned = fileName
    .normalize('NFC')
    .replace(/[/\\<>:"|?*\u0000-\u001f\u007f]/g, '_')
    .replace(/^\.+/, '')
    .slice(0, 150)
  return cleaned || 'document'
}

/**
 * Documents handed to a new tab in browser mode. Each is reachable only through its random
 * 128-bit path (a new tab cannot send the API token), and only once: the first GET takes it out
 * of the store. Only the newest few that were never fetched are kept.
 */
export function createDocumentStore(capacity = 20) {
  const documents = new Map<string, StoredDocument>()
  const idOf = (path: string) => /^\/documents\/([0-9a-f]{32})\/[^/]*$/.exec(path)?.[1]
  return {
    put(document: StoredDocument): string {
      const id = randomBytes(16).toString('hex')
      const stored = { ...document, fileName: urlSafeName(document.fileName) }
      documents.set(id, stored)
      while (documents.size > capacity) documents.delete(documents.keys().next().value as string)
      return `/documents/${id}/${encodeURIComponent(stored.fileName)}`
    },
    /** Looks without taking (HEAD). */
    peek(path: string): StoredDocument | undefined {
      const id = idOf(path)
      return id === undefined ? undefined : documents.get(id)
    },
    /** Hands the document out once. */
    take(path: string): StoredDocument | undefined {
      const id = idOf(path)
      if (id === undefined) return undefined
      const document = documents.get(id)
      documents.delete(id)
      return document
    }
  }
}

export type DocumentStore = ReturnType<typeof createDocumentStore>

/** The browser mode's host features, passed into the service: a document becomes a one-tab url. */
export const browserHost = (documents: DocumentStore): Host => ({
  openDocument: async ({ fileName, kind, bytes }) => ({
    url: documents.put({ fileName, contentType: kind.contentType, bytes })
  })
})
