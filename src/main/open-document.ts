import { mkdir, writeFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { contract } from '../shared/contract'
import { err, ok, type Result } from '../shared/result'

export interface OpenDocumentDeps {
  /** The OS temp folder (app.getPath('temp')). */
  tempDir: string
  /** shell.openPath: resolves with '' on success, an error message otherwise. */
  openPath(path: string): Promise<string>
  newId(): string
}

/** A file name that stays inside its folder on every OS. */
export function safeFileName(name: string): string {
  const cleaned = basename(name.replace(/\\/g, '/'))
    .replace(/[<>:"|?*\u0000-\u001f]/g, '_')
    .replace(/^\.+/, '')
    .slice(0, 150)
  return cleaned || 'document.pdf'
}

/** The desktop's answer to `openDocument`: a temp copy opened in the system viewer. */
export async function openDocumentOnDesktop(
  arg: unknown,
  deps: OpenDocumentDeps
): Promise<Result<{ url: null }>> {
  const parsed = contract.openDocument.args.safeParse(arg)
  if (!parsed.success) return err('INVALID_ARGUMENT', 'The document is not valid.')
  const folder = join(deps.tempDir, 'Dais', deps.newId())
  await mkdir(folder, { recursive: true })
  const path = join(folder, safeFileName(parsed.data.fileName))
  await writeFile(path, Buffer.from(parsed.data.contentBase64, 'base64'))
  const problem = await deps.openPath(path)
  if (problem) return err('FORBIDDEN', `The system could not open ${path}: ${problem}`)
  return ok({ url: null })
}
