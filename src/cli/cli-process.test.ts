import { isAscii } from 'node:buffer'
import { spawn, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { agendaCommands } from './agenda-commands'
import { movementCommands } from './movement-commands'
import { attendanceCommands } from './attendance-commands'
import { cardsCommands } from './cards-commands'
import { certificatesCommands } from './certificates-commands'
import { featureCommands } from './command-registry'
import { delegatesCommands } from './delegates-commands'
import { honoursCommands } from './honours-commands'
import { importCommands } from './import-commands'
import { runCli } from './index'
import { rostersCommands } from './rosters-commands'

const root = resolve(__dirname, '..', '..')
const launcher = join(root, 'bin', 'dais.cjs')
const bundler = createRequire(__filename)(join(root, 'scripts', 'cli-bundle.cjs')) as {
  cliBundleStale(): boolean
  buildCliBundle(): void
}

/** Runs the real `dais` process with stdout and stderr as pipes. */
function dais(args: string[], onStdout?: (child: ReturnType<typeof spawn>) => void) {
  return new Promise<{ code: number | null; out: string; err: string }>((done) => {
    const child = spawn(process.execPath, [launcher, ...args], { cwd: root })
    const out: Buffer[] = []
    const err: Buffer[] = []
    child.stdout.on('data', (b: Buffer) => (onStdout ? onStdout(child) : out.push(b)))
    child.stderr.on('data', (b: Buffer) => err.push(b))
    child.on('close', (code) =>
      done({ code, out: Buffer.concat(out).toString('utf8'), err: Buffer.concat(err).toString() })
    )
  })
}

/** A delegates CSV of `rows` people: its `import-check --json` report is well over 1 MB. */
function bigRoster(rows: number): string {
  const lines = ['Họ và tên,Giới tính,Năm sinh,Dân tộc,Chức vụ,Đơn vị,Đảng viên,Số điện thoại']
  for (let i = 0; i < rows; i++)
    lines.push(
      `Nguyễn Văn Người ${i},${i % 2 ? 'Nữ' : 'Nam'},${1950 + (i % 50)},Kinh,Chuyên viên,Tổ dân phố số ${i % 30},x,09${String(i).padStart(8, '0')}`
    )
  const file = join(mkdtempSync(join(tmpdir(), 'dais-cli-big-')), 'roster.csv')
  writeFileSync(file, `${lines.join('\n')}\n`)
  return file
}

describe('the dais process', () => {
  beforeAll(() => {
    if (bundler.cliBundleStale()) bundler.buildCliBundle()
  }, 120_000)

  it('delivers a --json report over 1 MB through a pipe whole', async () => {
    const csv = bigRoster(3000)
    const r = await dais(['import-check', csv, '--kind', 'delegates', '--json'])
    expect(r.err).toBe('')
    expect(Buffer.byteLength(r.out)).toBeGreaterThan(1024 * 1024)
    const report = JSON.parse(r.out) as { rows: unknown[] }
    expect(report.rows).toHaveLength(3000)
  })

  it('ends quietly when the reader closes the pipe after the first line', async () => {
    const csv = bigRoster(3000)
    const r = await dais(['import-check', csv, '--kind', 'delegates'], (child) =>
      child.stdout?.destroy()
    )
    expect(r.err).toBe('')
    expect(r.code).toBe(0)
  })

  it('runs from a damaged or foreign code cache as from none, and writes a good one', async () => {
    const { size, mtimeMs } = statSync(join(root, 'out', 'cli', 'dais.cjs'))
    const cache = join(root, 'out', 'cli', 'v8-cache', 'events.bin')
    mkdirSync(join(root, 'out', 'cli', 'v8-cache'), { recursive: true })
    const dataDir = mkdtempSync(join(tmpdir(), 'dais-cli-cache-'))
    for (const header of [`${size}:${mtimeMs}\n`, `${size + 1}:${mtimeMs}\n`]) {
      writeFileSync(cache, Buffer.concat([Buffer.from(header), Buffer.alloc(4096, 7)]))
      const r = await dais(['events', '--data-dir', dataDir])
      expect(r).toMatchObject({ code: 0, out: 'No events yet.\n', err: '' })
      expect(readFileSync(cache).subarray(0, 64).toString('latin1')).toContain(
        `${size}:${mtimeMs}\n`
      )
      expect(readFileSync(cache).length).toBeGreaterThan(10_000)
    }
    // the next run uses that cache as it is (V8 accepted it: the launcher's flags were the same)
    const written = statSync(cache)
    const again = await dais(['events', '--data-dir', dataDir])
    expect(again).toMatchObject({ code: 0, out: 'No events yet.\n', err: '' })
    expect(statSync(cache)).toMatchObject({ ino: written.ino, mtimeMs: written.mtimeMs })
  })

  it('builds an ASCII bundle whose Vietnamese patterns still match', async () => {
    expect(isAscii(readFileSync(join(root, 'out', 'cli', 'dais.cjs')))).toBe(true)
    // "Ông"/"Bà" before a name, a regular expression written with the letters themselves
    const dir = mkdtempSync(join(tmpdir(), 'dais-cli-ascii-'))
    const csv = join(dir, 'honorees.csv')
    writeFileSync(csv, 'STT,Họ và tên,Chức vụ\n1,Bà Trần Thị Bình,Tổ trưởng\n')
    const r = await dais(['import-check', csv, '--kind', 'honorees', '--json'])
    const report = JSON.parse(r.out) as { rows: { values: Record<string, string> }[] }
    expect(report.rows[0]!.values).toMatchObject({ name: 'Trần Thị Bình', gender: 'female' })
  })

  it('`npm run dais` runs the bundle and compiles no TypeScript', () => {
    const trap = join(mkdtempSync(join(tmpdir(), 'dais-cli-trap-')), 'trap.cjs')
    writeFileSync(
      trap,
      `const Module = require('node:module')
const compiles = (s) => /(^|[\\\\/])(tsx|ts-node|typescript|esbuild)([\\\\/]|$)|\\.[cm]?tsx?$/.test(s)
const fail = (what) => { process.stderr.write('COMPILES TYPESCRIPT: ' + what + '\\n'); process.exit(99) }
if (process.argv.slice(1).some(compiles)) fail(process.argv.join(' '))
if (process.execArgv.some(compiles)) fail(process.execArgv.join(' '))
const load = Module._load
Module._load = function (request, ...rest) { if (compiles(request)) fail(request); return load.call(this, request, ...rest) }
`
    )
    const r = spawnSync('npm', ['run', '--silent', 'dais', '--', '--help'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: `--require ${trap}` }
    })
    expect(r.stderr).not.toContain('COMPILES TYPESCRIPT')
    expect(r.status).toBe(0)
    expect(r.stdout).toContain('certificates --event ID')
  })
})

