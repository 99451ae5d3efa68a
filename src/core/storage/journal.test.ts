import { readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterEach, describe, expect, it } from 'vitest'
import type { Roster } from './testing/roster-schema'
import { lockFileName } from './lock-file'
import {
  decodeJournalLine,
  encodeJournalRecord,
  readJournalRecords,
  type JournalRecord
} from './journal-format'
import {
  createManualTimers,
  makeDataDir,
  openRoster,
  readEnvelope,
  readSaved,
  removeDataDirs,
  writeEnvelopeFile
} from './testing/storage-test-kit'

afterEach(removeDataDirs)

const journalName = 'dais-data.json.journal'

/** A folder whose data file is at S and whose journal holds three records (S → 1 → 2 → 3). */
async function journaledFolder(first = 'S') {
  const dir = await makeDataDir()
  const timers = createManualTimers()
  const db = await openRoster(dir, { timers })
  await db.mutate((draft) => void draft.notes.push(first))
  await db.flush()
  const states: Roster[] = [db.data]
  for (let i = 1; i <= 3; i += 1) {
    await db.mutate((draft) => {
      draft.counter = i
      draft.people.push({ id: `p${i}`, name: `Người ${i}`, approved: i % 2 === 0 })
    })
    await db.flush()
    states.push(db.data)
  }
  // Left as a killed process leaves it: no close, no compaction, and a lock nobody holds.
  await rm(join(dir, lockFileName))
  const journalPath = join(dir, journalName)
  const journal = await readFile(journalPath)
  const snapshotPath = join(dir, 'dais-data.json')
  const snapshotBytes = await readFile(snapshotPath)
  const snapshot = await readEnvelope(snapshotPath)
  return { dir, journalPath, journal, states, snapshot, snapshotPath, snapshotBytes }
}

function lines(bytes: Buffer): Buffer[] {
  const parts: Buffer[] = []
  let start = 0
  for (let i = 0; i < bytes.length; i += 1) {
    if (bytes[i] === 0x0a) {
      parts.push(bytes.subarray(start, i + 1))
      start = i + 1
    }
  }
  return parts
}

async function quarantinedJournals(dir: string): Promise<string[]> {
  return (await readdir(dir)).filter((name) => name.startsWith('dais-data.journal.corrupt-'))
}

describe('the journal record format', () => {
  const fields = {
    seq: 8,
    prev: 7,
    base: { seq: 5, checksum: 'a'.repeat(64) },
    app: '1.0.0',
    at: '2025-09-01T08:00:00.000Z'
  }

  it('round-trips, and concatenates the patches of several commits in order', () => {
    const line = encodeJournalRecord(fields, [
      JSON.stringify([{ op: 'replace', path: ['counter'], value: 1 }]),
      '[]',
      JSON.stringify([{ op: 'add', path: ['notes', 0], value: 'Hội nghị' }])
    ])
    expect(line.at(-1)).toBe(0x0a)
    const decoded = decodeJournalLine(line.subarray(0, -1))
    expect(decoded).toEqual({
      ok: true,
      record: {
        ...fields,
        patches: [
          { op: 'replace', path: ['counter'], value: 1 },
          { op: 'add', path: ['notes', 0], value: 'Hội nghị' }
        ]
      }
    })
  })

  it('refuses any single changed byte', () => {
    const line = encodeJournalRecord(fields, ['[{"op":"replace","path":["counter"],"value":1}]'])
    for (let i = 0; i < line.length - 1; i += 1) {
      const damaged = Buffer.from(line)
      damaged[i] = damaged[i] === 0x31 ? 0x32 : 0x31
      expect(decodeJournalLine(damaged.subarray(0, -1)).ok, `byte ${i}`).toBe(false)
    }
  })

  it('tells a torn tail from damage in the middle', () => {
    const record = (seq: number) => encodeJournalRecord({ ...fields, seq, prev: seq - 1 }, ['[]'])
    const good = Buffer.concat([record(6), record(7)])
    expect(readJournalRecords(good)).toMatchObject({ damage: null, lineCount: 2 })
    const torn = Buffer.concat([good, record(8).subarray(0, 40)])
    expect(readJournalRecords(torn).damage).toMatchObject({ kind: 'torn-tail', line: 3 })
    expect(readJournalRecords(torn).records.map((r: JournalRecord) => r.seq)).toEqual([6, 7])
    const zeros = Buffer.concat([good, Buffer.alloc(120)])
    expect(readJournalRecords(zeros).damage).toMatchObject({ kind: 'torn-tail' })
    const damaged = Buffer.from(good)
    damaged[10] = 0x20
    const middle = Buffer.concat([damaged, record(8)])
    expect(readJournalRecords(middle).damage).toMatchObject({ kind: 'middle', line: 1 })
    expect(readJournalRecords(middle).records).toEqual([])
  })
})

