import { readdir, readFile } from 'node:fs/promises'
import { afterEach, describe, expect, it } from 'vitest'
import type { JournalPolicy } from './database-types'
import { createFaultInjectingFs, type FaultRule } from './testing/fault-injecting-fs'
import {
  makeDataDir,
  openRoster,
  readEnvelope,
  readSaved,
  removeDataDirs,
  waitFor,
  writeEnvelopeFile
} from './testing/storage-test-kit'
import { join } from 'node:path'

afterEach(removeDataDirs)

/** Matches the data file's temp files and its journal. */
const mainFile = 'dais-data.json.'
const journalFile = 'dais-data.json.journal'
/** Every save is a full snapshot write: the write protocol of the data file on its own. */
const snapshotEverySave = { maxEntries: 0 }

async function openWithFaults(journal: Partial<JournalPolicy> = snapshotEverySave) {
  const dir = await makeDataDir()
  const fs = createFaultInjectingFs()
  const db = await openRoster(dir, { fs, journal })
  await db.flush()
  return { dir, fs, db }
}

async function tempFiles(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.endsWith('.tmp'))
}

describe('D3: faults while writing (snapshot every save)', () => {
  const transient: FaultRule[] = [
    { op: 'rename', code: 'EPERM', pathIncludes: mainFile },
    { op: 'rename', code: 'EBUSY', pathIncludes: mainFile, times: 5 },
    { op: 'rename', code: 'EACCES', pathIncludes: mainFile, at: 2 },
    { op: 'open', code: 'EIO', pathIncludes: mainFile },
    { op: 'write', code: 'ENOSPC', pathIncludes: mainFile },
    { op: 'sync', code: 'EIO', pathIncludes: mainFile },
    { op: 'close', code: 'EIO', pathIncludes: mainFile },
    { op: 'syncFolder', code: 'EIO' }
  ]
  for (const rule of transient) {
    it(`${rule.code} on ${rule.op} (×${rule.times ?? 1}) recovers unaided`, async () => {
      const { dir, fs, db } = await openWithFaults()
      fs.inject(rule)
      for (let i = 0; i < 3; i += 1) {
        await db.mutate((draft) => void draft.notes.push(`edit ${i}`))
        await db.flush()
      }
      expect(fs.faultsRaised).toBeGreaterThan(0)
      expect(db.status()).toMatchObject({ state: 'saved', error: null })
      expect((await readEnvelope(db.filePath)).data).toEqual(db.data)
      expect(await tempFiles(dir)).toEqual([])
      await db.close()
    })
  }

  const persistent: FaultRule[] = [
    { op: 'rename', code: 'EPERM', pathIncludes: mainFile, times: Infinity },
    { op: 'rename', code: 'EBUSY', pathIncludes: mainFile, times: Infinity },
    { op: 'write', code: 'ENOSPC', pathIncludes: mainFile, times: Infinity },
    { op: 'open', code: 'EACCES', pathIncludes: mainFile, times: Infinity },
    { op: 'sync', code: 'EIO', pathIncludes: mainFile, times: Infinity }
  ]
  for (const rule of persistent) {
    it(`persistent ${rule.code} on ${rule.op}: "retrying" within 2 s, no edit lost, file = memory once it clears`, async () => {
      const { dir, fs, db } = await openWithFaults()
      const diskBefore = await readFile(db.filePath)
      fs.inject(rule)
      const started = performance.now()
      await db.mutate((draft) => void draft.notes.push('first edit while failing'))
      await waitFor(() => db.status().state === 'retrying', 2_000)
      expect(performance.now() - started).toBeLessThan(2_000)
      expect(db.status().error).toContain(rule.code)

      for (let i = 0; i < 10; i += 1) {
        await db.mutate((draft) => void draft.notes.push(`edit ${i} while failing`))
      }
      expect(db.data.notes).toHaveLength(11)
      // The old file is still whole while saving fails.
      expect(await readFile(db.filePath)).toEqual(diskBefore)

      fs.clear()
      await db.flush()
      expect(db.status()).toMatchObject({ state: 'saved', error: null })
      const envelope = await readEnvelope(db.filePath)
      expect(envelope.data).toEqual(db.data)
      expect(envelope.seq).toBe(db.status().seq)
      expect(await tempFiles(dir)).toEqual([])
      await db.close()
    })
  }

  it('keeps the fsync’d temp file while a rename keeps failing; after the writer gives up, the next start restores it', async () => {
    const dir = await makeDataDir()
    const fs = createFaultInjectingFs()
    const db = await openRoster(dir, {
      fs,
      renameRetry: { retryForMs: 200 },
      closeTimeoutMs: 500,
      journal: snapshotEverySave
    })
    await db.flush()
    fs.inject({ op: 'rename', code: 'EPERM', pathIncludes: mainFile, times: Infinity })
    await db.mutate((draft) => void (draft.counter = 77))
    await waitFor(() => db.status().state === 'retrying', 2_000)
    const temps = await tempFiles(dir)
    expect(temps).toHaveLength(1)
    expect((await readEnvelope(join(dir, temps[0]!))).data).toEqual(db.data)
    await expect(db.close()).rejects.toMatchObject({ code: 'STORAGE_FAILED' })
    await new Promise((resolve) => setTimeout(resolve, 300))

    const next = await openRoster(dir)
    expect(next.notices[0]).toMatchObject({ kind: 'restored', quarantinedAs: null })
    expect(next.notices[0]!.restoredFrom).toMatch(/\.tmp$/)
    expect(next.data.counter).toBe(77)
    await next.close()
    expect((await readEnvelope(join(dir, 'dais-data.json'))).data).toMatchObject({ counter: 77 })
    expect(await tempFiles(dir)).toEqual([])
  })

  it('a failing backup write does not disturb saving', async () => {
    const { fs, db } = await openWithFaults()
    fs.inject({ op: 'rename', code: 'EIO', pathIncludes: 'backups', times: Infinity })
    await expect(db.createNamedBackup('will fail')).rejects.toThrow('EIO')
    await db.mutate((draft) => void (draft.counter += 1))
    await db.flush()
    expect(db.status().state).toBe('saved')
    await db.close()
  })

  it('never leaves a torn data file when a temp write fails at any step', async () => {
    const dir = await makeDataDir()
    await writeEnvelopeFile(
      join(dir, 'dais-data.json'),
      { schemaVersion: 3, seq: 5 },
      {
        counter: 5,
        people: [],
        notes: []
      }
    )
    for (const journal of [snapshotEverySave, {}]) {
      for (const op of ['open', 'write', 'sync', 'close', 'rename', 'syncFolder'] as const) {
        const fs = createFaultInjectingFs()
        const db = await openRoster(dir, { fs, journal })
        fs.inject({ op, code: 'EIO', pathIncludes: op === 'syncFolder' ? undefined : mainFile })
        await db.mutate((draft) => void (draft.counter += 1))
        await db.flush()
        expect((await readSaved(db.filePath)).data).toEqual(db.data)
        await db.close()
        // A fault in the compaction at close leaves the edit in the journal, still saved.
        expect((await readSaved(db.filePath)).data).toEqual(db.data)
      }
    }
  })
})

