import { join } from 'node:path'
import { applyPatches, enablePatches, type Patch } from 'immer'
import { decodeEnvelope, type Envelope } from './envelope'
import { journalFileNameFor, planReplay, readJournalRecords } from './journal-format'
import { errorCode, errorMessage, nodeStorageFs, type StorageFs } from './storage-fs'

// Replay runs in processes that never mutate (the doctor, tests reading a data folder) too.
enablePatches()

export interface JournalFile {
  path: string
  name: string
  /** null: there is no journal. */
  bytes: Buffer | null
  /** Set when the journal exists but cannot be read (a folder in its place, no permission…). */
  readProblem: string | null
}

export async function readJournalFile(
  fs: StorageFs,
  dataDir: string,
  dataFileName: string
): Promise<JournalFile> {
  const name = journalFileNameFor(dataFileName)
  const path = join(dataDir, name)
  try {
    return { path, name, bytes: await fs.readFile(path), readProblem: null }
  } catch (error) {
    const code = errorCode(error)
    if (code === 'ENOENT') return { path, name, bytes: null, readProblem: null }
    const problem =
      code === 'EISDIR' ? 'a folder is in place of the journal' : `it could not be read (${code})`
    return { path, name, bytes: null, readProblem: problem }
  }
}

/** What the journal adds to one snapshot. */
export interface JournalOutcome {
  /** The snapshot with every usable record applied (the snapshot itself when none). */
  envelope: Envelope
  replayed: number
  /** When the newest replayed record was written. */
  replayedUpTo: string | null
  /** Why the journal must be kept aside; null when it is fine (or stale, or absent). */
  problem: string | null
}

/**
 * Applies the journal records that build on exactly `snapshot`. A torn last record is dropped
 * (an append that never completed). Damage in the middle replays the verified records before
 * it and reports a problem; a journal of another snapshot, or records that do not apply, leave
 * the snapshot as it is and report a problem.
 */
export function applyJournal(journal: JournalFile, snapshot: Envelope): JournalOutcome {
  const untouched = (problem: string | null): JournalOutcome => ({
    envelope: snapshot,
    replayed: 0,
    replayedUpTo: null,
    problem
  })
  if (journal.readProblem) return untouched(journal.readProblem)
  if (!journal.bytes) return untouched(null)
  const contents = readJournalRecords(journal.bytes)
  const plan = planReplay(contents.records, {
    seq: snapshot.seq,
    checksum: snapshot.checksum,
    appVersion: snapshot.appVersion
  })
  if (plan.kind === 'stale') return untouched(null)
  const middle =
    contents.damage?.kind === 'middle'
      ? `record ${contents.damage.line} of ${contents.lineCount} is damaged (${contents.damage.problem})`
      : null
  if (plan.kind === 'nothing') return untouched(middle)
  if (plan.kind === 'foreign') return untouched(plan.problem)
  let data = snapshot.data
  try {
    for (const record of plan.records)
      data = applyPatches(data as object, record.patches as Patch[])
  } catch (error) {
    return untouched(`its changes do not apply to the data file (${errorMessage(error)})`)
  }
  const last = plan.records[plan.records.length - 1]!
  return {
    envelope: { ...snapshot, seq: last.seq, data },
    replayed: plan.records.length,
    replayedUpTo: last.at,
    problem: middle
  }
}

/**
 * What a data file and its journal hold together, read without changing anything (for
 * `inspectDataFolder` and tests). `envelope` is null when the data file itself is unusable.
 */
export async function readSavedState(
  fs: StorageFs,
  dataDir: string,
  dataFileName: string
): Promise<{ envelope: Envelope | null; problem: string | null; journal: JournalOutcome | null }> {
  // The journal first: a compaction in between leaves a stale journal beside a newer data file,
  // never a fresh journal beside an older one.
  const journalFile = await readJournalFile(fs, dataDir, dataFileName)
  let bytes: Buffer
  try {
    bytes = await fs.readFile(join(dataDir, dataFileName))
  } catch (error) {
    return {
      envelope: null,
      problem: `the file could not be read (${errorCode(error)})`,
      journal: null
    }
  }
  const decoded = decodeEnvelope(bytes)
  if (!decoded.ok) return { envelope: null, problem: decoded.problem, journal: null }
  const journal = applyJournal(journalFile, decoded.envelope)
  return { envelope: journal.envelope, problem: null, journal }
}

/**
 * The saved state of a data folder — the data file with its journal replayed, as the next start
 * sees it — read without changing anything. Throws when either cannot be used as a whole. For
 * tests and tools that look at what is on disk.
 */
export async function readSavedFile(
  dataDir: string,
  fileName = 'dais-data.json',
  fs: StorageFs = nodeStorageFs
): Promise<Envelope> {
  const saved = await readSavedState(fs, dataDir, fileName)
  if (!saved.envelope) throw new Error(`${join(dataDir, fileName)}: ${saved.problem}`)
  if (saved.journal?.problem) throw new Error(`${fileName} journal: ${saved.journal.problem}`)
  return saved.envelope
}
