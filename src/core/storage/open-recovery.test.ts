import { chmod, mkdir, readFile, readdir, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { encodeEnvelope } from './envelope'
import type { Roster } from './testing/roster-schema'
import {
  createFakeClock,
  makeDataDir,
  openRoster,
  readEnvelope,
  readSaved,
  removeDataDirs,
  writeEnvelopeFile
} from './testing/storage-test-kit'

afterEach(removeDataDirs)

interface Prepared {
  dir: string
  path: string
  validBytes: Buffer
  newestBackupId: string
  newestBackupData: Roster
}

/** A folder with a good file, two named backups (the newest one last) and later edits. */
async function prepareFolder(): Promise<Prepared> {
  const dir = await makeDataDir()
  const clock = createFakeClock()
  const db = await openRoster(dir, { clock })
  // The first save takes the first rolling backup: let it happen now, so no rolling backup of a
  // later state (whenever a busy machine gets to it) competes with the named ones below.
  await db.flush()
  await db.mutate((draft) => void draft.people.push({ id: 'a', name: 'Nguyễn An', approved: true }))
  clock.advanceMinutes(1)
  await db.createNamedBackup('first')
  await db.mutate(
    (draft) => void draft.people.push({ id: 'b', name: 'Trần Bình', approved: false })
  )
  clock.advanceMinutes(1)
  const newest = await db.createNamedBackup('before approval')
  const newestBackupData = db.data
  await db.mutate((draft) => void draft.notes.push('edited after the last backup'))
  await db.flush()
  await db.close()
  const path = join(dir, 'dais-data.json')
  return {
    dir,
    path,
    validBytes: await readFile(path),
    newestBackupId: newest.id,
    newestBackupData
  }
}

const utf8 = (text: string) => Buffer.from(text, 'utf8')

const damagedFiles: Record<string, (valid: Buffer) => Buffer> = {
  '0 bytes': () => Buffer.alloc(0),
  whitespace: () => utf8('  \n\t\r\n  '),
  'truncated in half': (valid) => valid.subarray(0, Math.floor(valid.length / 2)),
  'truncated by one byte': (valid) => valid.subarray(0, valid.length - 1),
  'NUL bytes (unflushed blocks)': (valid) => {
    const copy = Buffer.from(valid)
    copy.fill(0, 40, 120)
    return copy
  },
  'all NUL': (valid) => Buffer.alloc(valid.length),
  'invalid JSON': () => utf8('{"format":"dais-data",,}'),
  'a JSON array': () => utf8('[1,2,3]'),
  'plain data without an envelope': () =>
    utf8(JSON.stringify({ counter: 1, people: [], notes: [] })),
  'checksum mismatch': (valid) => utf8(valid.toString('utf8').replace('Trần Bình', 'Trần Bính')),
  'missing schema version': (valid) => {
    const envelope = JSON.parse(valid.toString('utf8')) as Record<string, unknown>
    delete envelope.schemaVersion
    return utf8(JSON.stringify(envelope))
  },
  'wrong shape (valid checksum, fails validation)': () =>
    encodeEnvelope(
      { schemaVersion: 3, appVersion: 'x', seq: 99, savedAt: '2025-09-01T09:00:00.000Z' },
      { counter: 'many', people: {} }
    ),
  'random bytes': () => Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 197 + 13) % 256))
}

