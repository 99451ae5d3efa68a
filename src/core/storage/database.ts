import { join } from 'node:path'
import { enablePatches, freeze, produceWithPatches, type Draft, type Patch } from 'immer'
import { Low } from 'lowdb'
import type { BackupInfo, StartupNotice } from '@shared/entities'
import { AppError } from '@shared/result'
import { BackupFiles } from './backup-files'
import { BackupSchedule } from './backup-schedule'
import { BackupStore, BackupVerificationError, defaultBackupPolicy } from './backups'
import type {
  CloseOptions,
  Database,
  JournalPolicy,
  MutationResult,
  OpenDatabaseOptions,
  StorageTimers
} from './database-types'
import {
  defaultRenameRetryPolicy,
  makeFolderDurably,
  RenameFailedError,
  type RenameOptions
} from './durable-write'
import { encodeEnvelope } from './envelope'
import { EnvelopeAdapter, type StoredState } from './envelope-adapter'
import { JournalSaver } from './journal-saver'
import { acquireLock, type HeldLock } from './lock-file'
import { migrateData } from './migrations'
import { loadInitialState, type InitialState } from './open-recovery'
import { StorageHealth } from './storage-health'
import { errorCode, errorMessage, nodeStorageFs, unlinkQuietly, type StorageFs } from './storage-fs'
import { WriteQueue } from './write-queue'

export { inspectDataFolder, type DataFolderReport } from './data-folder-inspection'
export { readSavedFile } from './journal-recovery'
export { isLikelySyncedFolder } from './synced-folder'

enablePatches()

export const defaultDataFileName = 'dais-data.json'

export const defaultJournalPolicy: JournalPolicy = {
  maxEntries: 256,
  maxBytes: 1024 * 1024,
  maxRecordBytes: 256 * 1024,
  quietMs: 2_000,
  optionalRenameRetryMs: 1_000
}

const realTimers: StorageTimers = {
  set(callback, ms) {
    const timer = setTimeout(callback, ms)
    timer.unref?.()
    return () => clearTimeout(timer)
  }
}

/**
 * Opens a data folder in three steps: take its one-writer lock, read it (data file, journal
 * replay, recovery from damage — see open-recovery.ts), then start saving (journal saver, write
 * queue, backups, status). A failure after the lock releases it.
 */
export async function openDatabase<T>(options: OpenDatabaseOptions<T>): Promise<Database<T>> {
  const fs = options.fs ?? nodeStorageFs
  await makeFolderDurably(fs, options.dataDir)
  const lock =
    options.lock === false
      ? null
      : await acquireLock(fs, options.dataDir, { isAlive: options.isProcessAlive })
  try {
    return await openLocked(options, lock)
  } catch (error) {
    await lock?.release()
    throw error
  }
}

/** The data folder's files as one database reads and writes them. */
interface StorageFiles<T> {
  fs: StorageFs
  fileName: string
  filePath: string
  rename: RenameOptions
  adapter: EnvelopeAdapter<T>
  backups: BackupStore
  backupFiles: BackupFiles
}

function storageFiles<T>(
  options: OpenDatabaseOptions<T>,
  onRenameRetry: (error: unknown, waitedMs: number) => void
): StorageFiles<T> {
  const fs = options.fs ?? nodeStorageFs
  const fileName = options.fileName ?? defaultDataFileName
  const filePath = join(options.dataDir, fileName)
  const { clock, schemaVersion, appVersion } = options
  const rename: RenameOptions = {
    policy: { ...defaultRenameRetryPolicy, ...options.renameRetry },
    onRetry: onRenameRetry
  }
  const adapter = new EnvelopeAdapter<T>({ fs, filePath, schemaVersion, appVersion, clock, rename })
  const backups = new BackupStore(fs, options.dataDir, { policy: rename.policy })
  const backupFiles = new BackupFiles(fs, options.dataDir, backups.folder, {
    policy: rename.policy
  })
  return { fs, fileName, filePath, rename, adapter, backups, backupFiles }
}

interface StoredStateRead<T> {
  initial: InitialState<T>
  low: Low<StoredState<T>>
  /** Deletes temp files the opening left for after the first durable write. */
  afterWrite(): void
}

