import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative, resolve, sep } from 'node:path'
import { AppError } from '../../shared/result'

const segment = /^[A-Za-z0-9_-]{1,64}(\.[a-z0-9]{1,8})?$/

/**
 * The file of one attachment: `<dataDir>/attachments/<proposalId>/<storedAs>`. Both parts are
 * names Dais made; anything else (a separator, "..", a drive letter) is refused, and the result
 * must stay inside the attachments folder.
 */
export function attachmentPath(dataDir: string, proposalId: string, storedAs: string): string {
  for (const part of [proposalId, storedAs])
    if (!segment.test(part)) throw new AppError('INVALID_ARGUMENT', `Not a stored name: "${part}"`)
  const root = resolve(dataDir, 'attachments')
  const path = resolve(root, proposalId, storedAs)
  const rel = relative(root, path)
  if (rel.startsWith('..') || rel.includes(`..${sep}`) || resolve(root, rel) !== path)
    throw new AppError('INVALID_ARGUMENT', 'The attachment would leave the data folder.')
  return path
}

/** "scan.PDF" → "pdf"; anything odd → "bin". Only the extension of the user's name is kept. */
export function storedExtension(fileName: string): string {
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(fileName)?.[1]?.toLowerCase()
  return ext ?? 'bin'
}

export function writeAttachment(path: string, bytes: Buffer): void {
  mkdirSync(join(path, '..'), { recursive: true })
  const temp = `${path}.tmp`
  writeFileSync(temp, bytes, { flush: true })
  renameSync(temp, path)
}

export const readAttachment = (path: string): Buffer => readFileSync(path)
export const removeAttachment = (path: string): void => rmSync(path, { force: true })