describe('D3: faults while writing (journal)', () => {
  /** Compacts after every second record, so renames happen within a few edits. */
  const compactOften = { maxEntries: 2 }

  const transient: FaultRule[] = [
    { op: 'write', code: 'ENOSPC', pathIncludes: journalFile },
    { op: 'write', code: 'EIO', pathIncludes: journalFile, at: 3 },
    { op: 'sync', code: 'EIO', pathIncludes: journalFile },
    { op: 'sync', code: 'ENOSPC', pathIncludes: journalFile, at: 2, times: 3 },
    { op: 'open', code: 'EIO', pathIncludes: journalFile },
    { op: 'rename', code: 'EPERM', pathIncludes: mainFile },
    { op: 'rename', code: 'EBUSY', pathIncludes: mainFile, times: 5 },
    { op: 'write', code: 'ENOSPC', pathIncludes: mainFile, times: 3 },
    { op: 'syncFolder', code: 'EIO' }
  ]
  for (const rule of transient) {
    it(`${rule.code} on ${rule.op} of ${rule.pathIncludes ?? 'the folder'} (×${rule.times ?? 1}) recovers unaided`, async () => {
      const { dir, fs, db } = await openWithFaults(compactOften)
      fs.inject(rule)
      for (let i = 0; i < 5; i += 1) {
        await db.mutate((draft) => void draft.notes.push(`edit ${i}`))
        await db.flush()
        expect((await readSaved(db.filePath)).data).toEqual(db.data)
      }
      expect(fs.faultsRaised).toBeGreaterThan(0)
      expect(db.status()).toMatchObject({ state: 'saved', error: null })
      const memory = db.data
      await db.close()
      expect(await tempFiles(dir)).toEqual([])
      const reopened = await openRoster(dir)
      expect(reopened.notices).toEqual([])
      expect(reopened.data).toEqual(memory)
      await reopened.close()
    })
  }

  it('persistent ENOSPC on the journal and the data file: "retrying" within 2 s, no edit lost, saved once it clears', async () => {
    const { dir, fs, db } = await openWithFaults({})
    fs.inject({ op: 'write', code: 'ENOSPC', pathIncludes: mainFile, times: Infinity })
    const started = performance.now()
    await db.mutate((draft) => void draft.notes.push('first edit while failing'))
    await waitFor(() => db.status().state === 'retrying', 2_000)
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(db.status().error).toContain('ENOSPC')
    for (let i = 0; i < 10; i += 1) {
      await db.mutate((draft) => void draft.notes.push(`edit ${i} while failing`))
    }
    fs.clear()
    await db.flush()
    expect(db.status()).toMatchObject({ state: 'saved', error: null })
    expect((await readSaved(db.filePath)).data).toEqual(db.data)
    expect(await tempFiles(dir)).toEqual([])
    await db.close()
  })

  it('a journal that keeps failing falls back to snapshot writes: saved, nothing lost', async () => {
    const { dir, fs, db } = await openWithFaults({})
    fs.inject({ op: 'sync', code: 'EIO', pathIncludes: journalFile, times: Infinity })
    for (let i = 0; i < 5; i += 1) {
      await db.mutate((draft) => void draft.notes.push(`edit ${i}`))
      await db.flush()
      expect(db.status()).toMatchObject({ state: 'saved', error: null })
      expect((await readEnvelope(db.filePath)).data).toEqual(db.data)
    }
    await db.close()
    const reopened = await openRoster(dir)
    expect(reopened.data.notes).toHaveLength(5)
    await reopened.close()
  })

  it('a rename refused for good only delays compaction: every save is journaled, the next start replays it', async () => {
    const { dir, fs, db } = await openWithFaults({
      maxEntries: 3,
      optionalRenameRetryMs: 50
    })
    const diskBefore = await readFile(db.filePath)
    fs.inject({ op: 'rename', code: 'EPERM', pathIncludes: mainFile, times: Infinity })
    for (let i = 0; i < 10; i += 1) {
      await db.mutate((draft) => void draft.notes.push(`edit ${i}`))
      await db.flush()
      expect(db.status()).toMatchObject({ state: 'saved', error: null })
    }
    const memory = db.data
    await db.close()
    expect(fs.faultsRaised).toBeGreaterThan(0)
    expect(await readFile(db.filePath)).toEqual(diskBefore)
    const reopened = await openRoster(dir)
    expect(reopened.notices).toEqual([])
    expect(reopened.data).toEqual(memory)
    await reopened.close()
    expect((await readEnvelope(join(dir, 'dais-data.json'))).data).toEqual(memory)
    expect(await tempFiles(dir)).toEqual([])
  })
})
