import { join } from 'node:path'
import type { StartupNotice } from '@shared/entities'
import { AppError } from '@shared/result'
import type { Clock } from '../app-context'
import type { BackupStore } from './backups'
import type { Migration } from './database-types'
import { isTempFileOf, type RenameOptions } from './durable-write'
import { DataFileProblem, type EnvelopeAdapter } from './envelope-adapter'
import { decodeEnvelope, type Envelope } from './envelope'
import type { JournalBase } from './journal-format'
import {
  applyJournal,
  readJournalFile,
  type JournalFile,
  type JournalOutcome
} from './journal-recovery'
import { migrateData, MigrationError } from './migrations'
import { setAside } from './set-aside'
import { errorCode, errorMessage, type StorageFs } from './storage-fs'

export interface RecoveryContext<T> {
  fs: StorageFs
  dataDir: string
  fileName: string
  adapter: EnvelopeAdapter<T>
  backups: BackupStore
  schemaVersion: number
  appVersion: string
  migrations: readonly Migration[]
  defaults: () => T
  validate: (data: unknown) => T
  clock: Clock
  rename?: RenameOptions
}

export interface InitialState<T> {
  /** Highest seq seen anywhere; the first write uses a higher one. */
  seq: number
  data: T
  readOnly: boolean
  notices: StartupNotice[]
  /** The state is not on disk as the data file yet (restored, migrated, first start). */
  needsWrite: boolean
  /** Leftover temp files made redundant by the data file once it is written. */
  obsoleteTemps: string[]
  /** The data file `data` equals, which new journal records build on; null when `needsWrite`. */
  snapshot: JournalBase | null
}

type Prepared<T> =
  | { ok: true; data: T; migratedFrom: number | null }
  | { ok: false; newer: boolean; problem: string }

interface Candidate {
  seq: number
  label: string
  /** Human description for the notice. */
  describe: string
  load: () => Promise<Envelope | null>
}

/**
 * Read → parse → verify checksum → replay the journal → validate → migrate. On any failure the
 * bad file is moved aside (never deleted) and the newest valid candidate is restored: the data
 * file without its BOM, a leftover fsync'd temp file, or a backup — whichever has the highest
 * seq. A journal that cannot be replayed onto what is restored is moved aside too.
 */
export async function loadInitialState<T>(ctx: RecoveryContext<T>): Promise<InitialState<T>> {
  const journal = await readJournalFile(ctx.fs, ctx.dataDir, ctx.fileName)
  const temps = await readLeftoverTemps(ctx)
  const found: Found = {
    journal,
    temps,
    tempSeqs: temps.flatMap((temp) => (temp.envelope ? [temp.envelope.seq] : [])),
    allTemps: temps.map((temp) => temp.path)
  }

  let problem: string | null = null
  let main: Envelope | null = null
  try {
    if (await ctx.adapter.read()) main = ctx.adapter.lastRead
  } catch (error) {
    if (!(error instanceof DataFileProblem)) throw error
    problem = error.message
  }

  if (main) {
    const opened = await openMainFile(ctx, main, found)
    if (typeof opened !== 'string') return opened
    problem = opened
  }

  const damage = problem !== null ? await keepDamagedMainAside(ctx, problem) : null
  const backupInfos = await ctx.backups.list()
  const seq = Math.max(0, ...found.tempSeqs, ...backupInfos.map((info) => info.seq))
  const candidates = recoveryCandidates(ctx, damage?.bomEnvelope ?? null, found.temps, backupInfos)
  const restored = await restoreNewestCandidate(ctx, candidates, seq, found, damage)
  return restored ?? (await startEmpty(ctx, seq, found, damage))
}

/** What lies beside the data file: its change journal and any leftover temp files. */
interface Found {
  journal: JournalFile
  temps: LeftoverTemp[]
  tempSeqs: number[]
  allTemps: string[]
}

/** The data file that could not be used: why, where it was set aside, its BOM-less reading. */
interface Damage {
  problem: string
  quarantinedAs: string
  bomEnvelope: Envelope | null
}

/**
 * The readable data file with its journal replayed (or a newer leftover temp file); the problem
 * that makes it unusable when it cannot be prepared.
 */
