import { dirname } from 'node:path'
import { syncFolder } from './durable-write'
import type { StorageFileHandle, StorageFs } from './storage-fs'

/**
 * The open journal file. `reset` empties it (only once the data file holds everything in it);
 * `append` writes one record and fdatasyncs it: when it resolves the record is durable. After a
 * failed append the file may end in a partial record, so the journal stays closed until the
 * next reset, which only a successful compaction may do.
 */
export class JournalWriter {
  private handle: StorageFileHandle | null = null
  /** The journal's folder entry is known durable (it is synced once, after the first create). */
  private linked = false
  entries = 0
  bytes = 0

  constructor(
    private readonly fs: StorageFs,
    readonly path: string
  ) {}

  get isOpen(): boolean {
    return this.handle !== null
  }

  async reset(): Promise<void> {
    await this.close()
    const handle = await this.fs.open(this.path, 'w')
    try {
      await handle.datasync()
      if (!this.linked) {
        await syncFolder(this.fs, dirname(this.path))
        this.linked = true
      }
    } catch (error) {
      await handle.close().catch(() => undefined)
      throw error
    }
    this.handle = handle
    this.entries = 0
    this.bytes = 0
  }

  async append(record: Uint8Array): Promise<void> {
    const handle = this.handle
    if (!handle) throw new Error('the journal is not open')
    try {
      await handle.write(record)
      await handle.datasync()
    } catch (error) {
      await this.close()
      throw error
    }
    this.entries += 1
    this.bytes += record.length
  }

  async close(): Promise<void> {
    const handle = this.handle
    this.handle = null
    await handle?.close().catch(() => undefined)
  }
}
