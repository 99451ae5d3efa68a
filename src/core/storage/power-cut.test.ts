import { basename, dirname } from 'node:path'
import { isDeepStrictEqual } from 'node:util'
import { describe, expect, it } from 'vitest'
import { backupsFolderName, fileStamp, parseBackupFileName } from './backups'
import { openDatabase } from './database'
import type { Database, OpenDatabaseOptions } from './database-types'
import { decodeEnvelope, encodeEnvelope } from './envelope'
import { emptyRoster, rosterSchemaVersion, type Roster } from './testing/roster-schema'
import {
  createPowerCutFs,
  dataLosses,
  type CrashMode,
  type PowerCutFs
} from './testing/power-cut-fs'
import { errorMessage } from './storage-fs'
import {
  createFakeClock,
  createManualTimers,
  rosterOptions,
  type FakeClock
} from './testing/storage-test-kit'

const dataDir = '/data/dais'
const mainPath = `${dataDir}/dais-data.json`
const backupsDir = `${dataDir}/${backupsFolderName}`

const stateS: Roster = {
  counter: 1,
  people: [{ id: 'a', name: 'Nguyễn An', approved: false }],
  notes: ['S']
}
const stateA: Roster = {
  counter: 2,
  people: [
    { id: 'a', name: 'Nguyễn An', approved: true },
    { id: 'b', name: 'Trần Bình', approved: false }
  ],
  notes: ['S', 'A']
}
const stateB: Roster = {
  counter: 3,
  people: [
    { id: 'a', name: 'Nguyễn An', approved: true },
    { id: 'b', name: 'Trần Bình', approved: true },
    { id: 'c', name: 'Lê Thị Cúc', approved: false }
  ],
  notes: ['S', 'A', 'B — a longer note so that halves and prefixes fall inside the data']
}

function become(target: Roster) {
  return (draft: Roster): void => {
    draft.counter = target.counter
    draft.people = structuredClone(target.people)
    draft.notes = [...target.notes]
  }
}

function open(
  fs: PowerCutFs,
  clock: FakeClock,
  overrides: Partial<OpenDatabaseOptions<Roster>> = {}
): Promise<Database<Roster>> {
  // After a power cut the process that held the lock is gone.
  return openDatabase(
    rosterOptions(dataDir, { fs, clock, isProcessAlive: () => false, ...overrides })
  )
}

/** Writes a file the way nothing can lose it: fsync'd, and its folder synced. */
async function writeDurable(fs: PowerCutFs, path: string, bytes: Buffer): Promise<void> {
  await fs.mkdir(dirname(path))
  await fs.syncFolder(dirname(dirname(path)))
  const handle = await fs.open(path, 'wx')
  await handle.write(bytes)
  await handle.sync()
  await handle.close()
  await fs.syncFolder(dirname(path))
}

function envelopeBytes(seq: number, data: Roster, backupName?: string): Buffer {
  const savedAt = '2025-08-31T10:00:00.000Z'
  return encodeEnvelope(
    {
      schemaVersion: rosterSchemaVersion,
      appVersion: '0.0.9',
      seq,
      savedAt,
      ...(backupName
        ? { backup: { kind: 'named' as const, name: backupName, createdAt: savedAt } }
        : {})
    },
    data
  )
}

/** The part of a scenario that a power cut interrupts. */
interface Phase {
  /** What is durable before `run` starts, and what `run` makes durable. */
  old: Roster
  new: Roster
  /** Resolves with the ids of backups that must exist once it has resolved. */
  run(): Promise<string[]>
  /** A damaged data file present before the phase; it must never be lost. */
  damagedMain?: Buffer
}

interface Scenario {
  name: string
  /** The phase must take at least this many disk operations (default 4). */
  minOps?: number
  /** Folders that exist (durably) before the scenario. */
  folders: string[]
  setup(fs: PowerCutFs, clock: FakeClock): Promise<Phase>
}

async function rollingIdsAt(db: Database<Roster>): Promise<string[]> {
  const seq = db.status().seq
  return (await db.listBackups())
    .filter((info) => info.kind === 'rolling' && info.seq === seq)
    .map((info) => info.id)
}

