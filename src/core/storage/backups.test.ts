import { readdir } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { BackupInfo } from '@shared/entities'
import { defaultBackupPolicy, parseBackupFileName, rollingGenerationsToKeep } from './backups'
import { dataJson, sha256Hex } from './data-json'
import { createFaultInjectingFs } from './testing/fault-injecting-fs'
import {
  createFakeClock,
  makeDataDir,
  openRoster,
  readEnvelope,
  removeDataDirs
} from './testing/storage-test-kit'

afterEach(removeDataDirs)

/** Deterministic pseudo-random numbers (mulberry32). */
function seededRandom(seed: number): () => number {
  let state = seed
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

describe('backups', () => {
  it('D5: three simulated days of edits; every backup verifies and 10 random restores are hash-identical', async () => {
    const dir = await makeDataDir()
    const clock = createFakeClock('2025-09-01T00:00:00.000Z')
    const db = await openRoster(dir, { clock })
    const hashBySeq = new Map<number, string>()
    const random = seededRandom(7)
    const record = () => hashBySeq.set(db.status().seq, sha256Hex(dataJson(db.data)))
    record()
    for (let step = 0; step < 3 * 24 * 3; step += 1) {
      clock.advanceMinutes(20)
      await db.mutate((draft) => {
        draft.counter += 1
        draft.people.push({ id: `p${step}`, name: `Đại biểu ${step}`, approved: random() < 0.5 })
      })
      record()
      if (step % 24 === 0) {
        await db.createNamedBackup(`before approval ${step}`)
      }
      await db.flush()
    }

    const infos = await db.listBackups()
    const rolling = infos.filter((info) => info.kind === 'rolling')
    const named = infos.filter((info) => info.kind === 'named')
    expect(named).toHaveLength(9)
    expect(rolling.length).toBeLessThanOrEqual(20 + 48 + 14)
    expect(rolling.length).toBeGreaterThan(20)
    for (const info of infos) {
      const envelope = await readEnvelope(join(dir, 'backups', `${info.id}.json`))
      expect(envelope.seq).toBe(info.seq)
      expect(envelope.checksum).toBe(hashBySeq.get(info.seq))
    }
    expect(named.map((info) => info.name)).toContain('before approval 24')

    for (let i = 0; i < 10; i += 1) {
      const candidates = (await db.listBackups()).filter((info) => hashBySeq.has(info.seq))
      const chosen = candidates[Math.floor(random() * candidates.length)]!
      const expectedHash = hashBySeq.get(chosen.seq)
      const restored = await db.restoreBackup(chosen.id)
      expect(restored.id).toBe(chosen.id)
      expect(sha256Hex(dataJson(db.data))).toBe(expectedHash)
      const onDisk = await readEnvelope(db.filePath)
      expect(onDisk.checksum).toBe(expectedHash)
      clock.advanceMinutes(1)
    }
    const beforeRestore = (await db.listBackups()).filter((info) => info.name === 'before restore')
    expect(beforeRestore).toHaveLength(10)
    await db.close()
  })

  it('takes at most one rolling generation per interval of activity', async () => {
    const dir = await makeDataDir()
    const clock = createFakeClock()
    const db = await openRoster(dir, { clock, backupPolicy: { rollingIntervalMinutes: 10 } })
    for (let minute = 0; minute < 60; minute += 1) {
      await db.mutate((draft) => void (draft.counter += 1))
      await db.flush()
      clock.advanceMinutes(1)
    }
    const rolling = (await db.listBackups()).filter((info) => info.kind === 'rolling')
    expect(rolling).toHaveLength(6)
    clock.advanceMinutes(600)
    await db.flush()
    expect((await db.listBackups()).filter((info) => info.kind === 'rolling')).toHaveLength(6)
    await db.close()
  })

  it('restoring takes a "before restore" backup of the current state first', async () => {
    const dir = await makeDataDir()
    const db = await openRoster(dir)
    await db.mutate((draft) => void (draft.counter = 1))
    const snapshot = await db.createNamedBackup('Trước khi duyệt: danh sách/đợt 1')
    expect(snapshot.name).toBe('Trước khi duyệt: danh sách/đợt 1')
    await db.mutate((draft) => void (draft.counter = 2))
    const restored = await db.restoreBackup(snapshot.id)
    expect(restored).toMatchObject({ id: snapshot.id, kind: 'named' })
    expect(db.data.counter).toBe(1)
    const before = (await db.listBackups()).find((info) => info.name === 'before restore')!
    expect((await readEnvelope(join(dir, 'backups', `${before.id}.json`))).data).toMatchObject({
      counter: 2
    })
    expect((await readEnvelope(db.filePath)).data).toMatchObject({ counter: 1 })
    await expect(db.restoreBackup('named-nope')).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await db.close()
  })

  it('refuses a backup that does not verify after writing', async () => {
    const dir = await makeDataDir()
    const fs = createFaultInjectingFs()
    const db = await openRoster(dir, { fs })
    await db.flush()
    fs.inject({ op: 'readFile', code: 'EIO', pathIncludes: 'backups' })
    await expect(db.createNamedBackup('unverified')).rejects.toThrow('EIO')
    await db.close()
  })

  it('never prunes named backups and keeps last/hourly/daily generations', () => {
    const rolling: BackupInfo[] = []
    const start = Date.parse('2025-09-01T00:00:00.000Z')
    for (let i = 0; i < 30 * 24 * 12; i += 1) {
      const createdAt = new Date(start + i * 5 * 60_000).toISOString()
      rolling.push({ id: `r${i}`, kind: 'rolling', name: '', createdAt, seq: i, sizeBytes: 1 })
    }
    rolling.reverse()
    const keep = rollingGenerationsToKeep(rolling, defaultBackupPolicy)
    const kept = rolling.filter((info) => keep.has(info.id))
    expect(kept.slice(0, 20)).toEqual(rolling.slice(0, 20))
    const hours = new Set(kept.map((info) => info.createdAt.slice(0, 13)))
    const days = new Set(kept.map((info) => info.createdAt.slice(0, 10)))
    expect(hours.size).toBeGreaterThanOrEqual(48)
    expect(days.size).toBe(14)
    expect(kept.length).toBeLessThanOrEqual(20 + 48 + 14)
  })

  it('parses backup file names and ignores others', async () => {
    expect(parseBackupFileName('named-2025-09-01T08-00-00-000Z-s12.2-before x.json')).toEqual({
      id: 'named-2025-09-01T08-00-00-000Z-s12.2-before x',
      kind: 'named',
      name: 'before x',
      createdAt: '2025-09-01T08:00:00.000Z',
      seq: 12
    })
    expect(parseBackupFileName('named-2025-09-01T08-00-00-000Z-s12.json.123.tmp')).toBeNull()
    const dir = await makeDataDir()
    const db = await openRoster(dir)
    await db.createNamedBackup('x')
    await db.createNamedBackup('x')
    const names = await readdir(join(dir, 'backups'))
    expect(new Set(names).size).toBe(names.length)
    expect(names.filter((name) => name.includes('-x.json'))).toHaveLength(2)
    await db.close()
  })
})