/** Reads the data folder: the data file, the journal replayed onto it, or what recovery found. */
async function readStoredState<T>(
  options: OpenDatabaseOptions<T>,
  files: StorageFiles<T>
): Promise<StoredStateRead<T>> {
  const { fs, fileName, adapter, backups, rename } = files
  const initial = await loadInitialState({
    fs,
    dataDir: options.dataDir,
    fileName,
    adapter,
    backups,
    schemaVersion: options.schemaVersion,
    appVersion: options.appVersion,
    migrations: options.migrations,
    defaults: options.defaults,
    validate: options.validate,
    clock: options.clock,
    rename
  })
  const firstSeq = initial.needsWrite ? initial.seq + 1 : initial.seq
  const low = new Low<StoredState<T>>(adapter, { seq: firstSeq, data: freeze(initial.data, true) })
  let obsoleteTemps = initial.obsoleteTemps
  const deleteObsoleteTemps = async (): Promise<void> => {
    const paths = obsoleteTemps
    obsoleteTemps = []
    for (const path of paths) await unlinkQuietly(fs, path)
  }
  if (!initial.needsWrite && !initial.readOnly) await deleteObsoleteTemps()
  return {
    initial,
    low,
    afterWrite: () => {
      if (obsoleteTemps.length > 0) void deleteObsoleteTemps()
    }
  }
}

async function openLocked<T>(
  options: OpenDatabaseOptions<T>,
  lock: HeldLock | null
): Promise<Database<T>> {
  const { clock, schemaVersion, appVersion } = options
  const alertAfterMs = options.alertAfterMs ?? 500
  // Created once the data is read; a rename retried while opening has no status to report to.
  let health: StorageHealth | null = null
  const files = storageFiles(options, (error, waitedMs) => {
    if (health && waitedMs >= alertAfterMs && health.failure === null) health.failed(error)
  })
  const { initial, low, afterWrite } = await readStoredState(options, files)
  const readOnly = initial.readOnly
  const life = { closed: false }

  const saver = new JournalSaver<T>({
    fs: files.fs,
    dataDir: options.dataDir,
    fileName: files.fileName,
    adapter: files.adapter,
    appVersion,
    clock,
    policy: { ...defaultJournalPolicy, ...options.journal },
    timers: options.timers ?? realTimers,
    rename: files.rename,
    snapshot: initial.snapshot,
    state: () => low.data,
    readOnly,
    closed: () => life.closed,
    onCompaction: options.onCompaction
  })
  const backupSchedule = await BackupSchedule.start<T>({
    backups: files.backups,
    policy: { ...defaultBackupPolicy, ...options.backupPolicy },
    clock,
    schemaVersion,
    appVersion,
    state: () => low.data,
    sideFiles: options.sideFiles && { of: options.sideFiles, store: files.backupFiles }
  })
  const status = new StorageHealth({
    clock,
    readOnly,
    committedSeq: () => low.data.seq,
    durableSeq: () => queue.durableSeq
  })
  health = status
  const queue = new WriteQueue(
    {
      writeLatest: () => saver.exclusively(() => saver.saveLatest()),
      committedSeq: () => low.data.seq,
      onWritten: () => {
        status.written()
        afterWrite()
        backupSchedule.afterWrite()
      },
      onFailed: (error) => status.failed(error)
    },
    initial.seq
  )
  if (initial.needsWrite && !readOnly) queue.notify()

  return databaseApi<T>({
    options,
    lock,
    files,
    initial,
    low,
    life,
    saver,
    backupSchedule,
    health: status,
    queue
  })
}

interface DatabaseParts<T> {
  options: OpenDatabaseOptions<T>
  lock: HeldLock | null
  files: StorageFiles<T>
  initial: InitialState<T>
  low: Low<StoredState<T>>
  life: { closed: boolean }
  saver: JournalSaver<T>
  backupSchedule: BackupSchedule<T>
  health: StorageHealth
  queue: WriteQueue
}

