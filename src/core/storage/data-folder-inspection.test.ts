import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { inspectDataFolder, isLikelySyncedFolder } from './database'
import { decodeEnvelope, encodeEnvelope } from './envelope'
import {
  createManualTimers,
  makeDataDir,
  openRoster,
  removeDataDirs
} from './testing/storage-test-kit'

afterEach(removeDataDirs)

async function snapshot(dir: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {}
  for (const name of await readdir(dir, { recursive: true })) {
    files[name] = await readFile(join(dir, name)).then(
      (bytes) => bytes.toString('base64'),
      () => 'folder'
    )
  }
  return files
}

describe('inspectDataFolder', () => {
  it('reports a healthy folder without taking the lock or changing anything', async () => {
    const dir = await makeDataDir()
    const db = await openRoster(dir)
    await db.mutate((draft) => void (draft.counter = 2))
    await db.createNamedBackup('Trước đại hội')
    await db.flush()
    const before = await snapshot(dir)
    const report = await inspectDataFolder(dir, { schemaVersion: 3 })
    expect(report).toMatchObject({
      healthy: true,
      problems: [],
      file: { ok: true, schemaVersion: 3, appVersion: '0.1.0-test' },
      lock: { present: true, pid: process.pid, ownerRunning: true },
      leftoverTemps: [],
      quarantined: []
    })
    expect(report.backups.map((backup) => backup.ok)).toEqual(report.backups.map(() => true))
    expect(report.backups.some((backup) => backup.name === 'Trước đại hội')).toBe(true)
    expect(await snapshot(dir)).toEqual(before)
    await db.close()
  })

  it('names every damaged file', async () => {
    const dir = await makeDataDir()
    const db = await openRoster(dir)
    const backup = await db.createNamedBackup('x')
    await db.close()
    await writeFile(join(dir, 'dais-data.json'), '{"format":"dais-data"')
    await writeFile(join(dir, 'backups', `${backup.id}.json`), '')
    const report = await inspectDataFolder(dir)
    expect(report.healthy).toBe(false)
    expect(report.problems).toHaveLength(2)
    expect(report.problems[0]).toContain('not valid JSON')
    expect(report.problems[1]).toContain(backup.id)
    expect(report.lock.present).toBe(false)
  })

  it('reports the journal: records the next start replays, a torn tail (fine), a damaged middle (a problem)', async () => {
    const dir = await makeDataDir()
    const db = await openRoster(dir, { timers: createManualTimers() })
    await db.mutate((draft) => void (draft.counter = 1))
    await db.flush()
    await db.mutate((draft) => void (draft.counter = 2))
    await db.flush()
    await db.mutate((draft) => void (draft.counter = 3))
    await db.flush()
    const before = await snapshot(dir)
    const report = await inspectDataFolder(dir)
    expect(report.healthy).toBe(true)
    expect(report.journal).toMatchObject({
      exists: true,
      records: 2,
      savedSeq: db.status().seq,
      tornTail: false,
      problem: null
    })
    expect(report.file.seq).toBeLessThan(report.journal.savedSeq!)
    expect(await snapshot(dir)).toEqual(before)

    const journalPath = join(dir, 'dais-data.json.journal')
    const bytes = await readFile(journalPath)
    await writeFile(journalPath, bytes.subarray(0, bytes.length - 10))
    expect((await inspectDataFolder(dir)).journal).toMatchObject({ records: 1, tornTail: true })
    expect((await inspectDataFolder(dir)).healthy).toBe(true)

    const damaged = Buffer.from(bytes)
    damaged[5] = 0x20
    await writeFile(journalPath, damaged)
    const bad = await inspectDataFolder(dir)
    expect(bad.healthy).toBe(false)
    expect(bad.problems.join(' ')).toContain('record 1 of 2 is damaged')
    await db.close()
  })

  it('an empty folder (first start) is healthy', async () => {
    const report = await inspectDataFolder(await makeDataDir())
    expect(report.healthy).toBe(true)
    expect(report.file.exists).toBe(false)
  })
})

describe('isLikelySyncedFolder', () => {
  it.each([
    ['C:\\Users\\an\\OneDrive - UBND\\Dais', true],
    ['C:\\Users\\an\\Documents\\Dais', true],
    ['/Users/an/Library/Mobile Documents/com~apple~CloudDocs/Dais', true],
    ['/home/an/Dropbox (Personal)/dais', true],
    ['G:\\My Drive\\dais', true],
    ['/Users/an/Desktop/dais', true],
    ['C:\\Users\\an\\AppData\\Roaming\\Dais', false],
    ['/home/an/.config/Dais', false]
  ])('%s → %s', (path, expected) => {
    expect(isLikelySyncedFolder(path)).toBe(expected)
  })
})

describe('envelope', () => {
  it('round-trips data exactly as written and detects any change', () => {
    const fields = { schemaVersion: 1, appVersion: 'a', seq: 1, savedAt: 's' }
    const data = Object.freeze({ b: 1, a: [1, Object.freeze({ d: 'Đ', c: null, e: [] })], f: {} })
    const a = encodeEnvelope(fields, data)
    expect(a.toString()).toContain(`"data":${JSON.stringify(data)}}`)
    const decoded = decodeEnvelope(a)
    expect(decoded.ok && decoded.envelope.data).toEqual(data)
    expect(decodeEnvelope(Buffer.from(a.toString().replace('"b":1', '"b":2')))).toMatchObject({
      ok: false,
      problem: expect.stringContaining('checksum')
    })
  })
})
