import { dataParts, sha256Hex } from './data-json'

export const envelopeFormat = 'dais-data'

export interface BackupMeta {
  kind: 'rolling' | 'named'
  name: string
  createdAt: string
}

/** The data file (and every backup) on disk. */
export interface Envelope {
  format: typeof envelopeFormat
  schemaVersion: number
  appVersion: string
  /** Grows with every committed change; never reused. */
  seq: number
  savedAt: string
  /** sha256 (hex) of the compact JSON of `data` (see dataJson). */
  checksum: string
  /** Present in backup files only. */
  backup?: BackupMeta
  data: unknown
}

export interface SerializedData {
  /** `dataParts(data)`, encoded once for both the checksum and the file. */
  parts: Buffer[]
  checksum: string
}

const serializedByValue = new WeakMap<object, SerializedData>()

/** Committed data is frozen, so its serialization is computed once and reused (file + backup). */
export function serializeData(data: unknown): SerializedData {
  const cached = typeof data === 'object' && data !== null ? serializedByValue.get(data) : undefined
  if (cached) return cached
  const parts = dataParts(data)
  const serialized = { parts, checksum: sha256Hex(parts) }
  if (typeof data === 'object' && data !== null && Object.isFrozen(data)) {
    serializedByValue.set(data, serialized)
  }
  return serialized
}

export type EnvelopeFields = Omit<Envelope, 'format' | 'checksum' | 'data'>

/** Compact JSON; `data` is written last, exactly as checksummed. */
export function encodeEnvelope(fields: EnvelopeFields, data: unknown): Buffer {
  return Buffer.concat(encodeEnvelopeParts(fields, data))
}

/** The file as parts to write in order, so a big file is never copied into one buffer. */
export function encodeEnvelopeParts(fields: EnvelopeFields, data: unknown): Buffer[] {
  const { parts, checksum } = serializeData(data)
  const head: Omit<Envelope, 'data'> = {
    format: envelopeFormat,
    schemaVersion: fields.schemaVersion,
    appVersion: fields.appVersion,
    seq: fields.seq,
    savedAt: fields.savedAt,
    checksum,
    ...(fields.backup ? { backup: fields.backup } : {})
  }
  const headJson = JSON.stringify(head)
  return [
    Buffer.from(`${headJson.slice(0, -1)},"data":`, 'utf8'),
    ...parts,
    Buffer.from('}', 'utf8')
  ]
}

export type DecodeResult =
  { ok: true; envelope: Envelope; hadByteOrderMark: boolean } | { ok: false; problem: string }

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })

/** Parses and verifies a data or backup file; every way a file can be damaged is a `problem`. */
export function decodeEnvelope(bytes: Uint8Array): DecodeResult {
  if (bytes.length === 0) return { ok: false, problem: 'the file is empty (0 bytes)' }
  if (bytes.includes(0)) return { ok: false, problem: 'the file contains NUL bytes' }
  const hadByteOrderMark = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  let text: string
  try {
    text = utf8.decode(hadByteOrderMark ? bytes.subarray(3) : bytes)
  } catch {
    return { ok: false, problem: 'the file is not valid UTF-8 text' }
  }
  if (text.trim() === '') return { ok: false, problem: 'the file contains only whitespace' }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return { ok: false, problem: `the file is not valid JSON (${reason}); it may be truncated` }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    return { ok: false, problem: 'the file is not a Dais data file' }
  }
  const record = parsed as Record<string, unknown>
  if (record.format !== envelopeFormat) {
    return { ok: false, problem: 'the file is not a Dais data file (no "dais-data" format mark)' }
  }
  if (!isPositiveInteger(record.schemaVersion)) {
    return { ok: false, problem: 'the file has no valid schema version' }
  }
  if (!isNonNegativeInteger(record.seq)) {
    return { ok: false, problem: 'the file has no valid sequence number' }
  }
  if (typeof record.checksum !== 'string' || !('data' in record)) {
    return { ok: false, problem: 'the file has no checksum or no data' }
  }
  if (sha256Hex(dataParts(record.data)) !== record.checksum) {
    return { ok: false, problem: 'checksum mismatch: the data was damaged or edited by hand' }
  }
  const envelope: Envelope = {
    format: envelopeFormat,
    schemaVersion: record.schemaVersion,
    appVersion: typeof record.appVersion === 'string' ? record.appVersion : 'unknown',
    seq: record.seq,
    savedAt: typeof record.savedAt === 'string' ? record.savedAt : '',
    checksum: record.checksum,
    ...(isBackupMeta(record.backup) ? { backup: record.backup } : {}),
    data: record.data
  }
  return { ok: true, envelope, hadByteOrderMark }
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0
}

function isNonNegativeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0
}

function isBackupMeta(value: unknown): value is BackupMeta {
  if (typeof value !== 'object' || value === null) return false
  const meta = value as Record<string, unknown>
  return (
    (meta.kind === 'rolling' || meta.kind === 'named') &&
    typeof meta.name === 'string' &&
    typeof meta.createdAt === 'string'
  )
}
