import { join } from 'node:path'
import type { Patch } from 'immer'
import type { Clock } from '../app-context'
import type { CompactionEvent, JournalPolicy, StorageTimers } from './database-types'
import type { RenameOptions } from './durable-write'
import { serializeData } from './envelope'
import type { EnvelopeAdapter, StoredState } from './envelope-adapter'
import { encodeJournalRecord, journalFileNameFor, type JournalBase } from './journal-format'
import { JournalWriter } from './journal-writer'
import type { StorageFs } from './storage-fs'

/** A commit not yet durable; `patches` null when it must be saved as a snapshot (a restore). */
interface PendingCommit {
  seq: number
  patches: readonly Patch[] | null
}

export interface JournalSaverOptions<T> {
  fs: StorageFs
  dataDir: string
  fileName: string
  adapter: EnvelopeAdapter<T>
  appVersion: string
  clock: Clock
  policy: JournalPolicy
  timers: StorageTimers
  rename: RenameOptions
  /** The data file the journal builds on at opening; null: the first save must be a snapshot. */
  snapshot: JournalBase | null
  /** The latest committed state. */
  state(): StoredState<T>
  readOnly: boolean
  /** True once the database is closing: no new optional compaction starts. */
  closed(): boolean
  onCompaction?: (event: CompactionEvent) => void
}

/**
 * How committed states reach the disk (docs/storage-journal.md): each save appends one
 * checksummed journal record, or writes the whole data file (a compaction) when a record cannot
 * be used; compaction also runs when the journal grows past its bounds or after a quiet period.
 */
export class JournalSaver<T> {
  private readonly journal: JournalWriter
  /** The data file the journal builds on; null: the next save must be a snapshot write. */
  private base: JournalBase | null
  /** The seq of the state the data file plus the journal hold. */
  private journaledSeq: number
  private pending: PendingCommit[] = []
  private compactAtEntries: number
  private compactAtBytes: number
  private optionalCompactionQueued = false
  private cancelQuietTimer: (() => void) | null = null
  private diskChain: Promise<unknown> = Promise.resolve()
  private readonly optionalRename: RenameOptions

  constructor(private readonly options: JournalSaverOptions<T>) {
    this.journal = new JournalWriter(
      options.fs,
      join(options.dataDir, journalFileNameFor(options.fileName))
    )
    this.base = options.snapshot
    this.journaledSeq = options.snapshot?.seq ?? 0
    this.compactAtEntries = options.policy.maxEntries
    this.compactAtBytes = options.policy.maxBytes
    this.optionalRename = {
      policy: { ...options.rename.policy!, retryForMs: options.policy.optionalRenameRetryMs }
    }
  }

  /** Records a commit to save; `patches` null when only a snapshot write can save it. */
  add(seq: number, patches: readonly Patch[] | null): void {
    this.pending.push({ seq, patches })
  }

  /** Every write to the data file or the journal runs alone, in order. */
  exclusively<R>(task: () => Promise<R>): Promise<R> {
    const result = this.diskChain.then(task)
    this.diskChain = result.catch(() => undefined)
    return result
  }

  /** Saves the latest committed state: one journal append, or a snapshot write. */
  async saveLatest(): Promise<number> {
    const state = this.options.state()
    const batch = this.pending.filter((commit) => commit.seq <= state.seq)
    const record = this.recordFor(state, batch)
    let appended = false
    if (record !== null) {
      try {
        if (!this.journal.isOpen) await this.journal.reset()
        await this.journal.append(record)
        appended = true
      } catch {
        // The journal may end in a partial record now: only a snapshot write may follow it.
        this.base = null
      }
    }
    if (appended) {
      this.journaledSeq = state.seq
      this.afterAppend()
    } else {
      await this.compact(state, 'required')
    }
    this.pending = this.pending.filter((commit) => commit.seq > state.seq)
    return state.seq
  }

  /**
   * Folds the journal into the data file when nothing waits to be saved. A failure changes
   * nothing that matters (the journal still holds every change); the size bound is retried
   * after another bound's worth of records, the quiet period after the next save.
   */
  async compactWhenIdle(reason: CompactionEvent['reason']): Promise<void> {
    const state = this.options.state()
    const idle = state.seq === this.journaledSeq
    if (this.options.readOnly || this.base === null || this.journal.entries === 0 || !idle) return
    try {
      await this.compact(state, reason, this.optionalRename)
    } catch {
      this.compactAtEntries = this.journal.entries + this.options.policy.maxEntries
      this.compactAtBytes = this.journal.bytes + this.options.policy.maxBytes
    }
  }

  stopQuietTimer(): void {
    this.cancelQuietTimer?.()
    this.cancelQuietTimer = null
  }

  close(): Promise<void> {
    return this.journal.close()
  }

  private reportCompaction(event: CompactionEvent): void {
    try {
      this.options.onCompaction?.(event)
    } catch {
      // An observer's bug must not break saving.
    }
  }

  /** The full durable snapshot write, then a fresh journal. Throws when the snapshot fails. */
  private async compact(
    state: StoredState<T>,
    reason: CompactionEvent['reason'],
    renameOptions?: RenameOptions
  ): Promise<void> {
    const { adapter, policy } = this.options
    const started = performance.now()
    const entries = this.journal.entries
    try {
      await adapter.write(state, renameOptions)
    } catch (error) {
      // Once the data file was replaced, the journal no longer builds on it.
      if (adapter.lastWriteRenamed) this.base = null
      this.reportCompaction({ reason, seq: state.seq, ok: false, durationMs: 0, entries })
      throw error
    }
    this.base = { seq: state.seq, checksum: serializeData(state.data).checksum }
    this.journaledSeq = state.seq
    this.compactAtEntries = policy.maxEntries
    this.compactAtBytes = policy.maxBytes
    this.stopQuietTimer()
    // The old journal is stale now; if it cannot be emptied, the next append retries.
    await this.journal.reset().catch(() => undefined)
    const durationMs = performance.now() - started
    this.reportCompaction({ reason, seq: state.seq, ok: true, durationMs, entries })
  }

  /** The record for `batch`, or null when this save must be a snapshot write. */
  private recordFor(state: StoredState<T>, batch: readonly PendingCommit[]): Buffer | null {
    const { policy, appVersion, clock } = this.options
    if (this.base === null || policy.maxEntries === 0) return null
    const patchesJson: string[] = []
    let size = 0
    for (const commit of batch) {
      if (commit.patches === null) return null
      const json = JSON.stringify(commit.patches)
      size += json.length
      if (size > policy.maxRecordBytes) return null
      patchesJson.push(json)
    }
    const record = encodeJournalRecord(
      {
        seq: state.seq,
        prev: this.journaledSeq,
        base: this.base,
        app: appVersion,
        at: clock.now().toISOString()
      },
      patchesJson
    )
    return record.length > policy.maxRecordBytes ? null : record
  }

  private afterAppend(): void {
    if (
      this.journal.entries >= this.compactAtEntries ||
      this.journal.bytes >= this.compactAtBytes
    ) {
      this.requestOptionalCompaction('size')
      return
    }
    this.cancelQuietTimer?.()
    this.cancelQuietTimer = this.options.timers.set(() => {
      this.cancelQuietTimer = null
      this.requestOptionalCompaction('quiet')
    }, this.options.policy.quietMs)
  }

  private requestOptionalCompaction(reason: CompactionEvent['reason']): void {
    if (this.optionalCompactionQueued || this.options.closed()) return
    this.optionalCompactionQueued = true
    void this.exclusively(async () => {
      this.optionalCompactionQueued = false
      await this.compactWhenIdle(reason)
    })
  }
}
