import { join } from 'node:path'
import { AppError } from '../../shared/result'
import { errorCode, type StorageFs } from './storage-fs'

export const lockFileName = 'dais.lock'

export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return errorCode(error) === 'EPERM'
  }
}

export interface LockOptions {
  pid?: number
  isAlive?: (pid: number) => boolean
}

export interface HeldLock {
  readonly path: string
  release(): Promise<void>
}

export async function readLockOwner(fs: StorageFs, dataDir: string): Promise<number | null> {
  try {
    const text = (await fs.readFile(join(dataDir, lockFileName))).toString('utf8').trim()
    const pid = Number(text)
    return Number.isSafeInteger(pid) && pid > 0 ? pid : null
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  }
}

/**
 * Takes `<dataDir>/dais.lock` (content: the owner's pid). A lock whose owner is alive is a
 * CONFLICT; one left by a dead process (or unreadable, from a crash while writing it) is taken
 * over.
 */
export async function acquireLock(
  fs: StorageFs,
  dataDir: string,
  options: LockOptions = {}
): Promise<HeldLock> {
  const pid = options.pid ?? process.pid
  const isAlive = options.isAlive ?? isProcessAlive
  const path = join(dataDir, lockFileName)
  for (let attempt = 0; attempt < 5; attempt += 1) {
    try {
      const handle = await fs.open(path, 'wx')
      try {
        await handle.write(Buffer.from(`${pid}\n`, 'utf8'))
        await handle.sync()
      } finally {
        await handle.close()
      }
      return {
        path,
        release: async () => {
          if ((await readLockOwner(fs, dataDir).catch(() => null)) !== pid) return
          await fs.unlink(path).catch(() => undefined)
        }
      }
    } catch (error) {
      if (errorCode(error) !== 'EEXIST') throw error
    }
    const owner = await readLockOwner(fs, dataDir)
    if (owner !== null && isAlive(owner)) {
      throw new AppError(
        'CONFLICT',
        `Dais is already open with this data folder (pid ${owner}). Close the other window first.`,
        { pid: owner, lockFile: path }
      )
    }
    try {
      await fs.unlink(path)
    } catch (error) {
      if (errorCode(error) !== 'ENOENT') throw error
    }
  }
  throw new AppError('CONFLICT', `Could not take the lock file ${path}.`)
}
