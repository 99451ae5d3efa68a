import { closeSync, openSync, readSync, statSync } from 'node:fs'
import { maxDelegatesPerAdd } from '@shared/delegates/contract'
import { NewDelegate } from '@shared/delegates/entities'

/** A delegates file larger than this is refused before it is read (100,000 delegates fit well). */
export const maxDelegatesFileBytes = 64 * 1024 * 1024

/** Problems listed one a line; the rest are counted. */
const maxProblemLines = 10

export type DelegatesFile =
  { ok: true; delegates: NewDelegate[]; text: string } | { ok: false; problems: string[] }

/** One refused value: the path inside the file's array (entry index first) and what is wrong. */
export interface EntryIssue {
  path: readonly PropertyKey[]
  message: string
}

const refuse = (...problems: string[]): DelegatesFile => ({ ok: false, problems })

/**
 * Reads the JSON array `dais add-delegates` takes, checking everything the contract checks before
 * any data is opened: each problem is one line naming the file, the entry (with its line) and the
 * field. Every text is taken as NFC, as typed text is everywhere.
 */
export function readDelegatesFile(file: string): DelegatesFile {
  let size: number
  try {
    size = statSync(file).size
  } catch (error) {
    return refuse(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? 'error'})`)
  }
  if (size > maxDelegatesFileBytes)
    return refuse(
      `${file}: ${megabytes(size)} is more than the ${megabytes(maxDelegatesFileBytes)} a delegates file may have; split it into smaller files`
    )
  const text = decode(readAll(file, size))
  if (text === null)
    return refuse(`${file}: not UTF-8 text (saved in another encoding?); save it as UTF-8`)
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return refuse(syntaxProblem(file, text, error as Error))
  }
  if (!Array.isArray(data) || data.length === 0)
    return refuse(
      `${file}: expected a JSON array of delegates, e.g. [{ "fullName": "Nguyễn Văn An" }], found ${describe(data)}`
    )
  if (data.length > maxDelegatesPerAdd)
    return refuse(
      `${file}: ${data.length} delegates; at most ${maxDelegatesPerAdd} can be added at once; split the file`
    )
  const entries = data.map(toNfc)
  const issues: EntryIssue[] = []
  entries.forEach((entry, i) => {
    const parsed = NewDelegate.safeParse(entry)
    if (!parsed.success)
      for (const issue of parsed.error.issues)
        issues.push({ path: [i, ...issue.path], message: explain(issue, entry) })
  })
  if (issues.length > 0) return { ok: false, problems: describeIssues(file, text, entries, issues) }
  return { ok: true, delegates: entries as NewDelegate[], text }
}

/** Lines naming the entry, its line in the file and the field of each issue (the first few). */
export function describeIssues(
  file: string,
  text: string,
  entries: readonly unknown[],
  issues: readonly EntryIssue[]
): string[] {
  const starts = entryStarts(text)
  const lines = issues.slice(0, maxProblemLines).map(({ path, message }) => {
    const index = Number(path[0])
    const entry = entries[index]
    const name =
      isRecord(entry) && typeof entry.fullName === 'string' && entry.fullName.trim()
        ? ` "${clip(entry.fullName)}"`
        : ''
    const offset = starts[index]
    const line = offset === undefined ? '' : ` (line ${lineColumn(text, offset).line})`
    const field = path.slice(1).map(String).join('.')
    return `${file}: entry ${index + 1}${name}${line}${field ? `, field "${field}"` : ''}: ${message}`
  })
  if (issues.length > maxProblemLines)
    lines.push(`… and ${issues.length - maxProblemLines} more problems`)
  return lines
}

function readAll(file: string, size: number): Buffer {
  const bytes = Buffer.alloc(size)
  const fd = openSync(file, 'r')
  try {
    let read = 0
    while (read < size) {
      const n = readSync(fd, bytes, read, size - read, read)
      if (n === 0) break
      read += n
    }
    return bytes.subarray(0, read)
  } finally {
    closeSync(fd)
  }
}

/** UTF-8 (with or without a BOM) or UTF-16 with its BOM; null for anything else. */
function decode(bytes: Buffer): string | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes)
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes)
  try {
    // The decoder drops a UTF-8 BOM by itself.
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return null
  }
}

function syntaxProblem(file: string, text: string, error: Error): string {
  const position = /at position (\d+)/.exec(error.message)
  const offset = position ? Number(position[1]) : text.length
  const { line, column } = lineColumn(text, offset)
  const reason = error.message
    .replace(/\s*\(line \d+ column \d+\)/, '')
    .replace(/ in JSON at position \d+/, '')
  return `${file}:${line}:${column}: not valid JSON: ${reason}`
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line += 1
    lineStart = i + 1
  }
  return { line, column: offset - lineStart + 1 }
}

/** Where each element of the top-level array begins (the text is known to be valid JSON). */
function entryStarts(text: string): number[] {
  const starts: number[] = []
  let depth = 0
  let inString = false
  let expectEntry = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!
    if (inString) {
      if (c === '\\') i++
      else if (c === '"') inString = false
      continue
    }
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t' || c === '\ufeff') continue
    if (expectEntry) {
      starts.push(i)
      expectEntry = false
    }
    if (c === '"') inString = true
    else if (c === '[' || c === '{') {
      depth += 1
      if (depth === 1) expectEntry = true
    } else if (c === ']' || c === '}') depth -= 1
    else if (c === ',' && depth === 1) expectEntry = true
  }
  return starts
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

function toNfc(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC')
  if (Array.isArray(value)) return value.map(toNfc)
  if (isRecord(value))
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k.normalize('NFC'), toNfc(v)]))
  return value
}

/** Shortened for a message, a lone surrogate shown as U+FFFD (it could not be printed). */
const clip = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s).replace(/\p{Cs}/gu, '\ufffd')

function describe(value: unknown): string {
  if (value === undefined) return 'nothing'
  if (value === null) return 'null'
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list'
  if (typeof value === 'string') return `the text "${clip(value)}"`
  if (typeof value === 'number') return `the number ${value}`
  if (typeof value === 'boolean') return String(value)
  return 'an object'
}

const expectedWords: Record<string, string> = {
  string: 'a text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object such as { "fullName": "Nguyễn Văn An" }',
  array: 'a list',
  record: 'an object'
}

const fieldsOf = Object.keys(NewDelegate.shape)

interface ZodLikeIssue {
  code: string
  path: readonly PropertyKey[]
  message: string
  expected?: string
  origin?: string
  minimum?: number | bigint
  maximum?: number | bigint
  keys?: string[]
  values?: unknown[]
}

/** One issue in words, with the value found where it helps. */
function explain(issue: ZodLikeIssue, entry: unknown): string {
  const found = valueAt(entry, issue.path)
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${expectedWords[issue.expected ?? ''] ?? issue.expected}, found ${describe(found)}`
    case 'too_small':
      return issue.origin === 'string'
        ? 'is empty'
        : `${describe(found)} is below the least allowed, ${issue.minimum}`
    case 'too_big':
      return issue.origin === 'string'
        ? `is longer than ${issue.maximum} characters`
        : `${describe(found)} is above the most allowed, ${issue.maximum}`
    case 'unrecognized_keys':
      return (issue.keys ?? []).map((k) => unknownField(k, issue.path.length === 0)).join('; ')
    case 'invalid_value':
      return `${describe(found)} is not one of ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`
    case 'invalid_format':
      return `${describe(found)} is not a date written YYYY-MM-DD`
    default:
      return issue.message
  }
}

function unknownField(key: string, topLevel: boolean): string {
  const like = topLevel ? fieldsOf.find((f) => f.toLowerCase() === key.toLowerCase()) : undefined
  return `unknown field "${key}"${like ? ` (did you mean "${like}"?)` : ''}`
}

function valueAt(value: unknown, path: readonly PropertyKey[]): unknown {
  let at = value
  for (const key of path) at = isRecord(at) ? at[String(key)] : undefined
  return at
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`