describe('opening with a journal', () => {
  it('replays every record onto the data file: deep-equal, frozen, no notice, then compacts', async () => {
    const folder = await journaledFolder()
    expect(folder.snapshot.data).toEqual(folder.states[0])
    const db = await openRoster(folder.dir)
    expect(db.notices).toEqual([])
    expect(db.data).toEqual(folder.states[3])
    expect(Object.isFrozen(db.data.people[2])).toBe(true)
    await db.flush()
    expect((await readEnvelope(db.filePath)).data).toEqual(folder.states[3])
    expect(await readFile(folder.journalPath)).toHaveLength(0)
    await db.close()
  })

  it('drops a torn last record (the one in-flight save) silently', async () => {
    const folder = await journaledFolder()
    const records = lines(folder.journal)
    const last = records.at(-1)!
    for (const tail of [
      last.subarray(0, last.length - 1),
      last.subarray(0, Math.floor(last.length / 2)),
      Buffer.alloc(last.length),
      Buffer.concat([last.subarray(0, 30), Buffer.from('x'.repeat(last.length - 30))])
    ]) {
      await writeFile(folder.journalPath, Buffer.concat([...records.slice(0, -1), tail]))
      const db = await openRoster(folder.dir, { lock: false })
      expect(db.notices).toEqual([])
      expect(db.data).toEqual(folder.states[2])
      await db.close()
      // The start compacted: put the original data file back for the next case.
      await writeFile(folder.snapshotPath, folder.snapshotBytes)
    }
  })

  it('a damaged record in the middle: keeps the journal aside, uses the verified records before it and says so', async () => {
    const folder = await journaledFolder()
    const records = lines(folder.journal)
    const damaged = Buffer.from(records[1]!)
    damaged[20] = damaged[20] === 0x31 ? 0x32 : 0x31
    const bytes = Buffer.concat([records[0]!, damaged, records[2]!])
    await writeFile(folder.journalPath, bytes)
    const db = await openRoster(folder.dir)
    expect(db.data).toEqual(folder.states[1])
    expect(db.notices).toHaveLength(1)
    const notice = db.notices[0]!
    expect(notice.kind).toBe('restored')
    expect(notice.message).toContain('record 2 of 3 is damaged')
    expect(notice.message).toContain('1 verified change(s)')
    expect(notice.quarantinedAs).toMatch(/^dais-data\.journal\.corrupt-.*\.jsonl$/)
    expect(await readFile(join(folder.dir, notice.quarantinedAs!))).toEqual(bytes)
    await db.flush()
    expect((await readSaved(db.filePath)).data).toEqual(folder.states[1])
    await db.close()
  })

  it('a journal of another data file is kept aside, never applied', async () => {
    const folder = await journaledFolder()
    const other = await journaledFolder('T')
    await writeFile(folder.journalPath, other.journal)
    const db = await openRoster(folder.dir)
    expect(db.data).toEqual(folder.states[0])
    expect(db.notices).toHaveLength(1)
    expect(db.notices[0]!.message).toContain('builds on another data file')
    expect(await quarantinedJournals(folder.dir)).toEqual([db.notices[0]!.quarantinedAs])
    await db.close()
  })

  it('records an older Dais ignored (its own save came after) are kept aside, not dropped as stale', async () => {
    const folder = await journaledFolder()
    // What an older Dais without a journal leaves: it loaded the data file alone, saved an edit
    // of its own at a higher seq, and left our journal untouched.
    const olderData = { ...folder.states[0]!, counter: 99 }
    await writeEnvelopeFile(
      folder.snapshotPath,
      { schemaVersion: 3, seq: folder.snapshot.seq + 10, appVersion: '0.0.1-old' },
      olderData
    )
    const next = await openRoster(folder.dir)
    expect(next.data).toEqual(olderData)
    expect(next.notices.map((n) => n.kind)).toEqual(['restored'])
    expect(next.notices[0]!.quarantinedAs).toMatch(/journal\.corrupt/)
    await next.close()
  })

  it('a replay that fails validation keeps the journal aside and uses the data file alone', async () => {
    const folder = await journaledFolder()
    const bad = encodeJournalRecord(
      {
        seq: folder.snapshot.seq + 1,
        prev: folder.snapshot.seq,
        base: { seq: folder.snapshot.seq, checksum: folder.snapshot.checksum },
        app: '0.1.0-test',
        at: '2025-09-01T09:00:00.000Z'
      },
      [JSON.stringify([{ op: 'replace', path: ['counter'], value: -5 }])]
    )
    await writeFile(folder.journalPath, bad)
    const db = await openRoster(folder.dir)
    expect(db.data).toEqual(folder.states[0])
    expect(db.notices[0]!.message).toContain('is not valid')
    expect(await quarantinedJournals(folder.dir)).toHaveLength(1)
    await db.close()
  })

  it('a journal left after a finished compaction is stale and ignored', async () => {
    const folder = await journaledFolder()
    const db = await openRoster(folder.dir)
    await db.close()
    await writeFile(folder.journalPath, folder.journal)
    const next = await openRoster(folder.dir)
    expect(next.notices).toEqual([])
    expect(next.data).toEqual(folder.states[3])
    expect(await quarantinedJournals(folder.dir)).toEqual([])
    await next.close()
  })

  it('a change whose record would be huge is saved as a snapshot (restores: backups.test)', async () => {
    const dir = await makeDataDir()
    const reasons: string[] = []
    const db = await openRoster(dir, {
      journal: { maxRecordBytes: 2_000 },
      onCompaction: (event) => reasons.push(event.reason)
    })
    await db.flush()
    await db.mutate((draft) => void draft.notes.push('small'))
    await db.flush()
    await db.mutate((draft) => void draft.notes.push('x'.repeat(5_000)))
    await db.flush()
    expect(reasons).toEqual(['required', 'required'])
    expect((await readEnvelope(db.filePath)).data).toEqual(db.data)
    await db.close()
  })

  it('compacts after the quiet period', async () => {
    const dir = await makeDataDir()
    const timers = createManualTimers()
    const reasons: string[] = []
    const db = await openRoster(dir, {
      timers,
      onCompaction: (event) => reasons.push(event.reason)
    })
    await db.mutate((draft) => void draft.notes.push('one'))
    await db.flush()
    await db.mutate((draft) => void draft.notes.push('two'))
    await db.flush()
    expect(timers.pending).toBe(1)
    expect(((await readEnvelope(db.filePath)).data as Roster).notes).toEqual(['one'])
    timers.fireAll()
    await db.close()
    expect(reasons).toEqual(['required', 'quiet'])
    expect((await readEnvelope(db.filePath)).data).toEqual(db.data)
  })
})

