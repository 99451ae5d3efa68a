import type { BackupInfo } from '@shared/entities'
import type { Clock } from '../app-context'
import type { BackupFiles, SideFilesOf } from './backup-files'
import type { BackupPolicy, BackupStore } from './backups'
import type { StoredState } from './envelope-adapter'

export interface BackupScheduleOptions<T> {
  backups: BackupStore
  policy: BackupPolicy
  clock: Clock
  schemaVersion: number
  appVersion: string
  /** The latest committed state. */
  state(): StoredState<T>
  /** The files beside the data that a backup keeps too (none when absent). */
  sideFiles?: { of: SideFilesOf<T>; store: BackupFiles }
}

/**
 * Backups of the committed state, one at a time: named ones on request, and at most one rolling
 * generation per interval of activity (a failure retries after the next write).
 */
export class BackupSchedule<T> {
  private chain: Promise<unknown> = Promise.resolve()
  private rollingPending = false

  private constructor(
    private readonly options: BackupScheduleOptions<T>,
    private lastRollingAt: number | null
  ) {}

  static async start<T>(options: BackupScheduleOptions<T>): Promise<BackupSchedule<T>> {
    const newestRolling = (await options.backups.list()).find((info) => info.kind === 'rolling')
    return new BackupSchedule(options, newestRolling ? Date.parse(newestRolling.createdAt) : null)
  }

  /** Runs `task` after every backup queued before it. */
  enqueue<R>(task: () => Promise<R>): Promise<R> {
    const result = this.chain.then(task)
    this.chain = result.catch(() => undefined)
    return result
  }

  /** Resolves once every backup queued so far has finished (or failed). */
  settled(): Promise<unknown> {
    return this.chain
  }

  async ofCommittedState(kind: BackupInfo['kind'], name: string): Promise<BackupInfo> {
    const { backups, clock, schemaVersion, appVersion } = this.options
    const state = this.options.state()
    const savedAt = clock.now().toISOString()
    const side = this.options.sideFiles
    // The files first: a backup on disk never names a file the backups lack.
    if (side) await side.store.keep(side.of(state.data), savedAt)
    return backups.write(
      kind,
      name,
      { schemaVersion, appVersion, seq: state.seq, savedAt },
      state.data
    )
  }

  /** Removes the side files that no remaining backup names. */
  private async pruneSideFiles(): Promise<void> {
    const side = this.options.sideFiles
    if (!side) return
    const remaining = await this.options.backups.list()
    const oldest = remaining.reduce<string | null>(
      (min, info) => (min === null || info.createdAt < min ? info.createdAt : min),
      null
    )
    await side.store.prune(oldest)
  }

  /** After a write: a rolling generation when the interval since the last one has passed. */
  afterWrite(): void {
    const { clock, policy, backups } = this.options
    const now = clock.now().getTime()
    const intervalMs = policy.rollingIntervalMinutes * 60_000
    if (
      this.rollingPending ||
      (this.lastRollingAt !== null && now - this.lastRollingAt < intervalMs)
    )
      return
    this.rollingPending = true
    void this.enqueue(async () => {
      await this.ofCommittedState('rolling', '')
      this.lastRollingAt = now
      await backups.prune(policy)
      await this.pruneSideFiles()
    })
      .catch(() => undefined)
      .finally(() => {
        this.rollingPending = false
      })
  }
}