async function openMainFile<T>(
  ctx: RecoveryContext<T>,
  main: Envelope,
  { journal, temps, tempSeqs, allTemps }: Found
): Promise<InitialState<T> | string> {
  if (main.schemaVersion > ctx.schemaVersion) return openNewerSchemaReadOnly(ctx, main)
  const unknownKeys = main.schemaVersion === ctx.schemaVersion ? onlyUnknownKeys(ctx, main) : null
  if (unknownKeys) return openNewerDataReadOnly(ctx, main, journal, unknownKeys)
  let outcome = applyJournal(journal, main)
  let prepared = await prepareMain(ctx, outcome.envelope)
  if (!prepared.ok && outcome.replayed > 0) {
    outcome = journalRefused(
      main,
      `the data with its changes replayed is not valid (${prepared.problem})`
    )
    prepared = await prepareMain(ctx, main)
  }
  if (!prepared.ok) return prepared.problem
  const current = outcome.envelope
  const journalNotices = outcome.problem
    ? [
        await keepJournalAside(
          ctx,
          journal,
          outcome,
          `the data file saved at ${main.savedAt}`,
          main.savedAt
        )
      ]
    : []
  const newerTemp = pickNewerTemp(ctx, temps, current.seq)
  const seq = Math.max(current.seq, ...tempSeqs)
  if (newerTemp) {
    return {
      seq,
      data: newerTemp.data,
      readOnly: false,
      notices: [
        ...journalNotices,
        notice(
          'restored',
          `Dais recovered changes that were not yet saved into ${ctx.fileName} when it last closed ` +
            `(from ${newerTemp.name}, saved at ${newerTemp.envelope.savedAt}).`,
          newerTemp.name,
          newerTemp.envelope.savedAt,
          null
        )
      ],
      needsWrite: true,
      obsoleteTemps: allTemps,
      snapshot: null
    }
  }
  const migrated = prepared.migratedFrom !== null
  const needsWrite = migrated || outcome.replayed > 0 || outcome.problem !== null
  return {
    seq,
    data: prepared.data,
    readOnly: false,
    notices: migrated
      ? [
          ...journalNotices,
          notice(
            'migrated',
            `The data was upgraded from schema version ${prepared.migratedFrom} to ${ctx.schemaVersion}; ` +
              'a backup was taken first.',
            null,
            null,
            null
          )
        ]
      : journalNotices,
    needsWrite,
    obsoleteTemps: allTemps.filter(
      (path) => (temps.find((temp) => temp.path === path)?.envelope?.seq ?? -1) <= current.seq
    ),
    snapshot: needsWrite ? null : { seq: main.seq, checksum: main.checksum }
  }
}

async function keepDamagedMainAside<T>(ctx: RecoveryContext<T>, problem: string): Promise<Damage> {
  const filePath = join(ctx.dataDir, ctx.fileName)
  let bomEnvelope: Envelope | null = null
  const bytes = await ctx.fs.readFile(filePath).catch(() => null)
  if (bytes) {
    const decoded = decodeEnvelope(bytes)
    if (decoded.ok && decoded.hadByteOrderMark) bomEnvelope = decoded.envelope
  }
  const quarantinedAs = await quarantine(ctx, filePath, bytes)
  return { problem, quarantinedAs, bomEnvelope }
}

/** The copies the data can be restored from, newest first. */
function recoveryCandidates<T>(
  ctx: RecoveryContext<T>,
  bomEnvelope: Envelope | null,
  temps: readonly LeftoverTemp[],
  backupInfos: Awaited<ReturnType<BackupStore['list']>>
): Candidate[] {
  return [
    ...(bomEnvelope
      ? [
          {
            seq: bomEnvelope.seq,
            label: `${ctx.fileName} (byte-order mark removed)`,
            describe: `the data file itself (with the byte-order mark removed)`,
            load: async () => bomEnvelope
          }
        ]
      : []),
    ...temps.flatMap((temp) =>
      temp.envelope
        ? [
            {
              seq: temp.envelope.seq,
              label: temp.name,
              describe: `the last fully written save (${temp.name})`,
              load: async () => temp.envelope
            }
          ]
        : []
    ),
    ...backupInfos.map((info) => ({
      seq: info.seq,
      label: info.id,
      describe: info.kind === 'named' ? `the backup "${info.name}"` : 'the automatic backup',
      load: () => ctx.backups.read(info.id).catch(() => null)
    }))
  ].sort((a, b) => b.seq - a.seq)
}

