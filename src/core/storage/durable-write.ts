import { randomUUID } from 'node:crypto'
import { basename, dirname, join } from 'node:path'
import { errorCode, exists, sleep, unlinkQuietly, type StorageFs } from './storage-fs'

export interface RenameRetryPolicy {
  /** Keep retrying a refused rename for at least this long (antivirus, indexers, sync clients). */
  retryForMs: number
  /** Upper bound of the pause between two attempts. */
  maxBackoffMs: number
}

export const defaultRenameRetryPolicy: RenameRetryPolicy = { retryForMs: 10_000, maxBackoffMs: 100 }

/** Errors Windows raises while another program briefly holds the file. */
const retryableRenameCodes = new Set(['EPERM', 'EBUSY', 'EACCES'])

/** Folder fsync is not possible everywhere (Windows, some network file systems). */
const unsupportedFolderSyncCodes = new Set([
  'EISDIR',
  'EINVAL',
  'ENOTSUP',
  'EPERM',
  'EACCES',
  'EBADF'
])

let tempCounter = 0

/** A name no other writer (or earlier attempt) uses, in the same folder as `target`. */
export function tempPathFor(target: string): string {
  tempCounter += 1
  const unique = `${process.pid}-${tempCounter}-${randomUUID().slice(0, 8)}`
  return join(dirname(target), `${basename(target)}.${unique}.tmp`)
}

export function isTempFileOf(fileName: string, candidate: string): boolean {
  return candidate.startsWith(`${fileName}.`) && candidate.endsWith('.tmp')
}

/** Creates a new temp file beside `target` holding `bytes`, fsync'd and closed. */
export async function writeSyncedTempFile(
  fs: StorageFs,
  target: string,
  bytes: Uint8Array | readonly Uint8Array[]
): Promise<string> {
  const tempPath = tempPathFor(target)
  const handle = await fs.open(tempPath, 'wx')
  try {
    await handle.write(bytes)
    await handle.sync()
  } catch (error) {
    await handle.close().catch(() => undefined)
    await unlinkQuietly(fs, tempPath)
    throw error
  }
  try {
    await handle.close()
  } catch (error) {
    await unlinkQuietly(fs, tempPath)
    throw error
  }
  return tempPath
}

export interface RenameOptions {
  policy?: RenameRetryPolicy
  /** Called after each refused attempt with the time spent waiting so far. */
  onRetry?: (error: unknown, waitedMs: number) => void
}

export async function renameWithRetry(
  fs: StorageFs,
  from: string,
  to: string,
  options: RenameOptions = {}
): Promise<void> {
  const policy = options.policy ?? defaultRenameRetryPolicy
  let waitedMs = 0
  let backoffMs = 5
  for (;;) {
    try {
      await fs.rename(from, to)
      return
    } catch (error) {
      const code = errorCode(error)
      if (code === undefined || !retryableRenameCodes.has(code) || waitedMs >= policy.retryForMs) {
        throw error
      }
      options.onRetry?.(error, waitedMs)
      await sleep(backoffMs)
      waitedMs += backoffMs
      backoffMs = Math.min(backoffMs * 2, policy.maxBackoffMs)
    }
  }
}

export async function syncFolder(fs: StorageFs, folder: string): Promise<void> {
  try {
    await fs.syncFolder(folder)
  } catch (error) {
    const code = errorCode(error)
    if (code === undefined || !unsupportedFolderSyncCodes.has(code)) throw error
  }
}

/**
 * Creates `folder` and its missing parents, then syncs the folder holding each new entry: until
 * then a power cut can take a new folder away with every file later made durable inside it.
 */
export async function makeFolderDurably(fs: StorageFs, folder: string): Promise<void> {
  const missing: string[] = []
  for (let path = folder; !(await exists(fs, path)); path = dirname(path)) {
    missing.push(path)
    if (dirname(path) === path) break
  }
  await fs.mkdir(folder)
  for (const created of missing) await syncFolder(fs, dirname(created))
}

export class RenameFailedError extends Error {
  constructor(
    readonly tempPath: string,
    cause: unknown
  ) {
    super(`could not replace the file: ${cause instanceof Error ? cause.message : String(cause)}`, {
      cause
    })
    this.name = 'RenameFailedError'
  }
}

/**
 * temp file → write → fsync → close → rename (with retry) → fsync the folder. When the rename
 * keeps failing the temp file is kept and `RenameFailedError` names it, so a later attempt (or
 * the next start) can still use it.
 */
export async function writeFileDurably(
  fs: StorageFs,
  target: string,
  bytes: Uint8Array,
  options: RenameOptions = {}
): Promise<void> {
  const tempPath = await writeSyncedTempFile(fs, target, bytes)
  try {
    await renameWithRetry(fs, tempPath, target, options)
  } catch (error) {
    throw new RenameFailedError(tempPath, error)
  }
  await syncFolder(fs, dirname(target))
}
