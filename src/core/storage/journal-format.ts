import { sha256Hex } from './data-json'

/** The journal beside the data file: `dais-data.json` → `dais-data.json.journal`. */
export function journalFileNameFor(dataFileName: string): string {
  return `${dataFileName}.journal`
}

/** The snapshot (data file) a journal builds on. */
export interface JournalBase {
  seq: number
  /** The data file's envelope checksum. */
  checksum: string
}

/**
 * One appended record: the immer patches of one or more commits, in commit order, that turn the
 * state at `prev` into the state at `seq`. The first record of a journal has `prev === base.seq`.
 */
export interface JournalRecord {
  seq: number
  prev: number
  base: JournalBase
  /** The version of Dais that wrote it (tells our own stale journal from a foreign one). */
  app: string
  /** When it was written (shown in recovery notices). */
  at: string
  patches: unknown[]
}

const sumField = ',"sum":"'
/** `,"sum":"` + 64 hex digits + `"}` */
const sumSuffixLength = sumField.length + 64 + 2
const newline = 0x0a

/**
 * One JSON line. `patchesJson` are JSON arrays of patches (one per commit), concatenated here
 * without re-encoding. `sum` is the sha256 of the line's bytes before `,"sum":…` plus `}`, so a
 * reader verifies the exact bytes without re-serialising anything.
 */
export function encodeJournalRecord(
  fields: Omit<JournalRecord, 'patches'>,
  patchesJson: readonly string[]
): Buffer {
  const head = JSON.stringify({
    seq: fields.seq,
    prev: fields.prev,
    base: { seq: fields.base.seq, checksum: fields.base.checksum },
    app: fields.app,
    at: fields.at
  })
  const patches = patchesJson
    .map((json) => json.slice(1, -1))
    .filter((inner) => inner.length > 0)
    .join(',')
  const body = `${head.slice(0, -1)},"patches":[${patches}]`
  const sum = sha256Hex([body, '}'])
  return Buffer.from(`${body}${sumField}${sum}"}\n`, 'utf8')
}

export type JournalLine = { ok: true; record: JournalRecord } | { ok: false; problem: string }

const utf8 = new TextDecoder('utf-8', { fatal: true })
const sumPattern = /^,"sum":"([0-9a-f]{64})"\}$/

/** Verifies one line (without its newline) and checks the record's shape. */
export function decodeJournalLine(line: Uint8Array): JournalLine {
  if (line.length <= sumSuffixLength) return { ok: false, problem: 'the record is incomplete' }
  const split = line.length - sumSuffixLength
  let suffix: string
  try {
    suffix = utf8.decode(line.subarray(split))
  } catch {
    return { ok: false, problem: 'the record is not valid UTF-8' }
  }
  const sum = sumPattern.exec(suffix)?.[1]
  if (!sum) return { ok: false, problem: 'the record has no checksum (it may be torn)' }
  const body = line.subarray(0, split)
  if (sha256Hex([body, '}']) !== sum) return { ok: false, problem: 'checksum mismatch' }
  let parsed: unknown
  try {
    parsed = JSON.parse(`${utf8.decode(body)}}`)
  } catch {
    return { ok: false, problem: 'the record is not valid JSON' }
  }
  const record = parsed as Partial<JournalRecord> | null
  const base = record?.base as Partial<JournalBase> | undefined
  if (
    !isSeq(record?.seq) ||
    !isSeq(record.prev) ||
    record.seq <= record.prev ||
    !isSeq(base?.seq) ||
    typeof base.checksum !== 'string' ||
    typeof record.app !== 'string' ||
    typeof record.at !== 'string' ||
    !Array.isArray(record.patches)
  ) {
    return { ok: false, problem: 'the record does not have the journal record shape' }
  }
  return { ok: true, record: record as JournalRecord }
}

function isSeq(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}

export interface JournalContents {
  /** Verified records before the first damaged line. */
  records: JournalRecord[]
  /** Lines (complete or not) in the file. */
  lineCount: number
  /**
   * `torn-tail`: only the end is damaged (an append that never completed; dropped).
   * `middle`: a damaged line is followed by a verified record (moved aside, never replayed past).
   */
  damage: { kind: 'torn-tail' | 'middle'; line: number; problem: string } | null
}

/** Splits the file into lines and verifies each; never throws. */
export function readJournalRecords(bytes: Uint8Array): JournalContents {
  const lines: Uint8Array[] = []
  let start = 0
  for (let i = 0; i < bytes.length; i += 1) {
    if (bytes[i] !== newline) continue
    lines.push(bytes.subarray(start, i))
    start = i + 1
  }
  const unterminated = start < bytes.length ? bytes.subarray(start) : null
  const records: JournalRecord[] = []
  let firstBad: { line: number; problem: string } | null = null
  let verifiedAfterBad = false
  for (let index = 0; index < lines.length && !verifiedAfterBad; index += 1) {
    const decoded = decodeJournalLine(lines[index]!)
    if (firstBad !== null) verifiedAfterBad = decoded.ok
    else if (decoded.ok) records.push(decoded.record)
    else firstBad = { line: index + 1, problem: decoded.problem }
  }
  let damage: JournalContents['damage'] = firstBad
    ? { kind: verifiedAfterBad ? 'middle' : 'torn-tail', ...firstBad }
    : null
  if (unterminated && damage === null) {
    damage = { kind: 'torn-tail', line: lines.length + 1, problem: 'the last record is incomplete' }
  }
  return { records, lineCount: lines.length + (unterminated ? 1 : 0), damage }
}

export type ReplayPlan =
  | { kind: 'nothing' }
  /** Already contained in the snapshot: our own compaction finished, the reset did not. */
  | { kind: 'stale' }
  | { kind: 'replay'; records: JournalRecord[] }
  | { kind: 'foreign'; problem: string; records: JournalRecord[] }

/**
 * Which records build on exactly `snapshot`, in a gap-free chain of seqs. A journal whose base is
 * another snapshot is stale when every record is already at or below the snapshot's seq and the
 * snapshot was written by the same version of Dais (its own compaction); otherwise it is foreign
 * (another snapshot, or edits an older Dais ignored) and must be kept aside, never applied.
 */
export function planReplay(
  records: readonly JournalRecord[],
  snapshot: JournalBase & { appVersion: string }
): ReplayPlan {
  if (records.length === 0) return { kind: 'nothing' }
  const first = records[0]!
  const sameBase = (record: JournalRecord): boolean =>
    record.base.seq === snapshot.seq && record.base.checksum === snapshot.checksum
  if (!sameBase(first)) {
    const allBelow = records.every((record) => record.seq <= snapshot.seq)
    const ours = records.every((record) => record.app === snapshot.appVersion)
    if (allBelow && ours && first.base.seq < snapshot.seq) return { kind: 'stale' }
    return {
      kind: 'foreign',
      problem: `it builds on another data file (seq ${first.base.seq}, not ${snapshot.seq})`,
      records: [...records]
    }
  }
  let prev = snapshot.seq
  for (const [index, record] of records.entries()) {
    if (!sameBase(record) || record.prev !== prev) {
      return {
        kind: 'foreign',
        problem: `record ${index + 1} does not follow record ${index} (seq ${record.prev}, expected ${prev})`,
        records: [...records]
      }
    }
    prev = record.seq
  }
  return { kind: 'replay', records: [...records] }
}
