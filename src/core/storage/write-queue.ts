import { sleep } from './storage-fs'

export interface WriteQueueOptions {
  /** Writes the latest committed state and returns the seq it wrote. */
  writeLatest(): Promise<number>
  committedSeq(): number
  onWritten(seq: number): void
  onFailed(error: unknown, consecutiveFailures: number): void
  /** Pause before retrying after a failed attempt. */
  retryDelayMs?: (consecutiveFailures: number) => number
}

interface FlushWaiter {
  seq: number
  resolve: () => void
  reject: (error: unknown) => void
  /** Rejected by the first failed attempt instead of waiting through the retries. */
  failFast?: boolean
}

const defaultRetryDelayMs = (failures: number): number => Math.min(250 * 2 ** (failures - 1), 2_000)

/**
 * One writer for one file. Changes committed while a write is in flight are coalesced into the
 * next write, which always takes the latest state; a failed write is retried in the background
 * until it succeeds or the queue is stopped.
 */
export class WriteQueue {
  private durable: number
  private running = false
  private stopped = false
  private failures = 0
  private waiters: FlushWaiter[] = []

  constructor(
    private readonly options: WriteQueueOptions,
    initialDurableSeq: number
  ) {
    this.durable = initialDurableSeq
  }

  get durableSeq(): number {
    return this.durable
  }

  get idle(): boolean {
    return !this.running
  }

  /** Something was committed: make sure a write follows. Never waits for the disk. */
  notify(): void {
    if (this.running || this.stopped) return
    this.running = true
    // A burst of synchronous commits lands before this runs and is written once.
    setImmediate(() => void this.run())
  }

  /** Resolves once everything committed before the call is durable. */
  flush(): Promise<void> {
    const seq = this.options.committedSeq()
    if (this.durable >= seq) return Promise.resolve()
    return new Promise((resolve, reject) => {
      this.waiters.push({ seq, resolve, reject })
      this.notify()
    })
  }

  /**
   * Resolves once `seq` is durable; rejects with the error of the first attempt that fails
   * after the call, while writing goes on in the background: a request can answer "not saved"
   * instead of waiting for a disk that may never come back.
   */
  whenDurable(seq: number): Promise<void> {
    if (this.durable >= seq) return Promise.resolve()
    return new Promise((resolve, reject) => {
      this.waiters.push({ seq, resolve, reject, failFast: true })
      this.notify()
    })
  }

  /** Stops background retries; pending flushes are rejected with `reason`. */
  stop(reason: Error): void {
    this.stopped = true
    for (const waiter of this.waiters) waiter.reject(reason)
    this.waiters = []
  }

  private async run(): Promise<void> {
    try {
      while (!this.stopped && this.durable < this.options.committedSeq()) {
        try {
          const written = await this.options.writeLatest()
          this.failures = 0
          this.durable = Math.max(this.durable, written)
          this.releaseWaiters()
          this.options.onWritten(written)
        } catch (error) {
          this.failures += 1
          this.options.onFailed(error, this.failures)
          for (const waiter of this.waiters) if (waiter.failFast) waiter.reject(error)
          this.waiters = this.waiters.filter((waiter) => !waiter.failFast)
          await sleep((this.options.retryDelayMs ?? defaultRetryDelayMs)(this.failures))
        }
      }
    } finally {
      this.running = false
    }
    if (!this.stopped && this.durable < this.options.committedSeq()) this.notify()
  }

  private releaseWaiters(): void {
    const still: FlushWaiter[] = []
    for (const waiter of this.waiters) {
      if (waiter.seq <= this.durable) waiter.resolve()
      else still.push(waiter)
    }
    this.waiters = still
  }
}
