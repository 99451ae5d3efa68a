import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, join } from 'node:path'
import type { Clock } from '../../app-context'
import { openDatabase } from '../database'
import type { Database, OpenDatabaseOptions, StorageTimers } from '../database-types'
import { decodeEnvelope, encodeEnvelope, type Envelope } from '../envelope'
import { readSavedFile } from '../journal-recovery'
import {
  emptyRoster,
  rosterMigrations,
  rosterSchemaVersion,
  validateRoster,
  type Roster
} from './roster-schema'

export interface FakeClock extends Clock {
  advanceMinutes(minutes: number): void
  set(iso: string): void
}

/** Starts at a fixed instant and only moves when told to. */
export function createFakeClock(startIso = '2025-09-01T08:00:00.000Z'): FakeClock {
  let now = Date.parse(startIso)
  return {
    now: () => new Date(now),
    advanceMinutes(minutes) {
      now += minutes * 60_000
    },
    set(iso) {
      now = Date.parse(iso)
    }
  }
}

const tempFolders: string[] = []

export async function makeDataDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'dais-storage-'))
  tempFolders.push(dir)
  return dir
}

export async function removeDataDirs(): Promise<void> {
  for (const dir of tempFolders.splice(0)) await rm(dir, { recursive: true, force: true })
}

export function rosterOptions(
  dataDir: string,
  overrides: Partial<OpenDatabaseOptions<Roster>> = {}
): OpenDatabaseOptions<Roster> {
  return {
    dataDir,
    schemaVersion: rosterSchemaVersion,
    migrations: rosterMigrations,
    defaults: emptyRoster,
    validate: validateRoster,
    clock: createFakeClock(),
    appVersion: '0.1.0-test',
    ...overrides
  }
}

export function openRoster(
  dataDir: string,
  overrides: Partial<OpenDatabaseOptions<Roster>> = {}
): Promise<Database<Roster>> {
  return openDatabase(rosterOptions(dataDir, overrides))
}

export async function readEnvelope(path: string): Promise<Envelope> {
  const decoded = decodeEnvelope(await readFile(path))
  if (!decoded.ok) throw new Error(`${path}: ${decoded.problem}`)
  return decoded.envelope
}

/**
 * What is saved: the data file at `path` with its journal replayed (as the next start sees it,
 * without changing anything). Throws when either cannot be used as a whole.
 */
export function readSaved(path: string): Promise<Envelope> {
  return readSavedFile(dirname(path), basename(path))
}

export async function writeEnvelopeFile(
  path: string,
  fields: { schemaVersion: number; seq: number; savedAt?: string; appVersion?: string },
  data: unknown
): Promise<void> {
  await writeFile(
    path,
    encodeEnvelope(
      {
        schemaVersion: fields.schemaVersion,
        seq: fields.seq,
        appVersion: fields.appVersion ?? '0.0.1',
        savedAt: fields.savedAt ?? '2025-08-01T00:00:00.000Z'
      },
      data
    )
  )
}

export async function waitFor(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

export interface ManualTimers extends StorageTimers {
  /** Armed and not cancelled. */
  readonly pending: number
  /** Runs every armed callback now. */
  fireAll(): void
}

/** Timers that fire only when the test says so. */
export function createManualTimers(): ManualTimers {
  const armed = new Set<() => void>()
  return {
    set(callback) {
      const entry = (): void => callback()
      armed.add(entry)
      return () => armed.delete(entry)
    },
    get pending() {
      return armed.size
    },
    fireAll() {
      const due = [...armed]
      armed.clear()
      for (const callback of due) callback()
    }
  }
}
