import { getCurrentInstance, onBeforeUnmount } from 'vue'
import { trackUnsavedEdit } from './unsaved-edits'

/**
 * Saves what is typed after a short pause, one pending save per key (a cell, a field); leaving
 * the screen starts every pending save at once.
 */
export function useSaveAsTyped(delayMs = 400) {
  const pending = new Map<string, { timer: ReturnType<typeof setTimeout>; save: () => unknown }>()
  let inFlight = 0
  const run = (key: string) => {
    const entry = pending.get(key)
    if (!entry) return
    clearTimeout(entry.timer)
    pending.delete(key)
    const done = entry.save()
    if (done instanceof Promise) {
      inFlight++
      void done.finally(() => inFlight--)
    }
  }
  const flush = () => {
    for (const key of [...pending.keys()]) run(key)
  }
  trackUnsavedEdit({ isUnsaved: () => pending.size > 0, flush })
  if (getCurrentInstance()) onBeforeUnmount(flush)
  return {
    /** `save` runs after the pause; a promise it returns counts as pending until it settles. */
    schedule(key: string, save: () => unknown) {
      const existing = pending.get(key)
      if (existing) clearTimeout(existing.timer)
      pending.set(key, { timer: setTimeout(() => run(key), delayMs), save })
    },
    /** Drops the save waiting under `key` (what it would save was refused since); true if one was. */
    cancel(key: string): boolean {
      const entry = pending.get(key)
      if (!entry) return false
      clearTimeout(entry.timer)
      pending.delete(key)
      return true
    },
    flush,
    pending: () => pending.size > 0 || inFlight > 0
  }
}