/** Opens with timers only the test fires, and A then B appended to the journal. */
async function openWithJournaledAB(
  fs: PowerCutFs,
  clock: FakeClock,
  overrides: Partial<OpenDatabaseOptions<Roster>> = {}
) {
  const timers = createManualTimers()
  const waiting = new Map<string, () => void>()
  const db = await open(fs, clock, {
    timers,
    onCompaction: (event) => waiting.get(event.reason)?.(),
    ...overrides
  })
  await db.mutate(become(stateA))
  await db.flush()
  await db.mutate(become(stateB))
  await db.flush()
  /** Resolves at the next compaction for `reason` (never, once the power is cut). */
  const compaction = (reason: string) =>
    new Promise<void>((resolve) => waiting.set(reason, resolve))
  return { db, timers, compaction }
}

const journalScenarios: Scenario[] = [
  {
    name: 'appending to the journal (A → B)',
    folders: [dataDir],
    minOps: 2,
    async setup(fs, clock) {
      const db = await open(fs, clock, { timers: createManualTimers() })
      await db.mutate(become(stateA))
      await db.flush()
      return {
        old: stateA,
        new: stateB,
        run: async () => {
          await db.mutate(become(stateB))
          await db.flush()
          return []
        }
      }
    }
  },
  {
    name: 'the first append after a compaction, which empties the journal (S → A)',
    folders: [dataDir],
    minOps: 2,
    async setup(fs, clock) {
      const { db } = await openWithJournaledAB(fs, clock)
      await db.mutate(become(stateS))
      await db.flush()
      return {
        old: stateS,
        new: stateA,
        run: async () => {
          await db.mutate(become(stateA))
          await db.flush()
          return []
        }
      }
    }
  },
  {
    name: 'compacting after the quiet period (B stays B)',
    folders: [dataDir],
    async setup(fs, clock) {
      const { db, timers, compaction } = await openWithJournaledAB(fs, clock)
      return {
        old: stateB,
        new: stateB,
        run: async () => {
          const compacted = compaction('quiet')
          timers.fireAll()
          await compacted
          await db.flush()
          return []
        }
      }
    }
  },
  {
    name: 'appending the record that reaches the size bound, then compacting (B → S)',
    folders: [dataDir],
    async setup(fs, clock) {
      const { db, compaction } = await openWithJournaledAB(fs, clock, {
        journal: { maxEntries: 2 }
      })
      return {
        old: stateB,
        new: stateS,
        run: async () => {
          const compacted = compaction('size')
          await db.mutate(become(stateS))
          await db.flush()
          await compacted
          return []
        }
      }
    }
  },
  {
    name: 'compacting at close (B stays B)',
    folders: [dataDir],
    async setup(fs, clock) {
      const { db } = await openWithJournaledAB(fs, clock)
      return {
        old: stateB,
        new: stateB,
        run: async () => {
          await db.close()
          return []
        }
      }
    }
  },
  {
    name: 'the start that replays the journal and compacts it (B stays B)',
    folders: [dataDir],
    async setup(fs, clock) {
      // The first process is gone without closing: its journal holds A and B.
      await openWithJournaledAB(fs, clock)
      return {
        old: stateB,
        new: stateB,
        run: async () => {
          const db = await open(fs, clock)
          await db.flush()
          return []
        }
      }
    }
  }
]