/** The database's methods over its opened parts. */
function databaseApi<T>(parts: DatabaseParts<T>): Database<T> {
  const { options, files, initial, low, life, saver, backupSchedule, health, queue } = parts
  const { clock, schemaVersion, appVersion } = options
  const readOnly = initial.readOnly
  const notices: readonly StartupNotice[] = initial.notices

  function assertWritable(): void {
    if (life.closed) throw new AppError('INTERNAL', 'The database is closed.')
    if (readOnly) {
      throw new AppError(
        'READ_ONLY',
        'The data file was saved by a newer version of Dais and is open read-only.'
      )
    }
  }

  function commit(data: T, patches: readonly Patch[] | null): number {
    const seq = low.data.seq + 1
    low.data = { seq, data }
    saver.add(seq, patches)
    queue.notify()
    health.emit()
    return seq
  }

  async function flush(): Promise<void> {
    await queue.flush()
    await backupSchedule.settled()
  }

  return {
    get data() {
      return low.data.data
    },
    readOnly,
    notices,
    filePath: files.filePath,
    openedSeq: initial.seq,

    async mutate<R>(recipe: (draft: T) => R): Promise<MutationResult<R, T>> {
      assertWritable()
      const before = low.data.data
      let value: R | undefined
      const [after, patches, inversePatches] = produceWithPatches(before, (draft: Draft<T>) => {
        value = recipe(draft as T)
        if (value instanceof Promise) {
          throw new TypeError('A mutation recipe must be synchronous.')
        }
      })
      if (patches.length === 0) {
        return { value: value as R, seq: low.data.seq, inversePatches: [], before, after: before }
      }
      if (options.validateChange) options.validateChange(before, after as T)
      else if (options.validateOnMutate !== false) options.validate(after)
      const seq = commit(after as T, patches)
      return { value: value as R, seq, inversePatches, before, after: after as T }
    },

    flush,

    async whenDurable(seq) {
      try {
        await queue.whenDurable(seq)
      } catch (error) {
        if (error instanceof AppError) throw error
        const cause = error instanceof RenameFailedError ? error.cause : error
        throw new AppError(
          'STORAGE_FAILED',
          `Not saved to disk (${errorCode(cause) ?? 'error'}: ${errorMessage(cause)}). The change is kept in memory and Dais keeps trying to save it; do not close Dais — free some disk space, or save a copy elsewhere.`,
          { cause: errorCode(cause) ?? null, seq }
        )
      }
    },

    unsavedCopy() {
      if (readOnly || queue.durableSeq >= low.data.seq) return null
      const { seq, data } = low.data
      return encodeEnvelope(
        { schemaVersion, appVersion, seq, savedAt: clock.now().toISOString() },
        data
      )
    },

    status: () => health.current(),

    onStatus: (listener) => health.onStatus(listener),

    listBackups: () => files.backups.list(),

    async createNamedBackup(name) {
      assertWritable()
      return backupSchedule.enqueue(() => backupSchedule.ofCommittedState('named', name))
    },

    async restoreBackup(id) {
      assertWritable()
      const { info, data } = await readBackupToRestore(options, files.backups, id)
      await backupSchedule.enqueue(async () => {
        await backupSchedule.ofCommittedState('named', 'before restore')
        if (options.sideFiles) await files.backupFiles.restore(options.sideFiles(data))
      })
      commit(freeze(data, true), null)
      await flush()
      return info
    },

    close: (closeOptions) => closeDatabase(parts, flush, closeOptions)
  }
}

/** Flushes and compacts (within the close timeout), then stops the saver and frees the lock. */
async function closeDatabase<T>(
  { options, lock, initial, life, saver, health, queue }: DatabaseParts<T>,
  flush: () => Promise<void>,
  closeOptions: CloseOptions | undefined
): Promise<void> {
  const readOnly = initial.readOnly
  if (life.closed) return
  life.closed = true
  const timeoutMs = closeOptions?.timeoutMs ?? options.closeTimeoutMs ?? 15_000
  let timer: NodeJS.Timeout | undefined
  saver.stopQuietTimer()
  try {
    if (!readOnly) {
      await Promise.race([
        flush().then(() => saver.exclusively(() => saver.compactWhenIdle('close'))),
        new Promise<never>((_, reject) => {
          timer = setTimeout(
            () =>
              reject(
                new AppError('STORAGE_FAILED', `Could not save before closing: ${health.failure}`)
              ),
            timeoutMs
          )
        })
      ])
    }
  } catch (error) {
    queue.stop(error instanceof Error ? error : new Error(String(error)))
    throw error
  } finally {
    clearTimeout(timer)
    await saver.close()
    await lock?.release()
  }
}

/** A backup read, verified and migrated, ready to become the data; refusals name the reason. */
async function readBackupToRestore<T>(
  options: OpenDatabaseOptions<T>,
  backups: BackupStore,
  id: string
): Promise<{ info: BackupInfo; data: T }> {
  const info = (await backups.list()).find((backup) => backup.id === id)
  if (!info) throw new AppError('NOT_FOUND', `There is no backup ${id}.`)
  let envelope
  try {
    envelope = await backups.read(id)
  } catch (error) {
    if (error instanceof BackupVerificationError) {
      throw new AppError('STORAGE_FAILED', error.message)
    }
    throw error
  }
  if (envelope.schemaVersion > options.schemaVersion) {
    throw new AppError(
      'CONFLICT',
      `The backup ${id} was made by a newer version of Dais (schema ${envelope.schemaVersion}).`
    )
  }
  try {
    const data = options.validate(
      migrateData(envelope.data, envelope.schemaVersion, options.schemaVersion, options.migrations)
    )
    return { info, data }
  } catch (error) {
    throw new AppError('STORAGE_FAILED', `The backup ${id} cannot be used: ${errorMessage(error)}`)
  }
}