/** Restores the newest candidate that prepares (with the journal replayed onto it if it can be). */
async function restoreNewestCandidate<T>(
  ctx: RecoveryContext<T>,
  candidates: readonly Candidate[],
  seq: number,
  { journal, allTemps }: Found,
  damage: Damage | null
): Promise<InitialState<T> | null> {
  for (const candidate of candidates) {
    const envelope = await candidate.load()
    if (!envelope) continue
    let outcome = applyJournal(journal, envelope)
    let prepared = prepare(ctx, outcome.envelope)
    if (!prepared.ok && outcome.replayed > 0) {
      outcome = journalRefused(envelope, `the data with its changes replayed is not valid`)
      prepared = prepare(ctx, envelope)
    }
    if (!prepared.ok) continue
    const restoredAt = envelope.backup?.createdAt ?? envelope.savedAt
    const cause = damage
      ? `The data file could not be used (${damage.problem}); it was kept as ${damage.quarantinedAs}.`
      : 'The data file was missing.'
    const journalNotices = outcome.problem
      ? [await keepJournalAside(ctx, journal, outcome, candidate.describe)]
      : []
    const replayed =
      outcome.replayed > 0
        ? ` and ${outcome.replayed} journaled change(s) up to ${outcome.replayedUpTo}`
        : ''
    return {
      seq: Math.max(seq, outcome.envelope.seq),
      data: prepared.data,
      readOnly: false,
      notices: [
        notice(
          'restored',
          `${cause} Restored ${candidate.describe}, saved at ${restoredAt}${replayed}.`,
          candidate.label,
          restoredAt,
          damage?.quarantinedAs ?? null
        ),
        ...journalNotices
      ],
      needsWrite: true,
      obsoleteTemps: allTemps,
      snapshot: null
    }
  }
  return null
}

/** Nothing could be restored: empty data, with any journal set aside. */
async function startEmpty<T>(
  ctx: RecoveryContext<T>,
  seq: number,
  { journal, allTemps }: Found,
  damage: Damage | null
): Promise<InitialState<T>> {
  const journalNotices =
    journal.readProblem || (journal.bytes && journal.bytes.length > 0)
      ? [
          await keepJournalAside(
            ctx,
            journal,
            journalRefused(null, journal.readProblem ?? 'there is no data file it builds on'),
            'empty data'
          )
        ]
      : []
  return {
    seq,
    data: ctx.validate(ctx.defaults()),
    readOnly: false,
    notices: damage
      ? [
          notice(
            'started-empty',
            `The data file could not be used (${damage.problem}); it was kept as ${damage.quarantinedAs}. ` +
              'No valid backup was found, so Dais started with empty data.',
            null,
            null,
            damage.quarantinedAs
          ),
          ...journalNotices
        ]
      : journalNotices,
    needsWrite: true,
    obsoleteTemps: allTemps,
    snapshot: null
  }
}

function journalRefused(snapshot: Envelope, problem: string): JournalOutcome
function journalRefused(snapshot: null, problem: string): Omit<JournalOutcome, 'envelope'>
function journalRefused(
  snapshot: Envelope | null,
  problem: string
): JournalOutcome | Omit<JournalOutcome, 'envelope'> {
  return { ...(snapshot ? { envelope: snapshot } : {}), replayed: 0, replayedUpTo: null, problem }
}

/** Moves a journal that cannot be (fully) used aside and says exactly what was restored. */
async function keepJournalAside<T>(
  ctx: RecoveryContext<T>,
  journal: JournalFile,
  outcome: Omit<JournalOutcome, 'envelope'>,
  restored: string,
  restoredAt: string | null = null
): Promise<StartupNotice> {
  const keptAs = await setAside({
    fs: ctx.fs,
    dataDir: ctx.dataDir,
    dataFileName: ctx.fileName,
    kind: 'journal',
    path: journal.path,
    bytes: journal.bytes,
    clock: ctx.clock,
    rename: ctx.rename,
    unmovable: `The change journal ${journal.name} cannot be used and could not be moved aside`
  })
  const replayed =
    outcome.replayed > 0
      ? ` plus the ${outcome.replayed} verified change(s) before the damage, up to ${outcome.replayedUpTo}`
      : ''
  return notice(
    'restored',
    `The change journal ${journal.name} could not be fully used (${outcome.problem}); it was kept as ` +
      `${keptAs}. Dais uses ${restored}${replayed}.`,
    journal.name,
    outcome.replayedUpTo ?? restoredAt,
    keptAs
  )
}