const scenarios: Scenario[] = [
  {
    name: 'saving the data file (A → B) with a snapshot write',
    folders: [dataDir],
    async setup(fs, clock) {
      const db = await open(fs, clock, { journal: { maxEntries: 0 } })
      await db.mutate(become(stateA))
      await db.flush()
      return {
        old: stateA,
        new: stateB,
        run: async () => {
          await db.mutate(become(stateB))
          await db.flush()
          return []
        }
      }
    }
  },
  {
    name: 'saving, then a rolling backup and pruning the old generation',
    folders: [dataDir],
    async setup(fs, clock) {
      const db = await open(fs, clock, {
        backupPolicy: { rollingIntervalMinutes: 5, keepLast: 1, keepHourly: 0, keepDaily: 0 }
      })
      await db.mutate(become(stateA))
      await db.flush()
      clock.advanceMinutes(6)
      return {
        old: stateA,
        new: stateB,
        run: async () => {
          await db.mutate(become(stateB))
          await db.flush()
          return rollingIdsAt(db)
        }
      }
    }
  },
  {
    name: 'a named backup',
    folders: [dataDir],
    async setup(fs, clock) {
      const db = await open(fs, clock)
      await db.mutate(become(stateA))
      await db.flush()
      clock.advanceMinutes(1)
      return {
        old: stateA,
        new: stateA,
        run: async () => [(await db.createNamedBackup('before approval')).id]
      }
    }
  },
  {
    name: 'the first backup, which creates the backups folder',
    folders: [dataDir],
    async setup(fs, clock) {
      await writeDurable(fs, mainPath, envelopeBytes(5, stateA))
      const db = await open(fs, clock)
      return {
        old: stateA,
        new: stateA,
        run: async () => [(await db.createNamedBackup('before import')).id]
      }
    }
  },
  {
    name: 'the first start, which creates the data folder (nothing → A)',
    folders: ['/data'],
    async setup(fs, clock) {
      return {
        old: emptyRoster(),
        new: stateA,
        run: async () => {
          const db = await open(fs, clock)
          await db.mutate(become(stateA))
          await db.flush()
          return rollingIdsAt(db)
        }
      }
    }
  },
  {
    name: 'restoring a backup (A → S, with a "before restore" backup)',
    folders: [dataDir],
    async setup(fs, clock) {
      const db = await open(fs, clock)
      await db.mutate(become(stateS))
      await db.flush()
      clock.advanceMinutes(1)
      const backup = await db.createNamedBackup('S')
      await db.mutate(become(stateA))
      await db.flush()
      clock.advanceMinutes(1)
      return {
        old: stateA,
        new: stateS,
        run: async () => {
          await db.restoreBackup(backup.id)
          return (await db.listBackups())
            .filter((info) => info.kind === 'named' && info.name === 'before restore')
            .map((info) => info.id)
        }
      }
    }
  },
  {
    name: 'the start that recovers a newer fsync’d temp file (A + temp B → B)',
    folders: [dataDir],
    async setup(fs, clock) {
      await writeDurable(fs, mainPath, envelopeBytes(5, stateA))
      await writeDurable(fs, `${mainPath}.999-1-0123abcd.tmp`, envelopeBytes(6, stateB))
      return {
        old: stateB,
        new: stateB,
        run: async () => {
          const db = await open(fs, clock)
          await db.flush()
          return []
        }
      }
    }
  },
  {
    name: 'the start that quarantines a damaged data file and restores a backup (→ S)',
    folders: [dataDir],
    async setup(fs, clock) {
      const damaged = envelopeBytes(9, stateB).subarray(0, 150)
      await writeDurable(fs, mainPath, damaged)
      await writeDurable(
        fs,
        `${backupsDir}/named-${fileStamp('2025-08-31T10:00:00.000Z')}-s7-S.json`,
        envelopeBytes(7, stateS, 'S')
      )
      return {
        old: stateS,
        new: stateS,
        damagedMain: damaged,
        run: async () => {
          const db = await open(fs, clock)
          await db.flush()
          return []
        }
      }
    }
  }
]

/** Every combination of how many unsynced operations each folder keeps, × every data loss. */
function crashModes(fs: PowerCutFs, seed: number): CrashMode[] {
  let combos: Map<string, number>[] = [new Map()]
  for (const [folder, count] of fs.unsyncedFolderOps()) {
    combos = combos.flatMap((combo) =>
      Array.from({ length: count + 1 }, (_, kept) => new Map(combo).set(folder, kept))
    )
  }
  const losses = fs.hasUnsyncedData() ? dataLosses : dataLosses.slice(0, 1)
  return combos.flatMap((folders, i) =>
    losses.map((data, j) => ({ data, folders, seed: seed * 1_000 + i * 31 + j }))
  )
}

function describeMode(mode: CrashMode): string {
  const folders =
    mode.folders === 'all'
      ? 'all'
      : [...mode.folders].map(([folder, kept]) => `${folder}:${kept}`).join(',') || 'none'
  return `data ${mode.data.keep}/${mode.data.tail}, folder ops kept ${folders}`
}

function fingerprint(fs: PowerCutFs): string {
  return [...fs.files()].map(([path, bytes]) => `${path}=${bytes.toString('base64')}`).join('|')
}

