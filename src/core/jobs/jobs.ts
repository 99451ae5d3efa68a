import { AppError } from '@shared/result'

export interface Job {
  readonly id: string
  readonly signal: AbortSignal
  /** Throws CANCELLED once cancelJob was called for this job. */
  throwIfCancelled(): void
}

/** Long-running jobs by the caller's jobId, so a second request can cancel the first. */
export function createJobRegistry() {
  const running = new Map<string, AbortController>()
  return {
    async run<T>(id: string, work: (job: Job) => Promise<T>): Promise<T> {
      if (running.has(id)) throw new AppError('CONFLICT', `Job ${id} is already running.`)
      const controller = new AbortController()
      running.set(id, controller)
      const job: Job = {
        id,
        signal: controller.signal,
        throwIfCancelled: () => {
          if (controller.signal.aborted)
            throw new AppError('CANCELLED', 'Cancelled; nothing was saved.')
        }
      }
      try {
        return await work(job)
      } finally {
        running.delete(id)
      }
    },
    cancel(id: string): boolean {
      const c = running.get(id)
      if (!c) return false
      c.abort()
      return true
    },
    isRunning: (id: string) => running.has(id)
  }
}
export type JobRegistry = ReturnType<typeof createJobRegistry>

/**
 * Milliseconds on a monotonic clock, for pacing work (never a date). process.hrtime, not the
 * global `performance`, whose first use loads Node's perf_hooks (~2 ms of a `dais` command).
 */
export const monotonicMs = (): number => Number(process.hrtime.bigint()) / 1e6

/** Lets timers, I/O and cancel requests through when the loop has been busy for a while. */
export function createYielder(everyMs = 15) {
  let last = monotonicMs()
  return async (): Promise<void> => {
    const now = monotonicMs()
    if (now - last < everyMs) return
    await new Promise<void>((resolve) => setImmediate(resolve))
    last = monotonicMs()
  }
}
