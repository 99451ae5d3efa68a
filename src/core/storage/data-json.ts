import { createHash } from 'node:crypto'

const leafBytesByFrozenValue = new WeakMap<object, Buffer>()
const punctuation = Object.fromEntries(
  ['[', ']', ',', '{}', '}', 'null'].map((p) => [p, Buffer.from(p)])
) as Record<'[' | ']' | ',' | '{}' | '}' | 'null', Buffer>

/**
 * The bytes the checksum covers, as a list of parts: together they are the UTF-8 of exactly what
 * `JSON.stringify` gives for plain JSON data, so a reader re-serialises the parsed data to verify
 * it. Committed states are frozen and share unchanged records by reference (immer), so each
 * frozen record's bytes are kept and reused: a save after one edit encodes the edited record,
 * not the whole database, and the parts are copied once, into the file's buffer.
 */
export function dataParts(value: unknown): Buffer[] {
  const parts: Buffer[] = []
  if (!collect(value, parts)) parts.push(punctuation.null)
  return parts
}

export function dataJson(value: unknown): string {
  return Buffer.concat(dataParts(value)).toString('utf8')
}

const isObject = (v: unknown): v is object => v !== null && typeof v === 'object'

function collect(value: unknown, out: Buffer[]): boolean {
  if (!isObject(value)) {
    const text = JSON.stringify(value)
    if (text === undefined) return false
    out.push(Buffer.from(text, 'utf8'))
    return true
  }
  const cached = leafBytesByFrozenValue.get(value)
  if (cached) {
    out.push(cached)
    return true
  }
  const children: unknown[] = Array.isArray(value) ? value : Object.values(value)
  if (typeof (value as { toJSON?: unknown }).toJSON === 'function' || !children.some(isObject)) {
    const bytes = Buffer.from(JSON.stringify(value), 'utf8')
    if (Object.isFrozen(value)) leafBytesByFrozenValue.set(value, bytes)
    out.push(bytes)
    return true
  }
  const start = out.length
  if (Array.isArray(value)) {
    out.push(punctuation['['])
    value.forEach((item, index) => {
      if (index > 0) out.push(punctuation[','])
      if (!collect(item, out)) out.push(punctuation.null)
    })
    out.push(punctuation[']'])
    cacheRecord(value, out, start)
    return true
  }
  let first = true
  for (const [key, item] of Object.entries(value)) {
    const mark = out.length
    out.push(Buffer.from(`${first ? '{' : ','}${JSON.stringify(key)}:`, 'utf8'))
    if (collect(item, out)) first = false
    else out.length = mark
  }
  out.push(first ? punctuation['{}'] : punctuation['}'])
  cacheRecord(value, out, start)
  return true
}

/** Largest nested record whose bytes are kept whole; collections above it stay as parts. */
const recordCacheLimit = 64 * 1024

/**
 * A frozen record with nested objects (a delegate's flags and custom columns) is kept as one
 * buffer too, so a save re-encodes only what changed, not every field of every record.
 */
function cacheRecord(value: object, out: Buffer[], start: number): void {
  if (!Object.isFrozen(value)) return
  let size = 0
  for (let i = start; i < out.length; i++) size += (out[i] as Buffer).length
  if (size > recordCacheLimit) return
  const bytes = Buffer.concat(out.slice(start), size)
  leafBytesByFrozenValue.set(value, bytes)
  out.length = start
  out.push(bytes)
}

export function sha256Hex(data: string | Uint8Array | readonly (string | Uint8Array)[]): string {
  const hash = createHash('sha256')
  if (typeof data === 'string' || data instanceof Uint8Array) hash.update(data)
  else for (const part of data) hash.update(part)
  return hash.digest('hex')
}