/** Opens a new database on the disk a power cut left; returns what is wrong, if anything. */
async function checkRecovery(
  disk: PowerCutFs,
  phase: Phase,
  acknowledged: boolean,
  mustKeep: readonly string[]
): Promise<string[]> {
  const problems: string[] = []
  const files = disk.files()
  for (const [path, bytes] of files) {
    const finalName =
      (path === mainPath && !phase.damagedMain) ||
      (dirname(path) === backupsDir && parseBackupFileName(basename(path)) !== null)
    if (!finalName) continue
    const decoded = decodeEnvelope(bytes)
    if (!decoded.ok) problems.push(`${path} is damaged under its final name (${decoded.problem})`)
  }
  if (acknowledged) {
    for (const id of mustKeep) {
      if (!files.has(`${backupsDir}/${id}.json`)) problems.push(`acknowledged backup ${id} is gone`)
    }
  }
  const keepsDamaged = (fs: PowerCutFs): boolean =>
    [...fs.files().values()].some((bytes) => phase.damagedMain?.equals(bytes))
  if (phase.damagedMain && !keepsDamaged(disk)) problems.push('the damaged data file was lost')

  let db: Database<Roster>
  try {
    db = await open(disk, createFakeClock('2025-09-02T08:00:00.000Z'))
  } catch (error) {
    return [...problems, `the database did not open: ${errorMessage(error)}`]
  }
  const data = db.data
  const allowed = acknowledged ? [phase.new] : [phase.old, phase.new]
  if (!allowed.some((state) => isDeepStrictEqual(state, data))) {
    problems.push(
      `opened with ${JSON.stringify(data)}, expected ${acknowledged ? 'the new state' : 'the old or the new state'}`
    )
  }
  await db.flush()
  await db.close()

  // What the recovery settled on is itself durable once flushed.
  const again = disk.powerCut({
    data: { keep: 'drop', tail: 'short' },
    folders: new Map(),
    seed: 1
  })
  const reopened = await open(again, createFakeClock('2025-09-02T09:00:00.000Z'))
  if (!isDeepStrictEqual(reopened.data, data)) {
    problems.push('the recovered state did not survive a second power cut after its flush')
  }
  await reopened.close()
  if (phase.damagedMain && !keepsDamaged(again)) {
    problems.push('the damaged data file was lost by the recovery')
  }
  return problems
}

const settle = async (): Promise<void> => {
  for (let i = 0; i < 5; i += 1) await new Promise((resolve) => setImmediate(resolve))
}

interface SweepResult {
  opsInPhase: number
  crashStates: number
  distinctDisks: number
  failures: string[]
}

/**
 * Counts the operations of one uninterrupted run of the phase, then for every k reruns the
 * scenario from scratch with the power cut right after operation k of the phase, and checks
 * every way the cut can lose unsynced data and folder operations.
 */
async function sweep(scenario: Scenario, seed: number): Promise<SweepResult> {
  const probe = createPowerCutFs(scenario.folders)
  const probePhase = await scenario.setup(probe, createFakeClock())
  const start = probe.opCount
  await probePhase.run()
  const opsInPhase = probe.opCount - start
  const phaseLog = probe.opLog.slice(start)

  const failures: string[] = []
  const seen = new Set<string>()
  let crashStates = 0
  for (let k = 0; k <= opsInPhase; k += 1) {
    const fs = createPowerCutFs(scenario.folders)
    const phase = await scenario.setup(fs, createFakeClock())
    const cut = fs.cutAfter(k)
    let acknowledged = false
    let mustKeep: string[] = []
    let runError: unknown = null
    const running = phase.run().then(
      (ids) => {
        acknowledged = true
        mustKeep = ids
      },
      (error: unknown) => {
        runError = error
      }
    )
    await Promise.race([cut, running])
    const at = k === 0 ? 'before the first operation' : `after "${phaseLog[k - 1]}" (op ${k})`
    if (!fs.isCut) {
      failures.push(`${at}: the run finished before the cut; the scenario is not deterministic`)
      continue
    }
    // The process may still acknowledge what needs no further disk operation.
    await settle()
    if (runError !== null) failures.push(`${at}: the run failed: ${errorMessage(runError)}`)
    for (const mode of crashModes(fs, seed + k)) {
      crashStates += 1
      const disk = fs.powerCut(mode)
      const key = `${acknowledged}|${mustKeep.join(',')}|${fingerprint(disk)}`
      if (seen.has(key)) continue
      seen.add(key)
      for (const problem of await checkRecovery(disk, phase, acknowledged, mustKeep)) {
        failures.push(`${at}, ${describeMode(mode)}: ${problem}`)
      }
    }
  }
  return { opsInPhase, crashStates, distinctDisks: seen.size, failures }
}

