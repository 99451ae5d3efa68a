import { writeFileSync } from 'node:fs'
import type { FileOut } from '../shared/contract-part'

/** Writes a document the core returned (base64 on the contract) to `path`; returns its size. */
export function writeFileOut(path: string, file: FileOut): number {
  const bytes = Buffer.from(file.contentBase64, 'base64')
  writeFileSync(path, bytes)
  return bytes.length
}