describe('reopen equality', () => {
  const edit = fc.oneof(
    fc.record({ kind: fc.constant('add' as const), name: fc.string({ maxLength: 12 }) }),
    fc.record({ kind: fc.constant('toggle' as const), index: fc.nat() }),
    fc.record({ kind: fc.constant('remove' as const), index: fc.nat() }),
    fc.record({
      kind: fc.constant('note' as const),
      text: fc.string({ maxLength: 8, unit: 'binary' })
    }),
    fc.record({ kind: fc.constant('clear' as const) })
  )

  it('random edits, saved in random groups, reopen deep-equal to memory (journal and compactions)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(edit, fc.boolean()), { minLength: 1, maxLength: 30 }),
        fc.integer({ min: 1, max: 6 }),
        async (edits, maxEntries) => {
          const dir = await makeDataDir()
          const db = await openRoster(dir, {
            journal: { maxEntries },
            timers: createManualTimers()
          })
          let n = 0
          for (const [step, flush] of edits) {
            await db.mutate((draft) => {
              n += 1
              draft.counter = n
              if (step.kind === 'add')
                draft.people.push({ id: `p${n}`, name: step.name, approved: false })
              else if (step.kind === 'toggle' && draft.people.length > 0) {
                const person = draft.people[step.index % draft.people.length]!
                person.approved = !person.approved
              } else if (step.kind === 'remove' && draft.people.length > 0)
                draft.people.splice(step.index % draft.people.length, 1)
              else if (step.kind === 'note') draft.notes.unshift(step.text)
              else if (step.kind === 'clear') draft.notes = []
            })
            if (flush) await db.flush()
          }
          await db.flush()
          const memory = db.data
          expect((await readSaved(db.filePath)).data).toEqual(memory)
          // Reopen from the journal, as after a kill (no compaction at close).
          // As a kill now would leave it: the journal first, then the data file, which only
          // moves forward (a compaction in between leaves a stale journal beside a newer file).
          const copy = await makeDataDir()
          const journal = await readFile(join(dir, journalName)).catch(() => null)
          const file = await readFile(join(dir, 'dais-data.json'))
          if (journal) await writeFile(join(copy, journalName), journal)
          await writeFile(join(copy, 'dais-data.json'), file)
          const reopened = await openRoster(copy, { lock: false })
          expect(reopened.data).toStrictEqual(memory)
          await reopened.close()
          await db.close()
        }
      ),
      { numRuns: 40, seed: 20251126 }
    )
  })
})