describe('D4: opening a damaged data file', () => {
  for (const [label, damage] of Object.entries(damagedFiles)) {
    it(`${label}: quarantines the original byte-identically and restores the newest backup`, async () => {
      const folder = await prepareFolder()
      const damaged = damage(folder.validBytes)
      await writeFile(folder.path, damaged)
      const db = await openRoster(folder.dir)

      expect(db.notices).toHaveLength(1)
      const notice = db.notices[0]!
      expect(notice.kind).toBe('restored')
      expect(notice.restoredFrom).toBe(folder.newestBackupId)
      expect(notice.restoredAt).toBe('2025-09-01T08:02:00.000Z')
      expect(notice.quarantinedAs).toMatch(
        /^dais-data\.corrupt-2025-09-01T08-00-00-000Z(-\d+)?\.json$/
      )
      expect(notice.message).toContain('before approval')
      expect(notice.message).toContain(notice.quarantinedAs)
      expect(await readFile(join(folder.dir, notice.quarantinedAs!))).toEqual(damaged)
      expect(db.data).toEqual(folder.newestBackupData)

      await db.mutate((draft) => void (draft.counter += 1))
      await db.flush()
      const envelope = await readSaved(folder.path)
      expect(envelope.data).toEqual(db.data)
      await db.close()
    })
  }

  it('a folder in place of the file is moved aside and the newest backup restored', async () => {
    const folder = await prepareFolder()
    await writeFile(folder.path + '.keep', folder.validBytes)
    await import('node:fs/promises').then((fs) => fs.rm(folder.path))
    await mkdir(folder.path)
    await writeFile(join(folder.path, 'inside.txt'), 'x')
    const db = await openRoster(folder.dir)
    const notice = db.notices[0]!
    expect(notice).toMatchObject({ kind: 'restored', restoredFrom: folder.newestBackupId })
    expect(notice.message).toContain('a folder is in place of the data file')
    const moved = join(folder.dir, notice.quarantinedAs!)
    expect((await stat(moved)).isDirectory()).toBe(true)
    expect(await readFile(join(moved, 'inside.txt'), 'utf8')).toBe('x')
    await db.flush()
    expect((await stat(folder.path)).isFile()).toBe(true)
    await db.close()
  })

  it('a file with a UTF-8 BOM keeps its own (newest) data; the original is kept byte-identical', async () => {
    const folder = await prepareFolder()
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), folder.validBytes])
    await writeFile(folder.path, withBom)
    const db = await openRoster(folder.dir)
    const notice = db.notices[0]!
    expect(notice.kind).toBe('restored')
    expect(notice.restoredFrom).toBe('dais-data.json (byte-order mark removed)')
    expect(db.data.notes).toEqual(['edited after the last backup'])
    expect(await readFile(join(folder.dir, notice.quarantinedAs!))).toEqual(withBom)
    await db.flush()
    expect((await readFile(folder.path))[0]).toBe('{'.charCodeAt(0))
    await db.close()
  })

  it('a read-only data file opens normally and is replaced by the next save', async () => {
    const folder = await prepareFolder()
    await chmod(folder.path, 0o444)
    const db = await openRoster(folder.dir)
    expect(db.notices).toEqual([])
    expect(db.data.notes).toEqual(['edited after the last backup'])
    await db.mutate((draft) => void (draft.counter += 1))
    await db.flush()
    expect(db.status().state).toBe('saved')
    expect((await readSaved(folder.path)).data).toEqual(db.data)
    await db.close()
  })

  it('prefers a valid leftover temp file that is newer than every backup', async () => {
    const folder = await prepareFolder()
    const tempData: Roster = { counter: 42, people: [], notes: ['in the temp file'] }
    const tempName = 'dais-data.json.1234-1-abcd.tmp'
    await writeEnvelopeFile(
      join(folder.dir, tempName),
      { schemaVersion: 3, seq: 1000, savedAt: '2025-09-01T08:05:00.000Z' },
      tempData
    )
    await writeFile(join(folder.dir, 'dais-data.json.1234-2-ffff.tmp'), '{"trunc')
    await writeFile(folder.path, 'garbage')
    const db = await openRoster(folder.dir)
    expect(db.notices[0]).toMatchObject({
      kind: 'restored',
      restoredFrom: tempName,
      restoredAt: '2025-09-01T08:05:00.000Z'
    })
    expect(db.data).toEqual(tempData)
    await db.flush()
    expect((await readEnvelope(folder.path)).seq).toBeGreaterThan(1000)
    expect((await readdir(folder.dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])
    await db.close()
  })

  it('skips a damaged newest backup and restores the next valid one', async () => {
    const folder = await prepareFolder()
    await writeFile(join(folder.dir, 'backups', `${folder.newestBackupId}.json`), '{"broken')
    await writeFile(folder.path, '')
    const db = await openRoster(folder.dir)
    const restoredFrom = db.notices[0]!.restoredFrom!
    expect(restoredFrom).not.toBe(folder.newestBackupId)
    const restored = await readEnvelope(join(folder.dir, 'backups', `${restoredFrom}.json`))
    expect(db.data).toEqual(restored.data)
    // The rolling backup taken after the first save may hold the same seq as the damaged one,
    // depending on when the backup chain ran; either way it is the next valid candidate.
    expect(restored.seq).toBeLessThanOrEqual(Number(/-s(\d+)/.exec(folder.newestBackupId)![1]))
    await db.close()
  })

  it('with no valid candidate starts from defaults and says so', async () => {
    const dir = await makeDataDir()
    await writeFile(join(dir, 'dais-data.json'), 'not json')
    const db = await openRoster(dir)
    expect(db.notices[0]).toMatchObject({ kind: 'started-empty', restoredFrom: null })
    expect(db.notices[0]!.message).toContain('No valid backup')
    expect(db.data).toEqual({ counter: 0, people: [], notes: [] })
    expect(await readFile(join(dir, db.notices[0]!.quarantinedAs!), 'utf8')).toBe('not json')
    await db.close()
  })

  it('restores from the newest backup when the data file is missing but backups exist', async () => {
    const folder = await prepareFolder()
    await import('node:fs/promises').then((fs) => fs.rm(folder.path))
    const db = await openRoster(folder.dir)
    expect(db.notices[0]).toMatchObject({
      kind: 'restored',
      restoredFrom: folder.newestBackupId,
      quarantinedAs: null
    })
    await db.close()
  })

  it('recovers unsaved changes from a newer temp file left beside a valid data file', async () => {
    const folder = await prepareFolder()
    const tempName = 'dais-data.json.77-3-beef.tmp'
    await writeEnvelopeFile(
      join(folder.dir, tempName),
      { schemaVersion: 3, seq: 500 },
      {
        counter: 7,
        people: [],
        notes: []
      }
    )
    const db = await openRoster(folder.dir)
    expect(db.notices[0]).toMatchObject({
      kind: 'restored',
      restoredFrom: tempName,
      quarantinedAs: null
    })
    expect(db.data.counter).toBe(7)
    await db.close()
    expect((await readEnvelope(folder.path)).data).toMatchObject({ counter: 7 })
  })

  it('deletes stale temp files older than a valid data file without a notice', async () => {
    const folder = await prepareFolder()
    await writeEnvelopeFile(
      join(folder.dir, 'dais-data.json.1-1-aaaa.tmp'),
      { schemaVersion: 3, seq: 1 },
      {
        counter: 1,
        people: [],
        notes: []
      }
    )
    await writeFile(join(folder.dir, 'dais-data.json.1-2-bbbb.tmp'), '')
    const db = await openRoster(folder.dir)
    expect(db.notices).toEqual([])
    expect((await readdir(folder.dir)).filter((name) => name.endsWith('.tmp'))).toEqual([])
    await db.close()
  })
})
