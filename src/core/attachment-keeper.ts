import { readdir, rm, rmdir } from 'node:fs/promises'
import { join } from 'node:path'
import type { DatabaseData } from './schema/database-schema'
import { attachmentsFolderName, sideFilesOf, storedNamePattern } from './schema/side-files'

/**
 * Keeps a proposal's attachment files while something can still name them, and removes them
 * after: a deleted proposal's or a removed attachment's file stays while the undo history can put
 * it back, and goes once that history is forgotten (a change that cannot be undone, a restore,
 * the 50-step limit, or the next start). The backups keep their own copies.
 */
export function createAttachmentKeeper(options: {
  dataDir: string
  read: () => DatabaseData
  /** The undo history's patches: any stored name in them can come back. */
  remembered: () => readonly unknown[]
  onError?: (error: unknown) => void
}) {
  const root = join(options.dataDir, attachmentsFolderName)
  /** Files written whose record is not committed yet (`<proposal>/<stored name>`). */
  const adding = new Set<string>()
  let chain: Promise<void> = Promise.resolve()

  /**
   * A file named by neither the data nor the undo history can only be named again by an add in
   * progress, checked at each removal; an undo puts back only what its patches, read here, hold.
   */
  async function sweepNow(): Promise<string[]> {
    const named = new Set(sideFilesOf(options.read()))
    const remembered = storedNamesIn(options.remembered())
    const removed: string[] = []
    for (const proposalId of await namesIn(root)) {
      if (!storedNamePattern.test(proposalId)) continue
      const folder = join(root, proposalId)
      for (const storedAs of await namesIn(folder)) {
        if (!storedNamePattern.test(storedAs) || remembered.has(storedAs)) continue
        const path = `${attachmentsFolderName}/${proposalId}/${storedAs}`
        if (named.has(path) || adding.has(`${proposalId}/${storedAs}`)) continue
        // added since the sweep began
        if (sideFilesOf(options.read()).includes(path)) continue
        await rm(join(folder, storedAs), { force: true })
        removed.push(`${proposalId}/${storedAs}`)
      }
      if ((await namesIn(folder)).length === 0) await rmdir(folder).catch(() => undefined)
    }
    return removed
  }

  return {
    /** Runs `task`, which writes a new file and then its record: the file is never swept between. */
    async adding<R>(proposalId: string, storedAs: string, task: () => Promise<R>): Promise<R> {
      const key = `${proposalId}/${storedAs}`
      adding.add(key)
      try {
        return await task()
      } finally {
        adding.delete(key)
      }
    },
    /** Removes the files nothing names any more; one sweep at a time. Resolves with them. */
    sweep(): Promise<string[]> {
      const run = chain.then(sweepNow)
      chain = run.then(
        () => undefined,
        (error: unknown) => (options.onError ?? console.error)(error)
      )
      return run
    },
    /** Resolves when the sweeps asked for so far have finished. */
    settled: (): Promise<void> => chain
  }
}

export type AttachmentKeeper = ReturnType<typeof createAttachmentKeeper>

async function namesIn(folder: string): Promise<string[]> {
  try {
    return await readdir(folder)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'ENOTDIR') return []
    throw error
  }
}

/** Every `storedAs` string inside `values` (records, arrays, patches), however deep. */
function storedNamesIn(values: readonly unknown[]): Set<string> {
  const names = new Set<string>()
  const visit = (value: unknown): void => {
    if (Array.isArray(value)) value.forEach(visit)
    else if (typeof value === 'object' && value !== null) {
      for (const [key, inner] of Object.entries(value)) {
        if (key === 'storedAs' && typeof inner === 'string') names.add(inner)
        else visit(inner)
      }
    }
  }
  values.forEach(visit)
  return names
}
