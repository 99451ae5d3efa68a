import { dirname } from 'node:path'
import type { Adapter } from 'lowdb'
import type { Clock } from '../app-context'
import {
  RenameFailedError,
  renameWithRetry,
  syncFolder,
  writeSyncedTempFile,
  type RenameOptions
} from './durable-write'
import { decodeEnvelope, encodeEnvelopeParts, type Envelope } from './envelope'
import { errorCode, sleep, unlinkQuietly, type StorageFs } from './storage-fs'

/** Antivirus and sync clients briefly lock files on Windows; a busy file is not a damaged one. */
const busyReadCodes = new Set(['EBUSY', 'EPERM', 'EACCES', 'EAGAIN'])

async function readWithRetry(fs: StorageFs, path: string, retryForMs = 2_000): Promise<Buffer> {
  let waitedMs = 0
  for (let backoffMs = 10; ; backoffMs = Math.min(backoffMs * 2, 100)) {
    try {
      return await fs.readFile(path)
    } catch (error) {
      const code = errorCode(error)
      if (code === undefined || !busyReadCodes.has(code) || waitedMs >= retryForMs) throw error
      await sleep(backoffMs)
      waitedMs += backoffMs
    }
  }
}

/** What lowdb holds: the committed data and the seq it was committed at. */
export interface StoredState<T> {
  seq: number
  data: T
}

export class DataFileProblem extends Error {
  override name = 'DataFileProblem'
}

export interface EnvelopeAdapterOptions {
  fs: StorageFs
  filePath: string
  schemaVersion: number
  appVersion: string
  clock: Clock
  rename?: RenameOptions
}

/**
 * lowdb adapter for the enveloped data file. `write` is the durable write protocol; when the
 * final rename keeps failing the fsync'd temp file is kept and reused by the next attempt if
 * nothing changed meanwhile.
 */
export class EnvelopeAdapter<T> implements Adapter<StoredState<T>> {
  /** The decoded envelope of the last successful `read`. */
  lastRead: Envelope | null = null
  /** The last `write` replaced the data file (even if the folder sync after it then failed). */
  lastWriteRenamed = false
  private keptTemp: { path: string; seq: number } | null = null

  constructor(private readonly options: EnvelopeAdapterOptions) {}

  /** null when the file does not exist; throws DataFileProblem when it is unusable. */
  async read(): Promise<StoredState<T> | null> {
    const { fs, filePath } = this.options
    let bytes: Buffer
    try {
      bytes = await readWithRetry(fs, filePath)
    } catch (error) {
      const code = errorCode(error)
      if (code === 'ENOENT') return null
      if (code === 'EISDIR') throw new DataFileProblem('a folder is in place of the data file')
      throw new DataFileProblem(`the file could not be read (${code ?? String(error)})`)
    }
    const decoded = decodeEnvelope(bytes)
    if (!decoded.ok) throw new DataFileProblem(decoded.problem)
    if (decoded.hadByteOrderMark) {
      throw new DataFileProblem('the file starts with a byte-order mark added by another program')
    }
    this.lastRead = decoded.envelope
    return { seq: decoded.envelope.seq, data: decoded.envelope.data as T }
  }

  /** `rename` overrides the retry policy of the final rename (a compaction that may wait). */
  async write(state: StoredState<T>, rename = this.options.rename): Promise<void> {
    const { fs, filePath, schemaVersion, appVersion, clock } = this.options
    this.lastWriteRenamed = false
    let tempPath: string
    if (this.keptTemp && this.keptTemp.seq === state.seq) {
      tempPath = this.keptTemp.path
    } else {
      const bytes = encodeEnvelopeParts(
        { schemaVersion, appVersion, seq: state.seq, savedAt: clock.now().toISOString() },
        state.data
      )
      tempPath = await writeSyncedTempFile(fs, filePath, bytes)
      if (this.keptTemp) await unlinkQuietly(fs, this.keptTemp.path)
      this.keptTemp = { path: tempPath, seq: state.seq }
    }
    try {
      await renameWithRetry(fs, tempPath, filePath, rename)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') this.keptTemp = null
      throw new RenameFailedError(tempPath, error)
    }
    this.keptTemp = null
    this.lastWriteRenamed = true
    await syncFolder(fs, dirname(filePath))
  }
}
