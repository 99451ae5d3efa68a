import type { ParsedArgOf } from '@shared/contract'
import type { UnsavedCopyOutcome } from '@shared/entities'
import { AppError } from '@shared/result'
import { documentKindOf, type DocumentKind } from './document-types'

/** A document whose name, content type and first bytes agree on one of Dais's kinds. */
export interface CheckedDocument {
  fileName: string
  kind: DocumentKind
  bytes: Buffer
}

/** The data not yet on disk, offered to a host that saves it where the person chooses. */
export interface UnsavedCopy {
  /** The name to offer, e.g. `Dais-unsaved-2025-09-01T08-00-00-000Z-1a2b3c4d.json`. */
  defaultName: string
  /** The copy as a complete data file, taken when called (so a dialog's wait is covered), or
   * null when everything is on disk by then. */
  take(): Buffer | null
}

/**
 * Native features of the runtime around the core, passed into the service so that they too go
 * through the one dispatch and its validation.
 */
export interface Host {
  /** Shows a document: the desktop opens it in the system viewer (url null), the browser mode
   * serves it once for a new tab (its url). */
  openDocument(document: CheckedDocument): Promise<{ url: string | null }>
  /** Saves the data not yet on disk where the person chooses (the desktop's save dialog);
   * failures are AppErrors. A host without it (the browser mode) gets the copy as a download. */
  saveUnsavedCopy?(copy: UnsavedCopy): Promise<UnsavedCopyOutcome>
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

/**
 * The `saveUnsavedCopy` handler: nothing to do when everything is on disk; otherwise the host saves
 * the copy where the person chooses, or, without that feature, the copy is answered as a download.
 */
export function saveUnsavedCopyHandler(
  host: Host | undefined,
  take: () => Buffer | null,
  defaultName: () => string
) {
  return async (): Promise<UnsavedCopyOutcome> => {
    if (!take()) return { kind: 'nothing-unsaved' }
    if (host?.saveUnsavedCopy) return host.saveUnsavedCopy({ defaultName: defaultName(), take })
    const bytes = take()
    if (!bytes) return { kind: 'nothing-unsaved' }
    return {
      kind: 'download',
      fileName: defaultName(),
      contentType: 'application/json',
      contentBase64: bytes.toString('base64')
    }
  }
}
