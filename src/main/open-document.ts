import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { documentKindOf } from '../core/document-types'
import { safeChildPath } from '../core/safe-path'
import { contract } from '../shared/contract'
import { AppError, err, ok, type Result } from '../shared/result'

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
 * The desktop's answer to `openDocument`: a temp copy opened in the system viewer. Only the
 * document types Dais makes (PDF, ZIP, XLSX, CSV), with a name, content type and first bytes
 * that agree, and a plain file name; anything else is refused before a byte is written, since
 * the system viewer of a `.bat`, `.hta` or `.desktop` file runs it.
 */
export async function openDocumentOnDesktop(
  arg: unknown,
  deps: OpenDocumentDeps
): Promise<Result<{ url: null }>> {
  const parsed = contract.openDocument.args.safeParse(arg)
  if (!parsed.success) return err('INVALID_ARGUMENT', 'The document is not valid.')
  const { fileName, contentType, contentBase64 } = parsed.data
  const bytes = Buffer.from(contentBase64, 'base64')
  const kind = documentKindOf(fileName, contentType, bytes)
  if (!kind.ok) return err('INVALID_ARGUMENT', kind.reason)
  const folder = join(deps.tempDir, 'Dais', deps.newId())
  let path: string
  try {
    path = safeChildPath(folder, windowsSafe(fileName), 'document name')
  } catch (error) {
    if (error instanceof AppError) return err(error.code, error.message)
    throw error
  }
  await mkdir(folder, { recursive: true })
  await writeFile(path, bytes, { flag: 'wx' })
  const problem = await deps.openPath(path)
  if (problem) return err('FORBIDDEN', `The system could not open ${path}: ${problem}`)
  return ok({ url: null })
}
