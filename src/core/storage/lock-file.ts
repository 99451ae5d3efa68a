import { createHash, randomBytes } from 'node:crypto'
import { join } from 'node:path'
import { AppError } from '@shared/result'
import { processStartTime } from './process-start'
import { errorCode, sleep, type StorageFs } from './storage-fs'

export const lockFileName = 'dais.lock'

/** Signal 0: is some process with this pid running (not necessarily the one that wrote a lock)? */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return errorCode(error) === 'EPERM'
  }
}

/** Who holds a lock: a pid alone cannot tell the owner from a later process given the same pid. */
export interface LockOwner {
  pid: number
  /** The owner's start time (ms since the epoch) where the OS tells it; null otherwise. */
  startedAt: number | null
  /** Random per acquisition, so two locks never have the same bytes. */
  id: string
}

export interface LockOptions {
  pid?: number
  isAlive?: (pid: number) => boolean
  /** Start time of a running process, null where unknown; injected by tests. */
  startTimeOf?: (pid: number) => number | null
}

export interface HeldLock {
  readonly path: string
  readonly owner: LockOwner
  release(): Promise<void>
}

export interface LockFile {
  /** The exact bytes: a takeover removes only the lock it judged stale. */
  raw: string
  /** null when the bytes are not a lock (a crash while an older Dais wrote it). */
  owner: LockOwner | null
  modifiedAt: number | null
}

/** Start times from two sources (the lock, the OS) agree within this (ps prints seconds). */
const startToleranceMs = 1500
/** A lock file still empty this long after it was created is a crash remnant. */
const emptyGraceMs = 5000

/**
 * Unreadable bytes that may still be being written (a file system without hard links); once
 * old enough, or without a time at all, they are a crash remnant.
 */
const beingWritten = (lock: LockFile) =>
  lock.modifiedAt !== null && Date.now() - lock.modifiedAt < emptyGraceMs

function parseLock(raw: string): LockOwner | null {
  const text = raw.trim()
  // Before owner identities, a lock held the pid alone.
  if (/^\d+$/.test(text)) return { pid: Number(text), startedAt: null, id: '' }
  try {
    const value = JSON.parse(text) as Partial<LockOwner>
    if (!Number.isSafeInteger(value.pid) || (value.pid as number) <= 0) return null
    return {
      pid: value.pid as number,
      startedAt: typeof value.startedAt === 'number' ? value.startedAt : null,
      id: typeof value.id === 'string' ? value.id : ''
    }
  } catch {
    return null
  }
}

export async function readLockFile(fs: StorageFs, path: string): Promise<LockFile | null> {
  try {
    const raw = (await fs.readFile(path)).toString('utf8')
    const modifiedAt = (await fs.stat(path).catch(() => null))?.mtimeMs ?? null
    return { raw, owner: parseLock(raw), modifiedAt }
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return null
    throw error
  }
}

export async function readLockOwner(fs: StorageFs, dataDir: string): Promise<number | null> {
  return (await readLockFile(fs, join(dataDir, lockFileName)))?.owner?.pid ?? null
}

/**
 * Whether the process that wrote `lock` still runs. A live pid is not enough: after a crash and
 * a restart of the computer (or just time) the pid may belong to an unrelated process, so its
 * start time must match the one in the lock — or, for a lock without one, precede the lock.
 */
export function lockOwnerRunning(
  lock: Pick<LockFile, 'owner' | 'modifiedAt'>,
  options: LockOptions = {}
): boolean {
  const owner = lock.owner
  if (!owner) return false
  if (!(options.isAlive ?? isProcessAlive)(owner.pid)) return false
  const started = (options.startTimeOf ?? processStartTime)(owner.pid)
  if (started === null) return true
  if (owner.startedAt !== null) return Math.abs(started - owner.startedAt) <= startToleranceMs
  return lock.modifiedAt === null || started <= lock.modifiedAt + startToleranceMs
}

/**
 * Creates `path` holding `content`, failing (false) if it exists. Readers never see it empty:
 * the content goes to a unique file first, which is then hard-linked in place (link fails when
 * the name exists). Where the file system has no hard links, an exclusive create.
 */