describe('D2: power cut at every step of the write protocol', () => {
  ;[...scenarios, ...journalScenarios].forEach((scenario, index) => {
    it(`${scenario.name}: recovers exactly the old or the new state`, async () => {
      const result = await sweep(scenario, 20_250_901 + index)
      expect(result.failures.slice(0, 20)).toEqual([])
      expect(result.opsInPhase).toBeGreaterThanOrEqual(scenario.minOps ?? 4)
      expect(result.distinctDisks).toBeGreaterThan(result.opsInPhase)
    })
  })
})

describe('the power-cut file system', () => {
  const noFolderOps = new Map<string, number>()

  it('keeps fsync’d data and synced entries, and loses or tears the rest', async () => {
    const fs = createPowerCutFs(['/d'])
    const handle = await fs.open('/d/f', 'wx')
    await handle.write(Buffer.from('durable'))
    await handle.sync()
    await handle.write([Buffer.from('-more'), Buffer.from('-and-more')])
    await handle.close()
    await fs.syncFolder('/d')
    await fs.rename('/d/f', '/d/g')

    const read = (disk: PowerCutFs) => disk.files()
    const cutWith = (data: CrashMode['data'], folders: CrashMode['folders'] = noFolderOps) =>
      read(fs.powerCut({ data, folders, seed: 3 }))

    expect(cutWith({ keep: 'drop', tail: 'short' })).toEqual(
      new Map([['/d/f', Buffer.from('durable')]])
    )
    expect(cutWith({ keep: 'keep', tail: 'short' }, 'all')).toEqual(
      new Map([['/d/g', Buffer.from('durable-more-and-more')]])
    )
    expect(cutWith({ keep: 'half', tail: 'short' }).get('/d/f')!.toString()).toBe('durable-more-a')
    expect(cutWith({ keep: 'drop', tail: 'zeros' }).get('/d/f')).toEqual(
      Buffer.concat([Buffer.from('durable'), Buffer.alloc(14)])
    )
    const garbage = cutWith({ keep: 'one-byte', tail: 'garbage' }).get('/d/f')!
    expect(garbage).toHaveLength(21)
    expect(garbage.subarray(0, 8).toString()).toBe('durable-')
    expect(garbage.includes(0)).toBe(false)
    // The running system still sees everything.
    expect(fs.files()).toEqual(new Map([['/d/g', Buffer.from('durable-more-and-more')]]))
  })

  it('loses a new folder, and everything in it, until its parent is synced', async () => {
    const fs = createPowerCutFs(['/d'])
    await fs.mkdir('/d/sub/deeper')
    await writeDurable(fs, '/d/sub/deeper/x', Buffer.from('x'))
    const lost = fs.powerCut({ data: dataLosses[1]!, folders: noFolderOps, seed: 1 })
    expect(lost.files().size).toBe(0)
    await expect(lost.readdir('/d')).resolves.toEqual([])
    await fs.syncFolder('/d')
    const kept = fs.powerCut({ data: dataLosses[0]!, folders: noFolderOps, seed: 1 })
    expect(kept.files()).toEqual(new Map([['/d/sub/deeper/x', Buffer.from('x')]]))
  })

  it('freezes after the chosen operation: later calls never settle', async () => {
    const fs = createPowerCutFs(['/d'])
    const cut = fs.cutAfter(2)
    await fs.mkdir('/d/a')
    await fs.mkdir('/d/b')
    await cut
    let settled = false
    void fs.mkdir('/d/c').then(() => (settled = true))
    await settle()
    expect(settled).toBe(false)
    expect(fs.opLog).toEqual(['mkdir /d/a', 'mkdir /d/b'])
    expect(fs.isCut).toBe(true)
  })

  it('reports errors the way node:fs does', async () => {
    const fs = createPowerCutFs(['/d'])
    await expect(fs.readFile('/d/none')).rejects.toMatchObject({ code: 'ENOENT' })
    await expect(fs.readFile('/d')).rejects.toMatchObject({ code: 'EISDIR' })
    await (await fs.open('/d/f', 'wx')).close()
    await expect(fs.open('/d/f', 'wx')).rejects.toMatchObject({ code: 'EEXIST' })
    await expect(fs.rename('/d/none', '/d/g')).rejects.toMatchObject({ code: 'ENOENT' })
    await expect(fs.open('/d/f/x', 'wx')).rejects.toMatchObject({ code: 'ENOTDIR' })
    await expect(fs.stat('/d')).resolves.toMatchObject({ size: 0 })
  })
})
