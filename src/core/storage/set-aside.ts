import { join } from 'node:path'
import { AppError } from '@shared/result'
import type { Clock } from '../app-context'
import { fileStamp } from './backups'
import { renameWithRetry, writeFileDurably, type RenameOptions } from './durable-write'
import { errorMessage, exists, type StorageFs } from './storage-fs'

/** What can be set aside at start-up: the data file or its change journal. */
export type SetAsideKind = 'data' | 'journal'

const marks: Record<SetAsideKind, { infix: string; extension: string }> = {
  data: { infix: '.corrupt-', extension: '.json' },
  journal: { infix: '.journal.corrupt-', extension: '.jsonl' }
}

const stemOf = (dataFileName: string) => dataFileName.replace(/\.json$/i, '')

/** `dais-data.corrupt-<time>.json`, `dais-data.journal.corrupt-<time>.jsonl` and numbered twins. */
export function isSetAside(dataFileName: string, entry: string, kind: SetAsideKind): boolean {
  return entry.startsWith(`${stemOf(dataFileName)}${marks[kind].infix}`)
}

export interface SetAsideOptions {
  fs: StorageFs
  dataDir: string
  dataFileName: string
  kind: SetAsideKind
  /** The file to move aside. */
  path: string
  /** Its bytes, copied when it cannot be moved; null when they could not be read. */
  bytes: Buffer | null
  clock: Clock
  rename?: RenameOptions
  /** Starts the message when the file can be neither moved nor copied. */
  unmovable: string
}

/** Moves a damaged file aside (never deleted); if it cannot be moved, keeps a byte-identical copy. */
export async function setAside(options: SetAsideOptions): Promise<string> {
  const { fs, dataDir, kind } = options
  const { infix, extension } = marks[kind]
  const base = `${stemOf(options.dataFileName)}${infix}${fileStamp(options.clock.now().toISOString())}`
  let name = `${base}${extension}`
  for (let n = 2; await exists(fs, join(dataDir, name)); n += 1) name = `${base}-${n}${extension}`
  const target = join(dataDir, name)
  try {
    await renameWithRetry(fs, options.path, target, options.rename)
  } catch (error) {
    if (!options.bytes) {
      throw new AppError('STORAGE_FAILED', `${options.unmovable}: ${errorMessage(error)}`)
    }
    await writeFileDurably(fs, target, options.bytes, options.rename)
  }
  return name
}