async function createExclusive(fs: StorageFs, path: string, content: string, unique: string) {
  const bytes = Buffer.from(content, 'utf8')
  const writeNew = async (target: string) => {
    const handle = await fs.open(target, 'wx')
    try {
      await handle.write(bytes)
      await handle.sync()
    } finally {
      await handle.close()
    }
  }
  if (!fs.link) {
    try {
      await writeNew(path)
      return true
    } catch (error) {
      if (errorCode(error) === 'EEXIST') return false
      throw error
    }
  }
  const staged = `${path}.${unique}.tmp`
  await writeNew(staged)
  try {
    await fs.link(staged, path)
    return true
  } catch (error) {
    if (errorCode(error) === 'EEXIST') return false
    if (['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS'].includes(errorCode(error) ?? '')) {
      return createExclusive({ ...fs, link: undefined }, path, content, unique)
    }
    throw error
  } finally {
    await fs.unlink(staged).catch(() => undefined)
  }
}

/**
 * Removes the stale lock `stale`, if it is still there, as the only process doing so: the right
 * to remove it is an exclusively created guard named after its bytes. Whoever holds the guard
 * re-reads the lock and removes it only if it still holds exactly those bytes — a fresh lock
 * (another process's, written after the stale one went) is never removed. Returns when done or
 * when another process holds the guard.
 */
async function removeStaleLock(
  fs: StorageFs,
  path: string,
  stale: LockFile,
  me: { content: string; unique: string },
  options: LockOptions
): Promise<void> {
  const guard = `${path}.takeover-${createHash('sha256').update(stale.raw).digest('hex').slice(0, 16)}`
  if (!(await createExclusive(fs, guard, me.content, me.unique))) {
    const other = await readLockFile(fs, guard)
    // A taker that crashed while holding the guard (or writing it) leaves it behind.
    if (other && (other.owner ? !lockOwnerRunning(other, options) : !beingWritten(other))) {
      await fs.unlink(guard).catch(() => undefined)
    }
    await sleep(10 + Math.random() * 40)
    return
  }
  try {
    const again = await readLockFile(fs, path)
    if (again && again.raw === stale.raw) await fs.unlink(path)
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error
  } finally {
    await fs.unlink(guard).catch(() => undefined)
  }
}

const conflict = (path: string, owner: LockOwner) =>
  new AppError(
    'CONFLICT',
    `Dais is already open with this data folder (pid ${owner.pid}). Close the other window first.`,
    { pid: owner.pid, lockFile: path }
  )

/**
 * Takes `<dataDir>/dais.lock`, the one-writer lock of a data folder shared by the desktop app,
 * browser mode and the CLI. A lock whose owner still runs (same pid and start time) is a
 * CONFLICT; a stale one (owner gone, pid reused, crash while writing it) is taken over by
 * exactly one of any number of processes starting at once.
 */
export async function acquireLock(
  fs: StorageFs,
  dataDir: string,
  options: LockOptions = {}
): Promise<HeldLock> {
  const pid = options.pid ?? process.pid
  const path = join(dataDir, lockFileName)
  const owner: LockOwner = {
    pid,
    startedAt: (options.startTimeOf ?? processStartTime)(pid),
    id: randomBytes(12).toString('hex')
  }
  const content = `${JSON.stringify(owner)}\n`
  const me = { content, unique: owner.id }
  for (let attempt = 0; attempt < 50; attempt += 1) {
    if (await createExclusive(fs, path, content, owner.id)) {
      return {
        path,
        owner,
        release: async () => {
          const current = await readLockFile(fs, path).catch(() => null)
          if (current?.raw === content) await fs.unlink(path).catch(() => undefined)
        }
      }
    }
    const current = await readLockFile(fs, path)
    if (current === null) continue
    if (current.owner === null && beingWritten(current)) {
      await sleep(20)
      continue
    }
    if (current.owner && lockOwnerRunning(current, options)) throw conflict(path, current.owner)
    await removeStaleLock(fs, path, current, me, options)
  }
  throw new AppError('CONFLICT', `Could not take the lock file ${path}; try again.`)
}
