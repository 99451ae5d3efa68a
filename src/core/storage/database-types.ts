import type { BackupInfo, StartupNotice, StorageStatus } from '@shared/entities'
import type { Clock } from '../app-context'
import type { BackupPolicy } from './backups'
import type { RenameRetryPolicy } from './durable-write'
import type { StorageFs } from './storage-fs'
import type { SideFilesOf } from './backup-files'

/** When the journal is folded into a full snapshot write of the data file. */
export interface JournalPolicy {
  /** Compact once the journal holds this many records; 0 makes every save a snapshot write. */
  maxEntries: number
  /** Compact once the journal is this large. */
  maxBytes: number
  /** A save whose record would be larger (big imports) is written as a snapshot instead. */
  maxRecordBytes: number
  /** Compact after this long without a save. */
  quietMs: number
  /** How long a compaction that nothing waits for retries a refused rename (default 1 s). */
  optionalRenameRetryMs: number
}

export interface CompactionEvent {
  /** `required`: the save itself is a snapshot (no or huge patches, first write, broken journal). */
  reason: 'required' | 'size' | 'quiet' | 'close'
  seq: number
  ok: boolean
  durationMs: number
  /** Journal records folded in. */
  entries: number
}

/** Timers the database arms (the quiet-period compaction); tests drive them by hand. */
export interface StorageTimers {
  /** Calls `callback` once after `ms`; returns a function that cancels it. */
  set(callback: () => void, ms: number): () => void
}

/** A pure, forward-only step from schema version `from` to `from + 1`. */
export interface Migration {
  from: number
  migrate(data: unknown): unknown
}

export interface OpenDatabaseOptions<T> {
  dataDir: string
  /** Defaults to "dais-data.json". */
  fileName?: string
  schemaVersion: number
  migrations: readonly Migration[]
  defaults: () => T
  /** Throws when `data` is not a valid database at `schemaVersion`; returns the parsed value. */
  validate: (data: unknown) => T
  clock: Clock
  appVersion: string
  /** Take the single-writer lock file (default true). */
  lock?: boolean
  /** File-system layer; tests inject faults through it. Defaults to node:fs. */
  fs?: StorageFs
  /** Rolling backup interval and retention; defaults to 5 min, last 20, 48 hourly, 14 daily. */
  backupPolicy?: Partial<BackupPolicy>
  /** The files beside the data that backups keep and a restore puts back (see backup-files.ts). */
  sideFiles?: SideFilesOf<T>
  /** How long a refused rename is retried before the write counts as failed (default 10 s). */
  renameRetry?: Partial<RenameRetryPolicy>
  /** Show "retrying" once a rename has been refused for this long (default 500 ms). */
  alertAfterMs?: number
  /** Run `validate` on every mutation result before committing it (default true). */
  validateOnMutate?: boolean
  /**
   * Checks a mutation's result instead of running `validate` on the whole state: the app passes
   * one that validates only the parts immer's structural sharing shows as changed.
   */
  validateChange?: (before: T, after: T) => void
  /** How long `close` waits for pending writes before giving up (default 15 s). */
  closeTimeoutMs?: number
  /** Decides whether a lock file's owner still runs; defaults to a signal-0 probe. */
  isProcessAlive?: (pid: number) => boolean
  /** Journal bounds; defaults: 256 records, 1 MB, 256 KB per record, 2 s quiet. */
  journal?: Partial<JournalPolicy>
  /** Told about every compaction (tests, benchmarks). */
  onCompaction?: (event: CompactionEvent) => void
  /** Defaults to unref'd setTimeout. */
  timers?: StorageTimers
}

export interface Database<T> {
  /** The committed state. Frozen: change it only through `mutate`. */
  readonly data: T
  readonly readOnly: boolean
  /** What happened while opening (a restore, a migration, read-only mode). */
  readonly notices: readonly StartupNotice[]
  readonly filePath: string
  /** The seq of the state found on disk at opening (before any rewrite the opening needed). */
  readonly openedSeq: number
  /**
   * Runs `recipe` on a draft; if it throws nothing changes. Resolves once the new state is in
   * memory and queued for writing (use `flush` to wait until it is durable).
   */
  mutate<R>(recipe: (draft: T) => R): Promise<MutationResult<R, T>>
  /**
   * Resolves when everything committed so far is durable: appended to the journal and
   * fdatasync'd, or written as a new data file (fsync'd and renamed).
   */
  flush(): Promise<void>
  /**
   * Resolves once the commit `seq` is on disk; throws STORAGE_FAILED naming the cause when the
   * next attempt to write it fails (the change stays in memory and writing is retried).
   */
  whenDurable(seq: number): Promise<void>
  /**
   * The in-memory state as a complete data file (a valid `dais-data.json`) when some of it is not
   * on disk yet, else null: what a host saves elsewhere when the data folder cannot be written.
   * Works after a failed close too.
   */
  unsavedCopy(): Buffer | null
  status(): StorageStatus
  onStatus(listener: (status: StorageStatus) => void): () => void
  listBackups(): Promise<BackupInfo[]>
  createNamedBackup(name: string): Promise<BackupInfo>
  restoreBackup(id: string): Promise<BackupInfo>
  close(options?: CloseOptions): Promise<void>
}

export interface MutationResult<R, T> {
  value: R
  seq: number
  /** Immer patches that undo this mutation when applied to the new state. */
  inversePatches: readonly unknown[]
  before: T
  after: T
}

export interface CloseOptions {
  /** How long to keep trying to save before giving up (default: the open option closeTimeoutMs). */
  timeoutMs?: number
}