function notice(
  kind: StartupNotice['kind'],
  message: string,
  restoredFrom: string | null,
  restoredAt: string | null,
  quarantinedAs: string | null
): StartupNotice {
  return { kind, message, restoredFrom, restoredAt, quarantinedAs }
}

function prepare<T>(ctx: RecoveryContext<T>, envelope: Envelope): Prepared<T> {
  if (envelope.schemaVersion > ctx.schemaVersion) {
    return { ok: false, newer: true, problem: `schema version ${envelope.schemaVersion} is newer` }
  }
  try {
    const migrated =
      envelope.schemaVersion < ctx.schemaVersion
        ? migrateData(envelope.data, envelope.schemaVersion, ctx.schemaVersion, ctx.migrations)
        : envelope.data
    return {
      ok: true,
      data: ctx.validate(migrated),
      migratedFrom: envelope.schemaVersion < ctx.schemaVersion ? envelope.schemaVersion : null
    }
  } catch (error) {
    return {
      ok: false,
      newer: false,
      problem: `the data does not have the expected structure: ${errorMessage(error)}`
    }
  }
}

/**
 * An older main file is backed up before migrating. A failing migration (or a migrated result
 * that does not validate) stops the start with the file untouched: that is a bug in Dais, not
 * damage, so the file must not be quarantined.
 */
async function prepareMain<T>(ctx: RecoveryContext<T>, main: Envelope): Promise<Prepared<T>> {
  if (main.schemaVersion === ctx.schemaVersion) return prepare(ctx, main)
  try {
    await ctx.backups.write(
      'named',
      `before migration to v${ctx.schemaVersion}`,
      {
        schemaVersion: main.schemaVersion,
        appVersion: main.appVersion,
        seq: main.seq,
        savedAt: ctx.clock.now().toISOString()
      },
      main.data
    )
  } catch (error) {
    throw new AppError(
      'STORAGE_FAILED',
      `The data needs an upgrade, but the backup before it could not be written: ${errorMessage(error)}. ` +
        'The data file was left unchanged.',
      { cause: errorMessage(error) }
    )
  }
  let migrated: unknown
  try {
    migrated = migrateData(main.data, main.schemaVersion, ctx.schemaVersion, ctx.migrations)
  } catch (error) {
    const step = error instanceof MigrationError ? error : null
    throw new AppError(
      'STORAGE_FAILED',
      `Upgrading the data from schema version ${main.schemaVersion} to ${ctx.schemaVersion} failed: ` +
        `${errorMessage(error)}. The data file was left unchanged.`,
      { fromVersion: step?.fromVersion, toVersion: step?.toVersion }
    )
  }
  try {
    return { ok: true, data: ctx.validate(migrated), migratedFrom: main.schemaVersion }
  } catch (error) {
    throw new AppError(
      'STORAGE_FAILED',
      `The data upgraded from schema version ${main.schemaVersion} to ${ctx.schemaVersion} is not valid: ` +
        `${errorMessage(error)}. The data file was left unchanged.`
    )
  }
}

function openNewerSchemaReadOnly<T>(ctx: RecoveryContext<T>, main: Envelope): InitialState<T> {
  let data: T
  let shown = true
  try {
    data = ctx.validate(main.data)
  } catch {
    data = ctx.validate(ctx.defaults())
    shown = false
  }
  return {
    seq: main.seq,
    data,
    readOnly: true,
    notices: [
      notice(
        'read-only-newer-schema',
        `The data file was saved by a newer version of Dais (${main.appVersion}, schema version ` +
          `${main.schemaVersion}; this version reads up to ${ctx.schemaVersion}). It is open read-only and ` +
          `was not changed${shown ? '' : '; its content cannot be shown by this version'}. Update Dais to edit it.`,
        null,
        null,
        null
      )
    ],
    needsWrite: false,
    obsoleteTemps: [],
    snapshot: null
  }
}

interface UnknownKeys {
  /** The known part of the data: what this build can show. */
  shown: unknown
  where: string[]
}

function issuesOf(error: unknown): { code?: unknown; path?: unknown; keys?: unknown }[] | null {
  const issues = (error as { issues?: unknown } | null)?.issues
  return Array.isArray(issues) && issues.length > 0 ? issues : null
}

