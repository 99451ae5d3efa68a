import { link, open, readFile, readdir, rename, stat, unlink, mkdir } from 'node:fs/promises'

export interface StorageFileHandle {
  /** Writes all of `data` (one buffer, or parts written in order) at the current position. */
  write(data: Uint8Array | readonly Uint8Array[]): Promise<void>
  sync(): Promise<void>
  /** Like `sync` but skips metadata a read does not need (fdatasync): the journal's append. */
  datasync(): Promise<void>
  close(): Promise<void>
}

export interface StorageStat {
  size: number
  /** Last modification (ms since the epoch), where the file system keeps it. */
  mtimeMs?: number
  isDirectory(): boolean
}

/**
 * Every file-system call the storage module makes. Injectable so tests can fail any operation
 * (EPERM, EBUSY, EIO, ENOSPC…) at a chosen call.
 */
export interface StorageFs {
  /** `wx` creates a new file and fails if it exists. */
  open(path: string, flags: 'wx' | 'w'): Promise<StorageFileHandle>
  readFile(path: string): Promise<Buffer>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  /** Creates the folder and its parents; no error when it exists. */
  mkdir(path: string): Promise<void>
  readdir(path: string): Promise<string[]>
  stat(path: string): Promise<StorageStat>
  /** Makes a rename inside `path` durable. Throws where the OS cannot sync a folder. */
  syncFolder(path: string): Promise<void>
  /** A hard link; fails with EEXIST when `newPath` exists. Absent where tests model no links. */
  link?(existingPath: string, newPath: string): Promise<void>
}

export const nodeStorageFs: StorageFs = {
  async open(path, flags) {
    const handle = await open(path, flags)
    return {
      write: async (data) => {
        if (data instanceof Uint8Array) return handle.writeFile(data)
        const total = data.reduce((sum, part) => sum + part.byteLength, 0)
        const { bytesWritten } = await handle.writev(data as Uint8Array[])
        // writev may stop short; finish with one buffer rather than fail.
        if (bytesWritten < total) {
          await handle.writeFile(Buffer.concat(data as Uint8Array[]).subarray(bytesWritten))
        }
      },
      sync: () => handle.sync(),
      datasync: () => handle.datasync(),
      close: () => handle.close()
    }
  },
  readFile: (path) => readFile(path),
  rename: (from, to) => rename(from, to),
  unlink: (path) => unlink(path),
  mkdir: async (path) => {
    await mkdir(path, { recursive: true })
  },
  readdir: (path) => readdir(path),
  stat: (path) => stat(path),
  link: (existingPath, newPath) => link(existingPath, newPath),
  async syncFolder(path) {
    const handle = await open(path, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  }
}

export function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code
    return typeof code === 'string' ? code : undefined
  }
  return undefined
}

export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

export async function exists(fs: StorageFs, path: string): Promise<boolean> {
  try {
    await fs.stat(path)
    return true
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return false
    throw error
  }
}

export async function unlinkQuietly(fs: StorageFs, path: string): Promise<void> {
  try {
    await fs.unlink(path)
  } catch {
    // Best effort: a leftover temp file is harmless and is cleaned up on a later start.
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms))
}
