import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { applyPatches, type Patch } from 'immer'
import { afterEach, describe, expect, it } from 'vitest'
import { AppError } from '@shared/result'
import { dataJson } from './data-json'
import type { CompactionEvent } from './database-types'
import { readJournalRecords } from './journal-format'
import { openDatabase } from './database'
import { lockFileName } from './lock-file'
import { nodeStorageFs, type StorageFs } from './storage-fs'
import {
  makeDataDir,
  openRoster,
  readEnvelope,
  readSaved,
  removeDataDirs,
  rosterOptions,
  writeEnvelopeFile
} from './testing/storage-test-kit'

afterEach(removeDataDirs)

describe('openDatabase', () => {
  it('starts with defaults and no notice when there is no file yet, and writes a compact envelope', async () => {
    const dir = await makeDataDir()
    const db = await openRoster(dir)
    expect(db.notices).toEqual([])
    expect(db.data).toEqual({ counter: 0, people: [], notes: [] })
    await db.flush()
    const text = await readFile(db.filePath, 'utf8')
    expect(text).not.toContain('\n')
    const envelope = await readEnvelope(db.filePath)
    expect(envelope).toMatchObject({
      format: 'dais-data',
      schemaVersion: 3,
      appVersion: '0.1.0-test',
      savedAt: '2025-09-01T08:00:00.000Z',
      data: db.data
    })
    expect(db.status().state).toBe('saved')
    await db.close()
  })

  it('commits a mutation in memory at once, returns undo patches and keeps data frozen', async () => {
    const dir = await makeDataDir()
    const db = await openRoster(dir)
    const before = db.data
    const result = await db.mutate((draft) => {
      draft.people.push({ id: 'a', name: 'An', approved: false })
      draft.counter += 1
      return draft.people.length
    })
    expect(result.value).toBe(1)
    expect(result.before).toBe(before)
    expect(db.data).toBe(result.after)
    expect(Object.isFrozen(db.data.people)).toBe(true)
    expect(() => (db.data.people as unknown[]).push(1)).toThrow()
    expect(applyPatches(db.data, result.inversePatches as Patch[])).toEqual(before)
    await db.flush()
    expect((await readSaved(db.filePath)).data).toEqual(db.data)
    await db.close()
  })

  it('D7: a throw half-way through a mutation changes nothing in memory or on disk', async () => {
    const dir = await makeDataDir()
    const db = await openRoster(dir)
    await db.mutate((draft) => {
      for (let i = 0; i < 50; i += 1)
        draft.people.push({ id: `d${i}`, name: `D ${i}`, approved: false })
    })
    await db.flush()
    const memoryBefore = db.data
    const diskBefore = await readFile(db.filePath)
    const seqBefore = db.status().seq

    await expect(
      db.mutate((draft) => {
        draft.people.forEach((person, index) => {
          if (index === 25) throw new Error('approval failed half-way')
          person.approved = true
        })
      })
    ).rejects.toThrow('approval failed half-way')
    // A result that fails validation is refused the same way.
    await expect(
      db.mutate((draft) => {
        draft.people[0]!.approved = true
        draft.counter = -1
      })
    ).rejects.toThrow()

    await db.flush()
    expect(db.data).toBe(memoryBefore)
    expect(db.data.people.every((person) => !person.approved)).toBe(true)
    expect(db.status().seq).toBe(seqBefore)
    expect(await readFile(db.filePath)).toEqual(diskBefore)
    await db.close()
  })

  /** Every seq written, in order: data files renamed into place and journal records appended. */
  function recordingSeqs(): {
    fs: StorageFs
    seqs: number[]
    snapshots: number[]
    appended: number[]
  } {
    const seqs: number[] = []
    const snapshots: number[] = []
    const appended: number[] = []
    const fs: StorageFs = {
      ...nodeStorageFs,
      async open(path, flags) {
        const handle = await nodeStorageFs.open(path, flags)
        if (!path.endsWith('.journal')) return handle
        return {
          ...handle,
          async write(data) {
            const bytes = Buffer.concat(data instanceof Uint8Array ? [data] : [...data])
            for (const { seq } of readJournalRecords(bytes).records) {
              seqs.push(seq)
              appended.push(seq)
            }
            await handle.write(data)
          }
        }
      },
      async rename(from, to) {
        if (to.endsWith('dais-data.json')) {
          const { seq } = await readEnvelope(from)
          seqs.push(seq)
          snapshots.push(seq)
        }
        await nodeStorageFs.rename(from, to)
      }
    }
    return { fs, seqs, snapshots, appended }
  }

  function expectStrictlyIncreasing(seqs: readonly number[]): void {
    for (let i = 1; i < seqs.length; i += 1) expect(seqs[i]).toBeGreaterThan(seqs[i - 1]!)
  }

  it('D8: 1,000 quick mutations coalesce into few writes with strictly increasing seq; file = memory', async () => {
    const dir = await makeDataDir()
    const { fs, seqs } = recordingSeqs()
    const db = await openRoster(dir, { fs })
    const pending: Promise<unknown>[] = []
    for (let i = 0; i < 1000; i += 1) {
      pending.push(db.mutate((draft) => void (draft.counter += 1)))
      if (i % 100 === 0) await new Promise((resolve) => setImmediate(resolve))
    }
    await Promise.all(pending)
    await db.flush()

    expect(db.data.counter).toBe(1000)
    const saved = await readSaved(db.filePath)
    expect(saved.data).toEqual(db.data)
    expect(saved.seq).toBe(db.status().seq)
    expect(seqs.length).toBeLessThan(100)
    expectStrictlyIncreasing(seqs)
    const memory = db.data
    await db.close()
    const reopened = await openRoster(dir)
    expect(reopened.data).toEqual(memory)
    await reopened.close()
  })

  it('D8: 1,000 updates each saved on its own: appends and size-bound compactions, seq strictly increasing, reopen = memory', async () => {
    const dir = await makeDataDir()
    const { fs, appended, snapshots } = recordingSeqs()
    const compactions: CompactionEvent[] = []
    const db = await openRoster(dir, {
      fs,
      journal: { maxEntries: 256 },
      onCompaction: (event) => compactions.push(event)
    })
    for (let i = 0; i < 1000; i += 1) {
      await db.mutate((draft) => {
        draft.counter += 1
        if (i % 10 === 0) draft.people.push({ id: `p${i}`, name: `Đại biểu ${i}`, approved: false })
        else if (draft.people.length > 0) draft.people[i % draft.people.length]!.approved = true
      })
      await db.flush()
    }
    const memory = db.data
    const seq = db.status().seq
    expect((await readSaved(db.filePath)).data).toEqual(memory)
    await db.close()
    expect(appended.length).toBeGreaterThan(990)
    expectStrictlyIncreasing(appended)
    expectStrictlyIncreasing(snapshots)
    expect(compactions.filter((event) => event.reason === 'size').length).toBeGreaterThanOrEqual(3)
    expect(compactions.at(-1)).toMatchObject({ reason: 'close', ok: true, seq })
    const reopened = await openRoster(dir)
    expect(reopened.data).toEqual(memory)
    expect(Object.isFrozen(reopened.data.people[0])).toBe(true)
    await reopened.close()
  })

  it('flush resolves only when everything committed before it is on disk', async () => {
    const dir = await makeDataDir()
    const db = await openRoster(dir)
    for (let i = 0; i < 20; i += 1) {
      await db.mutate((draft) => void draft.notes.push(`note ${i}`))
      await db.flush()
      expect((await readSaved(db.filePath)).data).toEqual(db.data)
    }
    await db.close()
  })

  it('reports status changes to listeners and stops after unsubscribe', async () => {
    const dir = await makeDataDir()
    const db = await openRoster(dir)
    await db.flush()
    const states: string[] = []
    const off = db.onStatus((status) => states.push(status.state))
    await db.mutate((draft) => void (draft.counter += 1))
    await db.flush()
    expect(states).toContain('saving')
    expect(states.at(-1)).toBe('saved')
    off()
    const count = states.length
    await db.mutate((draft) => void (draft.counter += 1))
    await db.flush()
    expect(states.length).toBe(count)
    await db.close()
  })

  it('rejects a second writer with CONFLICT naming the pid, and releases the lock on close', async () => {
    const dir = await makeDataDir()
    const first = await openRoster(dir)
    expect(JSON.parse(await readFile(join(dir, lockFileName), 'utf8'))).toMatchObject({
      pid: process.pid
    })
    const error = await openRoster(dir).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'CONFLICT' })
    expect((error as Error).message).toContain(`pid ${process.pid}`)
    await first.close()
    expect(await readdir(dir)).not.toContain(lockFileName)
    const second = await openRoster(dir)
    await second.close()
  })

  it('takes over a stale lock left by a dead process', async () => {
    const dir = await makeDataDir()
    await writeFile(join(dir, lockFileName), '999999\n')
    const db = await openRoster(dir, { isProcessAlive: (pid) => pid === process.pid })
    expect(JSON.parse(await readFile(join(dir, lockFileName), 'utf8'))).toMatchObject({
      pid: process.pid
    })
    await db.close()
  })

  it('does not take the lock with lock: false', async () => {
    const dir = await makeDataDir()
    const writer = await openRoster(dir)
    const reader = await openRoster(dir, { lock: false })
    expect(reader.data).toEqual(writer.data)
    await reader.close()
    expect(await readdir(dir)).toContain(lockFileName)
    await writer.close()
  })

  it('opens a file with keys this build does not know, at its own schema version, read-only: neither set aside nor replaced by a backup', async () => {
    const dir = await makeDataDir()
    const older = await openRoster(dir)
    await older.mutate((draft) => void (draft.counter = 2))
    await older.createNamedBackup('before')
    await older.close()
    const path = join(dir, 'dais-data.json')
    await writeEnvelopeFile(
      path,
      { schemaVersion: 3, seq: 40, appVersion: '0.2.0-next' },
      {
        counter: 5,
        people: [{ id: 'a', name: 'An', approved: true, seat: 'B-3-12' }],
        notes: [],
        attendance: { present: 61 }
      }
    )
    const bytes = await readFile(path)
    const before = (await readdir(dir)).sort()
    const db = await openRoster(dir)
    expect(db.readOnly).toBe(true)
    expect(db.notices.map((n) => n.kind)).toEqual(['read-only-newer-schema'])
    expect(db.notices[0]!.message).toContain('0.2.0-next')
    expect(db.notices[0]!.message).toContain('people.0.seat')
    expect(db.notices[0]!.message).toContain('attendance')
    expect(db.data).toEqual({
      counter: 5,
      people: [{ id: 'a', name: 'An', approved: true }],
      notes: []
    })
    await expect(db.mutate((draft) => void (draft.counter += 1))).rejects.toMatchObject({
      code: 'READ_ONLY'
    })
    await db.flush()
    await db.close()
    expect(await readFile(path)).toEqual(bytes)
    expect((await readdir(dir)).sort()).toEqual(before)
  })

  it('still sets aside a file at its own schema version whose data is wrong, not merely newer', async () => {
    const dir = await makeDataDir()
    const path = join(dir, 'dais-data.json')
    await writeEnvelopeFile(
      path,
      { schemaVersion: 3, seq: 4, appVersion: '0.1.0-test' },
      { counter: -1, people: [], notes: [], extra: true }
    )
    const db = await openRoster(dir)
    expect(db.readOnly).toBe(false)
    expect(db.notices.map((n) => n.kind)).toEqual(['started-empty'])
    await db.close()
  })

  it('opens a file from a newer schema read-only and never touches it', async () => {
    const dir = await makeDataDir()
    const path = join(dir, 'dais-data.json')
    await writeEnvelopeFile(
      path,
      { schemaVersion: 9, seq: 7, appVersion: '9.0.0' },
      {
        counter: 5,
        people: [],
        notes: []
      }
    )
    const bytes = await readFile(path)
    const db = await openRoster(dir)
    expect(db.readOnly).toBe(true)
    expect(db.notices.map((n) => n.kind)).toEqual(['read-only-newer-schema'])
    expect(db.notices[0]!.message).toContain('9.0.0')
    expect(db.data.counter).toBe(5)
    expect(db.status().state).toBe('read-only')
    await expect(db.mutate((draft) => void (draft.counter += 1))).rejects.toMatchObject({
      code: 'READ_ONLY'
    })
    await expect(db.createNamedBackup('x')).rejects.toMatchObject({ code: 'READ_ONLY' })
    await db.flush()
    await db.close()
    expect(await readFile(path)).toEqual(bytes)
    expect((await readdir(dir)).sort()).toEqual(['dais-data.json'])
  })

  it('uses a custom file name and creates the data folder', async () => {
    const dir = join(await makeDataDir(), 'nested', 'data')
    const db = await openDatabase(rosterOptions(dir, { fileName: 'other.json' }))
    await db.mutate((draft) => void (draft.counter = 3))
    await db.flush()
    expect((await readSaved(join(dir, 'other.json'))).data).toMatchObject({ counter: 3 })
    await db.close()
  })

  it('never moves seq backwards across restarts', async () => {
    const dir = await makeDataDir()
    let lastSeq = 0
    for (let round = 0; round < 3; round += 1) {
      const db = await openRoster(dir)
      await db.mutate((draft) => void (draft.counter += 1))
      await db.flush()
      const { seq } = await readSaved(db.filePath)
      expect(seq).toBeGreaterThan(lastSeq)
      lastSeq = seq
      await db.close()
    }
    await mkdir(join(dir, 'unused'))
  })

  it('checksums the compact JSON of data', async () => {
    const dir = await makeDataDir()
    const db = await openRoster(dir)
    await db.mutate((draft) => void draft.notes.push('Hội nghị'))
    await db.close()
    const envelope = await readEnvelope(db.filePath)
    const { createHash } = await import('node:crypto')
    expect(envelope.checksum).toBe(createHash('sha256').update(dataJson(db.data)).digest('hex'))
  })
})
