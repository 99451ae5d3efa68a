import { join } from 'node:path'
import { safeChildPath } from '../safe-path'
import type { BackupInfo } from '@shared/entities'
import { makeFolderDurably, writeFileDurably, type RenameOptions } from './durable-write'
import { decodeEnvelope, encodeEnvelope, type Envelope, type EnvelopeFields } from './envelope'
import { errorCode, exists, type StorageFs } from './storage-fs'

export interface BackupPolicy {
  /** At most one rolling generation per this many minutes of activity (injected clock). */
  rollingIntervalMinutes: number
  keepLast: number
  keepHourly: number
  keepDaily: number
}

export const defaultBackupPolicy: BackupPolicy = {
  rollingIntervalMinutes: 5,
  keepLast: 20,
  keepHourly: 48,
  keepDaily: 14
}

export const backupsFolderName = 'backups'

const fileNamePattern =
  /^(rolling|named)-(\d{4}-\d{2}-\d{2}T\d{2}-\d{2}-\d{2}-\d{3}Z)-s(\d+)(?:\.(\d+))?(?:-(.*))?\.json$/

/** `2025-09-05T08:30:00.000Z` → `2025-09-05T08-30-00-000Z` (no characters Windows refuses). */
export function fileStamp(iso: string): string {
  return iso.replace(/[:.]/g, '-')
}

function isoFromStamp(stamp: string): string {
  const [date, time] = stamp.split('T') as [string, string]
  const [h, m, s, ms] = time.replace('Z', '').split('-')
  return `${date}T${h}:${m}:${s}.${ms}Z`
}

/** Keeps a name readable in the file name while avoiding characters no file system accepts. */
function slugForFileName(name: string): string {
  return name
    .normalize('NFC')
    .replace(/[<>:"/\\|?*]/g, '_')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .trim()
    .replace(/[. ]+$/, '')
    .slice(0, 80)
}

export function parseBackupFileName(fileName: string): Omit<BackupInfo, 'sizeBytes'> | null {
  const match = fileNamePattern.exec(fileName.normalize('NFC'))
  if (!match) return null
  const [, kind, stamp, seq, , name] = match
  return {
    id: fileName.normalize('NFC').replace(/\.json$/, ''),
    kind: kind as BackupInfo['kind'],
    name: name ?? '',
    createdAt: isoFromStamp(stamp!),
    seq: Number(seq)
  }
}

export class BackupVerificationError extends Error {
  override name = 'BackupVerificationError'
}

export class BackupStore {
  readonly folder: string

  constructor(
    private readonly fs: StorageFs,
    dataDir: string,
    private readonly renameOptions: RenameOptions = {}
  ) {
    this.folder = join(dataDir, backupsFolderName)
  }

  pathOf(id: string): string {
    if (!parseBackupFileName(`${id}.json`)) throw new Error(`not a backup id: ${id}`)
    return safeChildPath(this.folder, `${id}.json`, 'backup id')
  }

  /** Newest first (by seq, then time). Reads only names and sizes. */
  async list(): Promise<BackupInfo[]> {
    let names: string[]
    try {
      names = await this.fs.readdir(this.folder)
    } catch (error) {
      if (errorCode(error) === 'ENOENT') return []
      throw error
    }
    const infos: BackupInfo[] = []
    for (const fileName of names) {
      const parsed = parseBackupFileName(fileName)
      if (!parsed) continue
      try {
        const { size } = await this.fs.stat(join(this.folder, fileName))
        infos.push({ ...parsed, sizeBytes: size })
      } catch (error) {
        if (errorCode(error) !== 'ENOENT') throw error
      }
    }
    return infos.sort(newestFirst)
  }

  /**
   * Writes a backup of in-memory state the durable way, then reads it back and checks it. The
   * checksum is computed from `data`, never copied from the live file.
   */
  async write(
    kind: BackupInfo['kind'],
    name: string,
    fields: Omit<EnvelopeFields, 'backup'>,
    data: unknown
  ): Promise<BackupInfo> {
    await makeFolderDurably(this.fs, this.folder)
    const slug = kind === 'named' ? slugForFileName(name) : ''
    const base = `${kind}-${fileStamp(fields.savedAt)}-s${fields.seq}`
    let fileName = `${base}${slug ? `-${slug}` : ''}.json`
    for (let n = 2; await exists(this.fs, join(this.folder, fileName)); n += 1) {
      fileName = `${base}.${n}${slug ? `-${slug}` : ''}.json`
    }
    const bytes = encodeEnvelope(
      { ...fields, backup: { kind, name, createdAt: fields.savedAt } },
      data
    )
    const path = join(this.folder, fileName)
    await writeFileDurably(this.fs, path, bytes, this.renameOptions)
    const readBack = decodeEnvelope(await this.fs.readFile(path))
    if (!readBack.ok || readBack.envelope.seq !== fields.seq) {
      throw new BackupVerificationError(
        `backup ${fileName} did not verify after writing: ${readBack.ok ? 'wrong seq' : readBack.problem}`
      )
    }
    const info = parseBackupFileName(fileName)!
    return { ...info, name, sizeBytes: bytes.length }
  }

  /** Reads and verifies one backup; throws `BackupVerificationError` when it is damaged. */
  async read(id: string): Promise<Envelope> {
    const result = decodeEnvelope(await this.fs.readFile(this.pathOf(id)))
    if (!result.ok) throw new BackupVerificationError(`backup ${id} is damaged: ${result.problem}`)
    return result.envelope
  }

  /** Deletes rolling generations outside the keep-last / hourly / daily windows. */
  async prune(policy: BackupPolicy): Promise<string[]> {
    const rolling = (await this.list()).filter((info) => info.kind === 'rolling')
    const keep = rollingGenerationsToKeep(rolling, policy)
    const removed: string[] = []
    for (const info of rolling) {
      if (keep.has(info.id)) continue
      await this.fs.unlink(this.pathOf(info.id))
      removed.push(info.id)
    }
    return removed
  }
}

/** Newest first; of two copies of the same state, the named one first (its name says more). */
function newestFirst(a: BackupInfo, b: BackupInfo): number {
  return (
    b.seq - a.seq ||
    b.createdAt.localeCompare(a.createdAt) ||
    kindRank(a) - kindRank(b) ||
    b.id.localeCompare(a.id)
  )
}

function kindRank(info: BackupInfo): number {
  return info.kind === 'named' ? 0 : 1
}

/** `rolling` must be newest first. Keeps the newest of each hour and day bucket. */
export function rollingGenerationsToKeep(
  rolling: readonly BackupInfo[],
  policy: BackupPolicy
): Set<string> {
  const keep = new Set(rolling.slice(0, policy.keepLast).map((info) => info.id))
  const keepNewestPerBucket = (bucketOf: (iso: string) => string, count: number): void => {
    const buckets = new Set<string>()
    for (const info of rolling) {
      const bucket = bucketOf(info.createdAt)
      if (buckets.has(bucket)) continue
      if (buckets.size >= count) break
      buckets.add(bucket)
      keep.add(info.id)
    }
  }
  keepNewestPerBucket((iso) => iso.slice(0, 13), policy.keepHourly)
  keepNewestPerBucket((iso) => iso.slice(0, 10), policy.keepDaily)
  return keep
}
