import type { ParsedArgOf } from '../shared/contract'
import { AppError } from '../shared/result'
import { documentKindOf, type DocumentKind } from './document-types'

/** A document whose name, content type and first bytes agree on one of Dais's kinds. */
export interface CheckedDocument {
  fileName: string
  kind: DocumentKind
  bytes: Buffer
}

/**
 * Native features of the runtime around the core, passed into the service so that they too go
 * through the one dispatch and its validation.
 */
export interface Host {
  /** Shows a document: the desktop opens it in the system viewer (url null), the browser mode
   * serves it once for a new tab (its url). */
  openDocument(document: CheckedDocument): Promise<{ url: string | null }>
}

/**
 * The `openDocument` handler: the document's kind is checked here, once, before the host writes
 * or serves a byte; without a host (CLI, tests) the method is refused.
 */
export function openDocumentHandler(host: Host | undefined) {
  return async (arg: ParsedArgOf<'openDocument'>): Promise<{ url: string | null }> => {
    if (!host) {
      throw new AppError(
        'FORBIDDEN',
        'Opening documents needs the desktop app or the browser mode; save the file instead.'
      )
    }
    const bytes = Buffer.from(arg.contentBase64, 'base64')
    const kind = documentKindOf(arg.fileName, arg.contentType, bytes)
    if (!kind.ok) throw new AppError('INVALID_ARGUMENT', kind.reason)
    return host.openDocument({ fileName: arg.fileName, kind: kind.kind, bytes })
  }
}
