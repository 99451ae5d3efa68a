import { join } from 'node:path'
import { enablePatches, freeze, produceWithPatches, type Draft, type Patch } from 'immer'
import { Low } from 'lowdb'
import type { BackupInfo, StartupNotice, StorageStatus } from '../../shared/entities'
import { AppError } from '../../shared/result'
import { BackupStore, BackupVerificationError, defaultBackupPolicy } from './backups'
import type {
  CompactionEvent,
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
import { encodeEnvelope, serializeData } from './envelope'
import { EnvelopeAdapter, type StoredState } from './envelope-adapter'
import { encodeJournalRecord, journalFileNameFor, type JournalBase } from './journal-format'
import { JournalWriter } from './journal-writer'
import { acquireLock, type HeldLock } from './lock-file'
import { migrateData } from './migrations'
import { loadInitialState } from './open-recovery'
import { errorCode, errorMessage, nodeStorageFs, unlinkQuietly } from './storage-fs'
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

/** A commit not yet durable; `patches` null when it must be saved as a snapshot (a restore). */
interface PendingCommit {
  seq: number
  patches: readonly Patch[] | null
}

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

function describeWriteError(error: unknown): string {
  const cause = error instanceof RenameFailedError ? error.cause : error
  const code = errorCode(cause)
  return `Not saved — retrying (${code ?? 'error'}: ${errorMessage(cause)}). Changes are kept in memory.`
}

async function openLocked<T>(
  options: OpenDatabaseOptions<T>,
  lock: HeldLock | null
): Promise<Database<T>> {
  const fs = options.fs ?? nodeStorageFs
  const fileName = options.fileName ?? defaultDataFileName
  const filePath = join(options.dataDir, fileName)
  const { clock, schemaVersion, appVersion } = options
  const policy = { ...defaultBackupPolicy, ...options.backupPolicy }
  const alertAfterMs = options.alertAfterMs ?? 500

  const listeners = new Set<(status: StorageStatus) => void>()
  let failing: string | null = null
  let failingSince: string | null = null
  const markFailing = (error: unknown): void => {
    failing = describeWriteError(error)
    failingSince ??= clock.now().toISOString()
  }
  let lastSavedAt: string | null = null
  let closed = false

  const rename: RenameOptions = {
    policy: { ...defaultRenameRetryPolicy, ...options.renameRetry },
    onRetry: (error, waitedMs) => {
      if (waitedMs >= alertAfterMs && failing === null) {
        markFailing(error)
        emitStatus()
      }
    }
  }
  const adapter = new EnvelopeAdapter<T>({
    fs,
    filePath,
    schemaVersion,
    appVersion,
    clock,
    rename
  })
  const backups = new BackupStore(fs, options.dataDir, { policy: rename.policy })
  const initial = await loadInitialState({
    fs,
    dataDir: options.dataDir,
    fileName,
    adapter,
    backups,
    schemaVersion,
    appVersion,
    migrations: options.migrations,
    defaults: options.defaults,
    validate: options.validate,
    clock,
    rename
  })
  const readOnly = initial.readOnly
  const notices: readonly StartupNotice[] = initial.notices
  const firstSeq = initial.needsWrite ? initial.seq + 1 : initial.seq
  const low = new Low<StoredState<T>>(adapter, { seq: firstSeq, data: freeze(initial.data, true) })
  let obsoleteTemps = initial.obsoleteTemps
  const deleteObsoleteTemps = async (): Promise<void> => {
    const paths = obsoleteTemps
    obsoleteTemps = []
    for (const path of paths) await unlinkQuietly(fs, path)
  }
  if (!initial.needsWrite && !readOnly) await deleteObsoleteTemps()

  const journalPolicy = { ...defaultJournalPolicy, ...options.journal }
  const timers = options.timers ?? realTimers
  const journal = new JournalWriter(fs, join(options.dataDir, journalFileNameFor(fileName)))
  /** The data file the journal builds on; null: the next save must be a snapshot write. */
  let base: JournalBase | null = initial.snapshot
  /** The seq of the state the data file plus the journal hold. */
  let journaledSeq = initial.snapshot?.seq ?? 0
  let pending: PendingCommit[] = []
  let compactAtEntries = journalPolicy.maxEntries
  let compactAtBytes = journalPolicy.maxBytes
  let optionalCompactionQueued = false
  let cancelQuietTimer: (() => void) | null = null
  let diskChain: Promise<unknown> = Promise.resolve()
  const optionalRename: RenameOptions = {
    policy: { ...rename.policy!, retryForMs: journalPolicy.optionalRenameRetryMs }
  }

  /** Every write to the data file or the journal runs alone, in order. */
  function exclusively<R>(task: () => Promise<R>): Promise<R> {
    const result = diskChain.then(task)
    diskChain = result.catch(() => undefined)
    return result
  }

  function reportCompaction(event: CompactionEvent): void {
    try {
      options.onCompaction?.(event)
    } catch {
      // An observer's bug must not break saving.
    }
  }

  /** The full durable snapshot write, then a fresh journal. Throws when the snapshot fails. */
  async function compact(
    state: StoredState<T>,
    reason: CompactionEvent['reason'],
    renameOptions?: RenameOptions
  ): Promise<void> {
    const started = performance.now()
    const entries = journal.entries
    try {
      await adapter.write(state, renameOptions)
    } catch (error) {
      // Once the data file was replaced, the journal no longer builds on it.
      if (adapter.lastWriteRenamed) base = null
      reportCompaction({ reason, seq: state.seq, ok: false, durationMs: 0, entries })
      throw error
    }
    base = { seq: state.seq, checksum: serializeData(state.data).checksum }
    journaledSeq = state.seq
    compactAtEntries = journalPolicy.maxEntries
    compactAtBytes = journalPolicy.maxBytes
    cancelQuietTimer?.()
    cancelQuietTimer = null
    // The old journal is stale now; if it cannot be emptied, the next append retries.
    await journal.reset().catch(() => undefined)
    const durationMs = performance.now() - started
    reportCompaction({ reason, seq: state.seq, ok: true, durationMs, entries })
  }

  /** The record for `batch`, or null when this save must be a snapshot write. */
  function journalRecordFor(state: StoredState<T>, batch: readonly PendingCommit[]): Buffer | null {
    if (base === null || journalPolicy.maxEntries === 0) return null
    const patchesJson: string[] = []
    let size = 0
    for (const commit of batch) {
      if (commit.patches === null) return null
      const json = JSON.stringify(commit.patches)
      size += json.length
      if (size > journalPolicy.maxRecordBytes) return null
      patchesJson.push(json)
    }
    const record = encodeJournalRecord(
      { seq: state.seq, prev: journaledSeq, base, app: appVersion, at: clock.now().toISOString() },
      patchesJson
    )
    return record.length > journalPolicy.maxRecordBytes ? null : record
  }

  /** Saves the latest committed state: one journal append, or a snapshot write. */
  async function saveLatest(): Promise<number> {
    const state = low.data
    const batch = pending.filter((commit) => commit.seq <= state.seq)
    const record = journalRecordFor(state, batch)
    let appended = false
    if (record !== null) {
      try {
        if (!journal.isOpen) await journal.reset()
        await journal.append(record)
        appended = true
      } catch {
        // The journal may end in a partial record now: only a snapshot write may follow it.
        base = null
      }
    }
    if (appended) {
      journaledSeq = state.seq
      afterAppend()
    } else {
      await compact(state, 'required')
    }
    pending = pending.filter((commit) => commit.seq > state.seq)
    return state.seq
  }

  function afterAppend(): void {
    if (journal.entries >= compactAtEntries || journal.bytes >= compactAtBytes) {
      requestOptionalCompaction('size')
      return
    }
    cancelQuietTimer?.()
    cancelQuietTimer = timers.set(() => {
      cancelQuietTimer = null
      requestOptionalCompaction('quiet')
    }, journalPolicy.quietMs)
  }

  /**
   * Folds the journal into the data file when nothing waits to be saved. A failure changes
   * nothing that matters (the journal still holds every change); the size bound is retried
   * after another bound's worth of records, the quiet period after the next save.
   */
  async function compactWhenIdle(reason: CompactionEvent['reason']): Promise<void> {
    const state = low.data
    if (readOnly || base === null || journal.entries === 0 || state.seq !== journaledSeq) return
    try {
      await compact(state, reason, optionalRename)
    } catch {
      compactAtEntries = journal.entries + journalPolicy.maxEntries
      compactAtBytes = journal.bytes + journalPolicy.maxBytes
    }
  }

  function requestOptionalCompaction(reason: CompactionEvent['reason']): void {
    if (optionalCompactionQueued || closed) return
    optionalCompactionQueued = true
    void exclusively(async () => {
      optionalCompactionQueued = false
      await compactWhenIdle(reason)
    })
  }

  const newestRolling = (await backups.list()).find((info) => info.kind === 'rolling')
  let lastRollingAt = newestRolling ? Date.parse(newestRolling.createdAt) : null
  let backupChain: Promise<unknown> = Promise.resolve()
  let rollingPending = false

  const queue = new WriteQueue(
    {
      writeLatest: () => exclusively(saveLatest),
      committedSeq: () => low.data.seq,
      onWritten: () => {
        failing = null
        failingSince = null
        lastSavedAt = clock.now().toISOString()
        emitStatus()
        if (obsoleteTemps.length > 0) void deleteObsoleteTemps()
        maybeWriteRollingBackup()
      },
      onFailed: (error) => {
        markFailing(error)
        emitStatus()
      }
    },
    initial.seq
  )

  function currentStatus(): StorageStatus {
    const state = readOnly
      ? 'read-only'
      : failing !== null
        ? 'retrying'
        : queue.durableSeq < low.data.seq
          ? 'saving'
          : 'saved'
    const unsavedChanges = Math.max(0, low.data.seq - queue.durableSeq)
    return { state, lastSavedAt, seq: low.data.seq, error: failing, unsavedChanges, failingSince }
  }

  let lastEmitted = ''
  function emitStatus(): void {
    const status = currentStatus()
    const key = JSON.stringify(status)
    if (key === lastEmitted) return
    lastEmitted = key
    for (const listener of listeners) listener(status)
  }

  function enqueueBackup<R>(task: () => Promise<R>): Promise<R> {
    const result = backupChain.then(task)
    backupChain = result.catch(() => undefined)
    return result
  }

  function backupOfCommittedState(kind: BackupInfo['kind'], name: string): Promise<BackupInfo> {
    const state = low.data
    return backups.write(
      kind,
      name,
      { schemaVersion, appVersion, seq: state.seq, savedAt: clock.now().toISOString() },
      state.data
    )
  }

  /** At most one rolling generation per interval of activity; a failure retries next write. */
  function maybeWriteRollingBackup(): void {
    const now = clock.now().getTime()
    const intervalMs = policy.rollingIntervalMinutes * 60_000
    if (rollingPending || (lastRollingAt !== null && now - lastRollingAt < intervalMs)) return
    rollingPending = true
    void enqueueBackup(async () => {
      await backupOfCommittedState('rolling', '')
      lastRollingAt = now
      await backups.prune(policy)
    })
      .catch(() => undefined)
      .finally(() => {
        rollingPending = false
      })
  }

  function assertWritable(): void {
    if (closed) throw new AppError('INTERNAL', 'The database is closed.')
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
    pending.push({ seq, patches })
    queue.notify()
    emitStatus()
    return seq
  }

  async function flush(): Promise<void> {
    await queue.flush()
    await backupChain
  }

  if (initial.needsWrite && !readOnly) queue.notify()

  const database: Database<T> = {
    get data() {
      return low.data.data
    },
    readOnly,
    notices,
    filePath,
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

    status: currentStatus,

    onStatus(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },

    listBackups: () => backups.list(),

    async createNamedBackup(name) {
      assertWritable()
      return enqueueBackup(() => backupOfCommittedState('named', name))
    },

    async restoreBackup(id) {
      assertWritable()
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
      if (envelope.schemaVersion > schemaVersion) {
        throw new AppError(
          'CONFLICT',
          `The backup ${id} was made by a newer version of Dais (schema ${envelope.schemaVersion}).`
        )
      }
      let data: T
      try {
        data = options.validate(
          migrateData(envelope.data, envelope.schemaVersion, schemaVersion, options.migrations)
        )
      } catch (error) {
        throw new AppError(
          'STORAGE_FAILED',
          `The backup ${id} cannot be used: ${errorMessage(error)}`
        )
      }
      await enqueueBackup(() => backupOfCommittedState('named', 'before restore'))
      commit(freeze(data, true), null)
      await flush()
      return info
    },

    async close(closeOptions) {
      if (closed) return
      closed = true
      const timeoutMs = closeOptions?.timeoutMs ?? options.closeTimeoutMs ?? 15_000
      let timer: NodeJS.Timeout | undefined
      cancelQuietTimer?.()
      cancelQuietTimer = null
      try {
        if (!readOnly) {
          await Promise.race([
            flush().then(() => exclusively(() => compactWhenIdle('close'))),
            new Promise<never>((_, reject) => {
              timer = setTimeout(
                () =>
                  reject(
                    new AppError('STORAGE_FAILED', `Could not save before closing: ${failing}`)
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
        await journal.close()
        await lock?.release()
      }
    }
  }
  return database
}
