import { dirname, join } from 'node:path'
import { safeChildPath } from '../safe-path'
import { makeFolderDurably, writeFileDurably, type RenameOptions } from './durable-write'
import { errorCode, exists, unlinkQuietly, type StorageFs } from './storage-fs'

/**
 * The files the data names beside it (a proposal's attachments), as paths relative to the data
 * folder with `/` between parts. A name is given to one content only: a changed file gets a new
 * name, so a file kept once never needs copying again.
 */
export type SideFilesOf<T> = (data: T) => readonly string[]

export const backupFilesFolderName = 'files'
const indexName = 'index.json'

/** Path → the time of the newest backup that named it (ISO). */
type KeptIndex = Record<string, string>

/**
 * The side files of the backups, in `backups/files/<same relative path>`: one copy per file
 * however many backups name it, kept while a backup that named it is kept.
 *
 * A backup keeps its files before its own file is written, so a backup never names a file the
 * folder lacks; `index.json` records, per file, the time of the newest backup that named it, and
 * a file whose time is older than every remaining backup is removed.
 */
export class BackupFiles {
  readonly folder: string

  constructor(
    private readonly fs: StorageFs,
    private readonly dataDir: string,
    backupsFolder: string,
    private readonly renameOptions: RenameOptions = {}
  ) {
    this.folder = join(backupsFolder, backupFilesFolderName)
  }

  /** Copies into the backups the files not yet there, and marks them named by a backup at `at`. */
  async keep(paths: readonly string[], at: string): Promise<void> {
    if (paths.length === 0) return
    const index = await this.readIndex()
    for (const path of paths) {
      const kept = this.pathIn(this.folder, path)
      if (!(await exists(this.fs, kept))) {
        let bytes: Buffer
        try {
          bytes = await this.fs.readFile(this.pathIn(this.dataDir, path))
        } catch (error) {
          if (errorCode(error) === 'ENOENT') continue
          throw error
        }
        await this.writeFile(kept, bytes)
      }
      if (!index[path] || index[path] < at) index[path] = at
    }
    await this.writeIndex(index)
  }

  /**
   * Puts back into the data folder each of `paths` it lacks, from the backups. Returns the paths
   * that neither has (a backup made before its files were kept, or a file already missing then).
   */
  async restore(paths: readonly string[]): Promise<string[]> {
    const missing: string[] = []
    for (const path of paths) {
      const live = this.pathIn(this.dataDir, path)
      if (await exists(this.fs, live)) continue
      let bytes: Buffer
      try {
        bytes = await this.fs.readFile(this.pathIn(this.folder, path))
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw error
        missing.push(path)
        continue
      }
      await this.writeFile(live, bytes)
    }
    return missing
  }

  /** Removes the files no backup made at or after `oldestBackupAt` can name. */
  async prune(oldestBackupAt: string | null): Promise<string[]> {
    const index = await this.readIndex()
    const removed = Object.keys(index).filter(
      (path) => oldestBackupAt === null || index[path]! < oldestBackupAt
    )
    if (removed.length === 0) return []
    for (const path of removed) {
      await unlinkQuietly(this.fs, this.pathIn(this.folder, path))
      delete index[path]
    }
    await this.writeIndex(index)
    return removed
  }

  private pathIn(root: string, path: string): string {
    return path.split('/').reduce((dir, part) => safeChildPath(dir, part, 'backup file'), root)
  }

  private async writeFile(path: string, bytes: Uint8Array): Promise<void> {
    await makeFolderDurably(this.fs, dirname(path))
    await writeFileDurably(this.fs, path, bytes, this.renameOptions)
  }

  /** An unreadable index counts every file as named just now: nothing is removed early. */
  private async readIndex(): Promise<KeptIndex> {
    try {
      const parsed = JSON.parse((await this.fs.readFile(join(this.folder, indexName))).toString())
      if (typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed))
        return Object.fromEntries(
          Object.entries(parsed as Record<string, unknown>).filter(
            (entry): entry is [string, string] => typeof entry[1] === 'string'
          )
        )
    } catch (error) {
      if (errorCode(error) !== 'ENOENT' && !(error instanceof SyntaxError)) throw error
    }
    return {}
  }

  private async writeIndex(index: KeptIndex): Promise<void> {
    await this.writeFile(join(this.folder, indexName), Buffer.from(JSON.stringify(index)))
  }
}
