import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { CheckedDocument, Host } from '../core/host'
import { safeChildPath } from '../core/safe-path'
import { AppError } from '@shared/result'

export interface OpenDocumentDeps {
  /** The OS temp folder (app.getPath('temp')). */
  tempDir: string
  /** shell.openPath: resolves with '' on success, an error message otherwise. */
  openPath(path: string): Promise<string>
  newId(): string
}

/** Characters Windows refuses in a file name become `_`; separators and NUL are refused later. */
const windowsSafe = (name: string) => name.normalize('NFC').replace(/[<>:"|?*\u0001-\u001f]/g, '_')

/**
 * The desktop's answer to `openDocument`: a temp copy opened in the system viewer. The service
 * has already checked the document is one of the kinds Dais makes (the system viewer of a
 * `.bat`, `.hta` or `.desktop` file runs it); here its name must also stay a plain file name.
 */
export async function openDocumentOnDesktop(
  document: CheckedDocument,
  deps: OpenDocumentDeps
): Promise<{ url: null }> {
  const folder = join(deps.tempDir, 'Dais', deps.newId())
  const path = safeChildPath(folder, windowsSafe(document.fileName), 'document name')
  await mkdir(folder, { recursive: true })
  await writeFile(path, document.bytes, { flag: 'wx' })
  const problem = await deps.openPath(path)
  if (problem) throw new AppError('FORBIDDEN', `The system could not open ${path}: ${problem}`)
  return { url: null }
}

/** The desktop's host features, passed into the service. */
export const desktopHost = (deps: OpenDocumentDeps): Host => ({
  openDocument: (document) => openDocumentOnDesktop(document, deps)
})
