import { createHash } from 'node:crypto'
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Delegate } from '@shared/delegates/entities'
import { createAppService } from '../core/app-service'
import { testContext } from '../core/testing/test-context'
import { maxDelegatesFileBytes } from './delegates-json'
import { runCli } from './index'

/** A fresh data folder holding one event, closed so the command opens it alone. */
async function folderWithEvent() {
  const ctx = testContext()
  const service = await createAppService(ctx)
  const created = await service.dispatch('createEvent', {
    title: 'Đại hội',
    kind: 'congress',
    periodFrom: 2020,
    periodTo: 2025,
    launchFrom: 2025,
    launchTo: 2030,
    date: '2025-09-12',
    startTime: null,
    venue: '',
    organiser: ''
  })
  if (!created.ok) throw new Error(created.error.message)
  await service.close()
  return { dataDir: ctx.dataDir, eventId: (created.value as { id: string }).id }
}

/** Every file of the data folder with its content hash: "nothing written" is checked on this. */
function snapshot(dir: string): Record<string, string> {
  const files: Record<string, string> = {}
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const path = join(d, name)
      if (statSync(path).isDirectory()) walk(path)
      else files[path] = createHash('sha256').update(readFileSync(path)).digest('hex')
    }
  }
  walk(dir)
  return files
}

async function addDelegates(dataDir: string, eventId: string, content: string | Buffer) {
  const file = join(mkdtempSync(join(tmpdir(), 'dais-input-')), 'dai-bieu.json')
  writeFileSync(file, content)
  const out: string[] = []
  const err: string[] = []
  const io = { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }
  const code = await runCli(
    ['add-delegates', '--data-dir', dataDir, '--event', eventId, file, '--json'],
    io
  )
  return { code, out, err, file }
}

async function storedDelegates(dataDir: string, eventId: string): Promise<Delegate[]> {
  const out: string[] = []
  const io = { out: (l: string) => out.push(l), err: () => undefined }
  await runCli(['delegates', '--data-dir', dataDir, '--event', eventId, '--json'], io)
  return (JSON.parse(out.join('\n')) as { delegates: Delegate[] }).delegates
}