/**
 * A file whose checksum holds but which carries keys this build does not know was written by a
 * build that stores more (same schema version, newer features): it is not damage, so it is neither
 * set aside nor replaced by a backup, and it must not be rewritten without those keys.
 */
function onlyUnknownKeys<T>(ctx: RecoveryContext<T>, main: Envelope): UnknownKeys | null {
  let issues: ReturnType<typeof issuesOf>
  try {
    ctx.validate(main.data)
    return null
  } catch (error) {
    issues = issuesOf(error)
  }
  if (!issues || issues.some((issue) => issue.code !== 'unrecognized_keys')) return null
  const shown = structuredClone(main.data) as unknown
  const where: string[] = []
  for (const issue of issues) {
    const path = Array.isArray(issue.path) ? (issue.path as (string | number)[]) : []
    const keys = Array.isArray(issue.keys) ? (issue.keys as string[]) : []
    let holder: unknown = shown
    for (const step of path) holder = (holder as Record<string | number, unknown> | null)?.[step]
    if (holder === null || typeof holder !== 'object') return null
    for (const key of keys) {
      delete (holder as Record<string, unknown>)[key]
      where.push([...path, key].join('.'))
    }
  }
  try {
    ctx.validate(shown)
  } catch {
    return null
  }
  return { shown, where }
}

function openNewerDataReadOnly<T>(
  ctx: RecoveryContext<T>,
  main: Envelope,
  journal: JournalFile,
  unknown: UnknownKeys
): InitialState<T> {
  const listed = unknown.where.slice(0, 3).join(', ') + (unknown.where.length > 3 ? ', …' : '')
  const replayed = applyJournal(journal, main)
  const withJournal = replayed.replayed > 0 ? onlyUnknownKeys(ctx, replayed.envelope) : null
  return {
    seq: Math.max(main.seq, replayed.envelope.seq),
    data: ctx.validate((withJournal ?? unknown).shown),
    readOnly: true,
    notices: [
      notice(
        'read-only-newer-schema',
        `The data file was saved by a version of Dais (${main.appVersion}) that stores data this version ` +
          `does not know (${listed}). It is open read-only and was not changed; what this version does not ` +
          'know is not shown. Open it with that version of Dais or a newer one to edit it.',
        null,
        null,
        null
      )
    ],
    needsWrite: false,
    obsoleteTemps: [],
    snapshot: null
  }
}

interface LeftoverTemp {
  path: string
  name: string
  envelope: Envelope | null
}

async function readLeftoverTemps<T>(ctx: RecoveryContext<T>): Promise<LeftoverTemp[]> {
  let names: string[]
  try {
    names = await ctx.fs.readdir(ctx.dataDir)
  } catch (error) {
    if (errorCode(error) === 'ENOENT') return []
    throw error
  }
  const temps: LeftoverTemp[] = []
  for (const name of names.filter((entry) => isTempFileOf(ctx.fileName, entry))) {
    const path = join(ctx.dataDir, name)
    const bytes = await ctx.fs.readFile(path).catch(() => null)
    const decoded = bytes ? decodeEnvelope(bytes) : null
    temps.push({ path, name, envelope: decoded?.ok ? decoded.envelope : null })
  }
  return temps
}

function pickNewerTemp<T>(
  ctx: RecoveryContext<T>,
  temps: readonly LeftoverTemp[],
  seq: number
): { name: string; envelope: Envelope; data: T } | null {
  const newer = temps
    .filter((temp) => temp.envelope && temp.envelope.seq > seq)
    .sort((a, b) => b.envelope!.seq - a.envelope!.seq)
  for (const temp of newer) {
    const prepared = prepare(ctx, temp.envelope!)
    if (prepared.ok) return { name: temp.name, envelope: temp.envelope!, data: prepared.data }
  }
  return null
}

/** Moves the unusable data file aside; if it cannot be moved, keeps a byte-identical copy. */
function quarantine<T>(
  ctx: RecoveryContext<T>,
  filePath: string,
  bytes: Buffer | null
): Promise<string> {
  return setAside({
    fs: ctx.fs,
    dataDir: ctx.dataDir,
    dataFileName: ctx.fileName,
    kind: 'data',
    path: filePath,
    bytes,
    clock: ctx.clock,
    rename: ctx.rename,
    unmovable: 'The data file is damaged and could not be moved aside'
  })
}
