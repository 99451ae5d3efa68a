import { basename, join } from 'node:path'
import type { BackupInfo } from '@shared/entities'
import { BackupStore } from './backups'
import { isTempFileOf } from './durable-write'
import { decodeEnvelope, type Envelope } from './envelope'
import { readJournalRecords } from './journal-format'
import { applyJournal, readJournalFile, type JournalFile } from './journal-recovery'
import { lockFileName, lockOwnerRunning, readLockFile } from './lock-file'
import { isSetAside } from './set-aside'
import { errorCode, nodeStorageFs, type StorageFs } from './storage-fs'
import { isLikelySyncedFolder } from './synced-folder'

export interface DataFileReport {
  path: string
  exists: boolean
  ok: boolean
  sizeBytes: number | null
  schemaVersion: number | null
  appVersion: string | null
  seq: number | null
  savedAt: string | null
  problem: string | null
}

export interface JournalReport {
  path: string
  exists: boolean
  sizeBytes: number | null
  /** Verified records that build on the data file (what the next start replays). */
  records: number
  /** The seq the data file plus these records reach; null without a usable data file. */
  savedSeq: number | null
  /** When the newest replayable record was written. */
  lastChangeAt: string | null
  /** An append that never completed; the next start drops it. Not a problem. */
  tornTail: boolean
  /** Why the next start would keep the journal aside; null when it is fine. */
  problem: string | null
}

export interface BackupReport extends BackupInfo {
  ok: boolean
  problem: string | null
}

export interface DataFolderReport {
  healthy: boolean
  problems: string[]
  dataDir: string
  file: DataFileReport
  /** The change journal beside the data file (see docs/storage-journal.md). */
  journal: JournalReport
  backups: BackupReport[]
  /** Temp files left by an interrupted or refused save. */
  leftoverTemps: string[]
  /** Damaged data files and journals moved aside at earlier starts. */
  quarantined: string[]
  lock: { present: boolean; pid: number | null; ownerRunning: boolean }
  likelySyncedFolder: boolean
}

export interface InspectOptions {
  fileName?: string
  /** The newest schema version this build reads; a newer file is reported. */
  schemaVersion?: number
  fs?: StorageFs
}

/**
 * Checks the data file and every backup (read back, checksum) without taking the lock or
 * changing anything. For `dais doctor`.
 */
export async function inspectDataFolder(
  dataDir: string,
  options: InspectOptions = {}
): Promise<DataFolderReport> {
  const fs = options.fs ?? nodeStorageFs
  const fileName = options.fileName ?? 'dais-data.json'
  const path = join(dataDir, fileName)
  const problems: string[] = []
  // The journal first: a compaction in between leaves a stale journal beside a newer data file,
  // never a fresh journal beside an older one.
  const journalFile = await readJournalFile(fs, dataDir, fileName)
  let usable: Envelope | null = null

  const file: DataFileReport = {
    path,
    exists: false,
    ok: false,
    sizeBytes: null,
    schemaVersion: null,
    appVersion: null,
    seq: null,
    savedAt: null,
    problem: null
  }
  try {
    const stat = await fs.stat(path)
    file.exists = true
    if (stat.isDirectory()) {
      file.problem = 'a folder is in place of the data file'
    } else {
      file.sizeBytes = stat.size
      const decoded = decodeEnvelope(await fs.readFile(path))
      if (!decoded.ok) file.problem = decoded.problem
      else {
        const { envelope } = decoded
        Object.assign(file, {
          schemaVersion: envelope.schemaVersion,
          appVersion: envelope.appVersion,
          seq: envelope.seq,
          savedAt: envelope.savedAt
        })
        if (decoded.hadByteOrderMark) file.problem = 'the file starts with a byte-order mark'
        else if (
          options.schemaVersion !== undefined &&
          envelope.schemaVersion > options.schemaVersion
        ) {
          file.problem = `schema version ${envelope.schemaVersion} is newer than this version of Dais reads (${options.schemaVersion})`
        } else {
          file.ok = true
          usable = envelope
        }
      }
    }
  } catch (error) {
    if (errorCode(error) === 'ENOENT') file.problem = 'there is no data file yet'
    else file.problem = `the file could not be read (${errorCode(error) ?? String(error)})`
  }
  if (file.problem) problems.push(`Data file ${fileName}: ${file.problem}.`)

  const journal = inspectJournal(journalFile, usable)
  if (journal.problem) problems.push(`Journal ${basename(journal.path)}: ${journal.problem}.`)

  const store = new BackupStore(fs, dataDir)
  const backups: BackupReport[] = []
  for (const info of await store.list()) {
    const decoded = decodeEnvelope(
      await fs.readFile(store.pathOf(info.id)).catch(() => new Uint8Array())
    )
    let problem: string | null = decoded.ok ? null : decoded.problem
    if (decoded.ok && decoded.envelope.seq !== info.seq) problem = 'its seq does not match its name'
    if (decoded.ok && decoded.envelope.backup) info.name = decoded.envelope.backup.name
    backups.push({ ...info, ok: problem === null, problem })
    if (problem) problems.push(`Backup ${info.id}: ${problem}.`)
  }

  let entries: string[] = []
  try {
    entries = await fs.readdir(dataDir)
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw error
    problems.push(`The data folder ${dataDir} does not exist.`)
  }
  const leftoverTemps = entries.filter((entry) => isTempFileOf(fileName, entry))
  const quarantined = entries.filter(
    (entry) => isSetAside(fileName, entry, 'data') || isSetAside(fileName, entry, 'journal')
  )

  const lock = await readLockFile(fs, join(dataDir, lockFileName)).catch(() => null)
  const pid = lock?.owner?.pid ?? null
  const lockPresent = entries.includes(lockFileName)

  const noFileYet = !file.exists && backups.length === 0
  return {
    healthy:
      (file.ok || noFileYet) && journal.problem === null && backups.every((backup) => backup.ok),
    problems: noFileYet ? problems.filter((p) => !p.startsWith('Data file')) : problems,
    dataDir,
    file,
    journal,
    backups,
    leftoverTemps,
    quarantined,
    lock: { present: lockPresent, pid, ownerRunning: lock !== null && lockOwnerRunning(lock) },
    likelySyncedFolder: isLikelySyncedFolder(dataDir)
  }
}

/** What the next start would do with the journal, given the usable data file (if any). */
function inspectJournal(journal: JournalFile, snapshot: Envelope | null): JournalReport {
  const report: JournalReport = {
    path: journal.path,
    exists: journal.bytes !== null || journal.readProblem !== null,
    sizeBytes: journal.bytes?.length ?? null,
    records: 0,
    savedSeq: null,
    lastChangeAt: null,
    tornTail: false,
    problem: journal.readProblem
  }
  if (!journal.bytes) return report
  const contents = readJournalRecords(journal.bytes)
  report.tornTail = contents.damage?.kind === 'torn-tail'
  if (!snapshot) {
    if (contents.records.length > 0) {
      report.problem = 'it holds changes, but the data file it builds on cannot be used'
    }
    return report
  }
  const outcome = applyJournal(journal, snapshot)
  report.records = outcome.replayed
  report.savedSeq = outcome.envelope.seq
  report.lastChangeAt = outcome.replayedUpTo
  report.problem = outcome.problem
  return report
}
