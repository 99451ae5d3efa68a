import { readFile, rm } from 'node:fs/promises'
import { dirname, relative, resolve, sep } from 'node:path'
import {
  attachmentKinds,
  attachmentRefusal,
  extensionOf,
  maxAttachmentBytes,
  megabytes,
  type AttachmentRefusal
} from '@shared/movement/attachments'
import { AppError } from '@shared/result'
import { normalizeInput } from '../input-text'
import { attachmentsFolderName, storedNamePattern } from '../schema/side-files'
import { makeFolderDurably, writeFileDurably } from '../storage/durable-write'
import { nodeStorageFs } from '../storage/storage-fs'

/**
 * The file of one attachment: `<dataDir>/attachments/<proposalId>/<storedAs>`. Both parts are
 * names Dais made; anything else (a separator, "..", a drive letter) is refused, and the result
 * must stay inside the attachments folder.
 */
export function attachmentPath(dataDir: string, proposalId: string, storedAs: string): string {
  for (const part of [proposalId, storedAs])
    if (!storedNamePattern.test(part))
      throw new AppError('INVALID_ARGUMENT', `Not a stored name: "${part}"`)
  const root = resolve(dataDir, attachmentsFolderName)
  const path = resolve(root, proposalId, storedAs)
  const rel = relative(root, path)
  if (rel.startsWith('..') || rel.includes(`..${sep}`) || resolve(root, rel) !== path)
    throw new AppError('INVALID_ARGUMENT', 'The attachment would leave the data folder.')
  return path
}

const refuse = (reason: AttachmentRefusal, fileName: string, message: string): never => {
  throw new AppError('INVALID_ARGUMENT', message, {
    reason,
    fileName,
    limitMb: maxAttachmentBytes / (1024 * 1024),
    issues: [{ path: ['file'], message }]
  })
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) =>
  bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b)
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0))
const zip = (b: Uint8Array) => startsWith(b, ...ascii('PK\x03\x04'))
const signatures: Record<string, (b: Uint8Array) => boolean> = {
  pdf: (b) => startsWith(b, ...ascii('%PDF-')),
  png: (b) => startsWith(b, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
  jpg: (b) => startsWith(b, 0xff, 0xd8, 0xff),
  tif: (b) => startsWith(b, 0x49, 0x49, 0x2a, 0x00) || startsWith(b, 0x4d, 0x4d, 0x00, 0x2a),
  docx: zip,
  odt: zip,
  doc: (b) => startsWith(b, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)
}
signatures.jpeg = signatures.jpg as (b: Uint8Array) => boolean
signatures.tiff = signatures.tif as (b: Uint8Array) => boolean

/**
 * The name shown for an attachment: the last part of what the user gave ("C:\fakepath\x.pdf" →
 * "x.pdf"), normalised, without control characters. It is never used as a path.
 */
export function displayName(fileName: string): string {
  const last = fileName.split(/[/\\]/).pop() ?? ''
  const clean = normalizeInput(last.replace(/[\u0000-\u001f\u007f]/g, '')).slice(0, 255)
  return clean === '' || clean === '.' || clean === '..' ? 'tep-dinh-kem' : clean
}

/** The kind of a file offered as an attachment, or a refusal naming the file and the reason. */
export function checkAttachment(
  fileName: string,
  bytes: Uint8Array
): { extension: string; contentType: string } {
  const name = displayName(fileName)
  const refusal = attachmentRefusal(name, bytes.length)
  if (refusal === 'type')
    refuse(
      'type',
      name,
      `"${name}" is not a PDF, an image (PNG, JPEG, TIFF) or a document (DOC, DOCX, ODT).`
    )
  if (refusal === 'empty') refuse('empty', name, `"${name}" is empty.`)
  if (refusal === 'too-large')
    refuse(
      'too-large',
      name,
      `"${name}" is larger than ${maxAttachmentBytes / (1024 * 1024)} MB (${megabytes(bytes.length)} MB), the most an attachment may be.`
    )
  const extension = extensionOf(name)
  if (!signatures[extension]?.(bytes))
    refuse('content', name, `The content of "${name}" is not a ${extension.toUpperCase()} file.`)
  const kind = attachmentKinds.find((k) => (k.extensions as readonly string[]).includes(extension))
  return { extension, contentType: kind?.contentType ?? 'application/octet-stream' }
}

/** Written whole or not at all: a unique temp file, fsync, rename, the folder synced. */
export async function writeAttachment(path: string, bytes: Uint8Array): Promise<void> {
  await makeFolderDurably(nodeStorageFs, dirname(path))
  await writeFileDurably(nodeStorageFs, path, bytes)
}

export async function readAttachment(path: string, fileName: string): Promise<Buffer> {
  try {
    return await readFile(path)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    throw new AppError(
      'NOT_FOUND',
      `The file of "${fileName}" is missing from the attachments folder beside the data (${dirname(path)}).`
    )
  }
}

export const removeAttachment = (path: string): Promise<void> => rm(path, { force: true })
