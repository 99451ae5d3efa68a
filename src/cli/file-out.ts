import { writeFileSync } from 'node:fs'
import type { FileOut } from '@shared/contract-part'
import type { Io } from './cli-command'

/** Writes a document the core returned (base64 on the contract) to `path`; returns its size. */
export function writeFileOut(path: string, file: FileOut): number {
  const bytes = Buffer.from(file.contentBase64, 'base64')
  writeFileSync(path, bytes)
  return bytes.length
}

/**
 * A document command's last step: no file (the core refused, already said on stderr) is exit 1;
 * otherwise the file is written, "PATH written." printed, exit 0.
 */
export function finishWithFile(io: Io, path: string, file: FileOut | null | undefined): number {
  if (!file) return 1
  writeFileOut(path, file)
  io.out(`${path} written.`)
  return 0
}
