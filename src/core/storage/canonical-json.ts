import { createHash } from 'node:crypto'

/**
 * JSON with object keys sorted at every level, so equal values always give equal text (and an
 * equal checksum) whatever order their keys were inserted in. Follows JSON.stringify for
 * undefined, functions, non-finite numbers and toJSON.
 */
export function canonicalJson(value: unknown): string {
  const parts: string[] = []
  if (!append(value, parts)) parts.push('null')
  return parts.join('')
}

function append(input: unknown, out: string[]): boolean {
  let value = input
  if (
    value !== null &&
    typeof value === 'object' &&
    typeof (value as { toJSON?: unknown }).toJSON === 'function'
  ) {
    value = (value as { toJSON: () => unknown }).toJSON()
  }
  if (value === undefined || typeof value === 'function' || typeof value === 'symbol') return false
  if (value === null || typeof value !== 'object') {
    out.push(JSON.stringify(value) ?? 'null')
    return true
  }
  if (Array.isArray(value)) {
    out.push('[')
    value.forEach((item, index) => {
      if (index > 0) out.push(',')
      if (!append(item, out)) out.push('null')
    })
    out.push(']')
    return true
  }
  out.push('{')
  let first = true
  const record = value as Record<string, unknown>
  for (const key of Object.keys(record).sort()) {
    const mark = out.length
    out.push(first ? '' : ',', JSON.stringify(key), ':')
    if (append(record[key], out)) first = false
    else out.length = mark
  }
  out.push('}')
  return true
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex')
}