describe('dais arguments', () => {
  const run = async (args: string[]) => {
    const out: string[] = []
    const err: string[] = []
    const code = await runCli(args, { out: (l) => out.push(l), err: (l) => err.push(l) })
    return { code, out: out.join('\n'), err: err.join('\n') }
  }

  it('registers every command under its own help line', () => {
    const defined = {
      ...importCommands,
      ...delegatesCommands,
      ...rostersCommands,
      ...honoursCommands,
      ...certificatesCommands,
      ...cardsCommands,
      ...attendanceCommands,
      ...agendaCommands,
      ...movementCommands
    }
    expect(
      Object.fromEntries(Object.entries(featureCommands).map(([n, c]) => [n, c.help]))
    ).toEqual(Object.fromEntries(Object.entries(defined).map(([n, c]) => [n, c.help])))
  })

  const commands = [
    ['doctor'],
    ['events'],
    ['backups', 'list'],
    ...Object.keys(featureCommands).map((name) => [name])
  ]

  it.each(commands)(
    '%s: an unknown option is one line, the usage, exit 2, nothing written',
    async (...command) => {
      const dataDir = mkdtempSync(join(tmpdir(), 'dais-cli-args-'))
      const r = await run([...command, '--data-dir', dataDir, '--no-such-option'])
      expect(r.code).toBe(2)
      expect(r.out).toBe('')
      const [first, ...rest] = r.err.split('\n')
      expect(first).toMatch(/--no-such-option/)
      expect(rest.join('\n')).toMatch(/usage/i)
      expect(r.err).not.toMatch(/\n\s+at /)
      expect(readdirSync(dataDir)).toEqual([])
    }
  )

  it('accepts --data-dir before the command as well', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'dais-cli-args-'))
    const r = await run(['--data-dir', dataDir, 'events', '--json'])
    expect(r).toMatchObject({ code: 0, out: '[]' })
    expect((await run(['events', '--data-dir'])).code).toBe(2)
  })
})