describe('dais add-delegates refuses a bad file with one line per problem, exit 2, nothing written', () => {
  const refusals: [string, string, RegExp][] = [
    [
      'a number for a name',
      JSON.stringify([{ fullName: 'Nguyễn Văn An' }, { fullName: 42 }]),
      /: entry 2 \(line 1\), field "fullName": expected a text, found the number 42$/
    ],
    [
      'a list where a delegate is expected',
      '[\n  ["Nguyễn Văn An", "Tổ 1"]\n]',
      /: entry 1 \(line 2\): expected an object such as \{ "fullName": "Nguyễn Văn An" \}, found a list$/
    ],
    [
      'an object where the list is expected',
      JSON.stringify({ fullName: 'Nguyễn Văn An' }),
      /: expected a JSON array of delegates, .*found an object$/
    ],
    [
      'a year written as text',
      '[\n  { "fullName": "Trần Thị Bình" },\n  { "fullName": "Lê Văn Cường", "birthYear": "1980" }\n]',
      /: entry 2 "Lê Văn Cường" \(line 3\), field "birthYear": expected a number, found the text "1980"$/
    ],
    [
      'a gender in Vietnamese',
      JSON.stringify([{ fullName: 'Nguyễn Văn An', gender: 'nam' }]),
      /: entry 1 "Nguyễn Văn An" \(line 1\), field "gender": the text "nam" is not one of "male", "female"$/
    ],
    [
      'a name of spaces only',
      JSON.stringify([{ fullName: 'Nguyễn Văn An' }, { fullName: ' \u00a0 ' }]),
      /: entry 2 \(line 1\), field "fullName": the full name is required$/
    ],
    [
      'a day that is not on the calendar',
      JSON.stringify([{ fullName: 'Nguyễn Văn An', birthDate: '1980-02-30' }]),
      /: entry 1 "Nguyễn Văn An" \(line 1\), field "birthDate": not a day on the calendar$/
    ],
    [
      'a category the event does not have',
      JSON.stringify([
        { fullName: 'Nguyễn Văn An' },
        { fullName: 'Phạm Thị Hoa', categoryId: 'x' }
      ]),
      /: entry 2 "Phạm Thị Hoa" \(line 1\), field "categoryId": no category "x" in this event$/
    ],
    [
      'invalid JSON (a trailing comma)',
      '[\n  { "fullName": "Nguyễn Văn An" },\n  { "fullName": "Trần Thị Bình", }\n]',
      /dai-bieu\.json:3:34: not valid JSON: Expected double-quoted property name$/
    ],
    [
      'a lone surrogate in a name',
      '[{ "fullName": "Nguyễn Văn An\\ud800" }]',
      /: entry 1 "Nguyễn Văn An\ufffd" \(line 1\), field "fullName": ill-formed Unicode$/
    ],
    ['an empty file', '', /dai-bieu\.json:1:1: not valid JSON: Unexpected end of JSON input$/]
  ]
  for (const [what, content, line] of refusals) {
    it(what, async () => {
      const { dataDir, eventId } = await folderWithEvent()
      const before = snapshot(dataDir)
      const r = await addDelegates(dataDir, eventId, content)
      expect(r.code).toBe(2)
      expect(r.err).toHaveLength(1)
      expect(r.err[0]).toMatch(line)
      expect(r.err[0]!.startsWith(r.file)).toBe(true)
      expect(r.out).toEqual([])
      // Refused by the file check, the data is not even opened; refused by the event's rules
      // (a category, a date), the change is not made.
      if (!/categoryId|birthDate|spaces/.test(what)) expect(snapshot(dataDir)).toEqual(before)
      expect(await storedDelegates(dataDir, eventId)).toEqual([])
    })
  }

  it('names a field written in the wrong case, and the name it then lacks', async () => {
    const { dataDir, eventId } = await folderWithEvent()
    const r = await addDelegates(dataDir, eventId, JSON.stringify([{ fullname: 'Nguyễn Văn An' }]))
    expect(r.code).toBe(2)
    expect(r.err.map((l) => l.slice(r.file.length))).toEqual([
      ': entry 1 (line 1), field "fullName": expected a text, found nothing',
      ': entry 1 (line 1): unknown field "fullname" (did you mean "fullName"?)'
    ])
  })

  it('lists the first ten problems and counts the rest', async () => {
    const { dataDir, eventId } = await folderWithEvent()
    const entries = Array.from({ length: 25 }, (_, i) => ({ fullName: i }))
    const r = await addDelegates(dataDir, eventId, JSON.stringify(entries, null, 1))
    expect(r.code).toBe(2)
    expect(r.err).toHaveLength(11)
    expect(r.err[9]).toMatch(/: entry 10 \(line 29\), field "fullName": expected a text/)
    expect(r.err[10]).toBe('… and 15 more problems')
  })

  it('refuses 200,000 entries with the limit, before opening the data', async () => {
    const { dataDir, eventId } = await folderWithEvent()
    const before = snapshot(dataDir)
    const entries = Array.from({ length: 200_000 }, (_, i) => ({ fullName: `Nguyễn Văn ${i}` }))
    const r = await addDelegates(dataDir, eventId, JSON.stringify(entries))
    expect(r.code).toBe(2)
    expect(r.err).toEqual([
      `${r.file}: 200000 delegates; at most 100000 can be added at once; split the file`
    ])
    expect(snapshot(dataDir)).toEqual(before)
  })

  it('refuses a file over the size limit without reading it', async () => {
    const { dataDir, eventId } = await folderWithEvent()
    const before = snapshot(dataDir)
    const file = join(mkdtempSync(join(tmpdir(), 'dais-input-')), 'lon.json')
    writeFileSync(file, '[')
    truncateSync(file, maxDelegatesFileBytes + 1) // sparse: 64 MB of NUL after the bracket
    const err: string[] = []
    const code = await runCli(['add-delegates', '--data-dir', dataDir, '--event', eventId, file], {
      out: () => undefined,
      err: (l) => err.push(l)
    })
    expect(code).toBe(2)
    expect(err).toEqual([
      `${file}: 64.0 MB is more than the 64.0 MB a delegates file may have; split it into smaller files`
    ])
    expect(snapshot(dataDir)).toEqual(before)
  })

  it('refuses a file in another encoding than UTF-8', async () => {
    const { dataDir, eventId } = await folderWithEvent()
    // "Nguyễn" in Windows-1258 is not UTF-8.
    const bytes = Buffer.from([
      ...Buffer.from('[{"fullName": "Nguy'),
      0xea,
      0xde,
      0x6e,
      ...Buffer.from('"}]')
    ])
    const r = await addDelegates(dataDir, eventId, bytes)
    expect(r.code).toBe(2)
    expect(r.err).toEqual([
      `${r.file}: not UTF-8 text (saved in another encoding?); save it as UTF-8`
    ])
  })
})

describe('dais add-delegates takes what a Vietnamese office saves', () => {
  it('stores NFD (decomposed) names and units as NFC', async () => {
    const { dataDir, eventId } = await folderWithEvent()
    const nfd = (s: string) => s.normalize('NFD')
    const names = ['Nguyễn Thị Hòa', 'Đặng Văn Dũng', 'Phạm Thị Hoà']
    expect(names.every((n) => nfd(n) !== n)).toBe(true)
    const r = await addDelegates(
      dataDir,
      eventId,
      JSON.stringify(names.map((n) => ({ fullName: nfd(n), unit: nfd('Tổ dân phố số 5') })))
    )
    expect(r.code).toBe(0)
    const stored = await storedDelegates(dataDir, eventId)
    expect(stored.map((d) => d.fullName)).toEqual(names)
    expect(stored.every((d) => d.unit === 'Tổ dân phố số 5')).toBe(true)
    const dataFiles = Object.keys(snapshot(dataDir)).map((f) => readFileSync(f, 'utf8'))
    expect(dataFiles.some((text) => text.includes('Nguyễn Thị Hòa'))).toBe(true)
    expect(dataFiles.some((text) => text.includes(nfd('Nguyễn')))).toBe(false)
  })

  it('reads UTF-8 with a BOM and UTF-16 (Notepad’s "Unicode")', async () => {
    const { dataDir, eventId } = await folderWithEvent()
    const json = JSON.stringify([{ fullName: 'Nguyễn Văn An' }])
    expect((await addDelegates(dataDir, eventId, `\ufeff${json}`)).code).toBe(0)
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(json, 'utf16le')])
    expect((await addDelegates(dataDir, eventId, utf16)).code).toBe(0)
    expect((await storedDelegates(dataDir, eventId)).map((d) => d.fullName)).toEqual([
      'Nguyễn Văn An',
      'Nguyễn Văn An'
    ])
  })
})
