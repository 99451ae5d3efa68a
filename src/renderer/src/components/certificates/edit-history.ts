/**
 * The designer's local undo before a save: snapshots of the template, newest last. Edits that
 * share a `mergeKey` within `mergeWindowMs` (typing in one input, one drag) count as one step.
 */
export interface EditHistory<T> {
  /** Call before applying an edit, with the state it replaces. */
  record(before: T, mergeKey?: string): void
  /** The state to go back to, or null when there is nothing to undo. */
  undo(current: T): T | null
  redo(current: T): T | null
  clear(): void
  readonly canUndo: boolean
  readonly canRedo: boolean
}

export function createEditHistory<T>(options: {
  clone: (value: T) => T
  now: () => number
  limit?: number
  mergeWindowMs?: number
}): EditHistory<T> {
  const limit = options.limit ?? 100
  const mergeWindowMs = options.mergeWindowMs ?? 1000
  const past: T[] = []
  const future: T[] = []
  let last: { key: string; at: number } | null = null

  return {
    record(before, mergeKey) {
      const at = options.now()
      future.length = 0
      if (mergeKey && last && last.key === mergeKey && at - last.at <= mergeWindowMs) {
        last.at = at
        return
      }
      past.push(options.clone(before))
      if (past.length > limit) past.shift()
      last = mergeKey ? { key: mergeKey, at } : null
    },
    undo(current) {
      const previous = past.pop()
      if (previous === undefined) return null
      future.push(options.clone(current))
      last = null
      return previous
    },
    redo(current) {
      const next = future.pop()
      if (next === undefined) return null
      past.push(options.clone(current))
      last = null
      return next
    },
    clear() {
      past.length = 0
      future.length = 0
      last = null
    },
    get canUndo() {
      return past.length > 0
    },
    get canRedo() {
      return future.length > 0
    }
  }
}
