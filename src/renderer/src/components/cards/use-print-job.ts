import { computed, shallowRef } from 'vue'
import type { FileOut } from '@shared/contract-part'
import { api, ApiError, onAppEventOf } from '../../api'
import { useNotify } from '../../use-notify'

/**
 * One long print (cards, invitations) at a time: its progress from the app's progress events,
 * a cancel, and the file it made. `run` resolves with the file, or null when cancelled.
 */
export function usePrintJob() {
  const notify = useNotify()
  const job = shallowRef<{ jobId: string; done: number; total: number } | null>(null)
  const file = shallowRef<FileOut | null>(null)
  const cancelled = shallowRef(false)

  async function run(start: (jobId: string) => Promise<FileOut>): Promise<FileOut | null> {
    const jobId = `print-${crypto.randomUUID()}`
    job.value = { jobId, done: 0, total: 0 }
    file.value = null
    cancelled.value = false
    const stop = onAppEventOf('progress', (p) => {
      if (p.jobId === jobId && job.value?.jobId === jobId)
        job.value = { jobId, done: p.done, total: p.total }
    })
    try {
      file.value = await start(jobId)
      return file.value
    } catch (error) {
      if (error instanceof ApiError && error.code === 'CANCELLED') {
        cancelled.value = true
        return null
      }
      throw error
    } finally {
      stop()
      if (job.value?.jobId === jobId) job.value = null
    }
  }

  /** `run`, with a refusal or failure shown to the user (then null, as when cancelled). */
  async function runAndReport(start: (jobId: string) => Promise<FileOut>): Promise<FileOut | null> {
    try {
      return await run(start)
    } catch (error) {
      notify.error(error)
      return null
    }
  }

  async function cancel(): Promise<void> {
    if (job.value) await api.cancelJob({ jobId: job.value.jobId })
  }

  const percent = computed(() =>
    job.value && job.value.total ? Math.round((job.value.done / job.value.total) * 100) : 0
  )
  return {
    job,
    file,
    cancelled,
    percent,
    run,
    runAndReport,
    cancel,
    running: computed(() => !!job.value)
  }
}

export type PrintJob = ReturnType<typeof usePrintJob>
