import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { acquireLock, lockFileName, lockOwnerRunning } from './lock-file'
import { processStartTime } from './process-start'
import { nodeStorageFs } from './storage-fs'
import { transpileToCommonJs } from './testing/transpile-to-commonjs'

const repoRoot = resolve(__dirname, '..', '..', '..')

/** The lock module and what it imports, as CommonJS for plain node (≈ 0.1 s per start). */
async function compileLock(outDir: string): Promise<string> {
  const sources = ['lock-file.ts', 'process-start.ts', 'storage-fs.ts']
    .map((name) => join(__dirname, name))
    .concat(join(repoRoot, 'src', 'shared', 'result.ts'))
  await transpileToCommonJs(sources, outDir, repoRoot)
  const script = join(outDir, 'contender.js')
  await writeFile(
    script,
    `const { acquireLock } = require('./src/core/storage/lock-file.js')
const { nodeStorageFs } = require('./src/core/storage/storage-fs.js')
process.stdout.write('ready\\n')
process.stdin.once('data', async () => {
  try {
    const lock = await acquireLock(nodeStorageFs, process.argv[2])
    process.stdout.write('locked\\n')
    process.stdin.once('data', async () => { await lock.release(); process.exit(0) })
  } catch (error) {
    process.stdout.write((error.code === 'CONFLICT' ? 'conflict' : 'error ' + error.message) + '\\n')
    process.exit(0)
  }
})
`
  )
  return script
}

interface Contender {
  child: ChildProcess
  line(): Promise<string>
}

function contender(script: string, dataDir: string): Contender {
  const child = spawn(process.execPath, [script, dataDir], { stdio: ['pipe', 'pipe', 'inherit'] })
  // The loser exits at once; telling it to exit too is harmless.
  child.stdin!.on('error', () => undefined)
  const lines: string[] = []
  const waiting: ((line: string) => void)[] = []
  let buffered = ''
  child.stdout!.setEncoding('utf8')
  child.stdout!.on('data', (chunk: string) => {
    buffered += chunk
    const parts = buffered.split('\n')
    buffered = parts.pop() ?? ''
    for (const part of parts) {
      const waiter = waiting.shift()
      if (waiter) waiter(part)
      else lines.push(part)
    }
  })
  return {
    child,
    line: () =>
      lines.length
        ? Promise.resolve(lines.shift()!)
        : new Promise<string>((res) => waiting.push(res))
  }
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null
    ? Promise.resolve()
    : new Promise<void>((res) => child.once('exit', () => res()))

/** A pid that ran and is gone. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''])
  await exited(child)
  return child.pid!
}

describe('one writer per data folder', () => {
  let buildDir: string
  let script: string
  beforeAll(async () => {
    buildDir = await mkdtemp(join(tmpdir(), 'dais-lock-build-'))
    script = await compileLock(buildDir)
  })
  afterAll(async () => {
    await rm(buildDir, { recursive: true, force: true })
  })

  it('50 races of two processes on a folder with a stale lock: exactly one runs every time', async () => {
    const dead = await deadPid()
    const outcomes: string[] = []
    for (let race = 0; race < 50; race += 1) {
      const dataDir = await mkdtemp(join(tmpdir(), 'dais-lock-race-'))
      // Alternate the lock an older Dais wrote (a pid) and one with an owner identity.
      const stale =
        race % 2 === 0
          ? `${dead}\n`
          : `${JSON.stringify({ pid: dead, startedAt: 1, id: 'stale' })}\n`
      await writeFile(join(dataDir, lockFileName), stale)
      const pair = [contender(script, dataDir), contender(script, dataDir)]
      try {
        expect(await Promise.all(pair.map((c) => c.line()))).toEqual(['ready', 'ready'])
        for (const c of pair) c.child.stdin!.write('go\n')
        const results = (await Promise.all(pair.map((c) => c.line()))).sort()
        outcomes.push(results.join('+'))
        expect(results, `race ${race}`).toEqual(['conflict', 'locked'])
        const lock = await readFile(join(dataDir, lockFileName), 'utf8')
        expect(lock).toMatch(new RegExp(`\\b(${pair.map((c) => c.child.pid).join('|')})\\b`))
        for (const c of pair) c.child.stdin!.write('exit\n')
        await Promise.all(pair.map((c) => exited(c.child)))
        // The winner released its lock; no takeover guards or staged files are left.
        expect(await readdir(dataDir)).toEqual([])
      } finally {
        for (const c of pair) c.child.kill('SIGKILL')
        await rm(dataDir, { recursive: true, force: true })
      }
    }
    expect(outcomes.every((o) => o === 'conflict+locked')).toBe(true)
  }, 240_000)

  describe('a live pid in a lock is its owner only if it is the same process', () => {
    let unrelated: ChildProcess
    beforeAll(async () => {
      unrelated = spawn('sleep', ['60'])
      await new Promise((res) => unrelated.once('spawn', res))
    })
    afterAll(() => {
      unrelated.kill('SIGKILL')
    })

    it('a lock naming a reused pid (an unrelated live process) does not block', async () => {
      const pid = unrelated.pid!
      for (const content of [
        // An older Dais's lock written an hour before this pid's process started.
        `${pid}\n`,
        // A lock whose owner started at another time than the process now holding the pid.
        `${JSON.stringify({ pid, startedAt: Date.now() - 3_600_000, id: 'old' })}\n`
      ]) {
        const dataDir = await mkdtemp(join(tmpdir(), 'dais-lock-reuse-'))
        const path = join(dataDir, lockFileName)
        await writeFile(path, content)
        const anHourAgo = new Date(Date.now() - 3_600_000)
        await utimes(path, anHourAgo, anHourAgo)
        const lock = await acquireLock(nodeStorageFs, dataDir)
        expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ pid: process.pid })
        await lock.release()
        await rm(dataDir, { recursive: true, force: true })
      }
    })

    it('a lock naming the live process that wrote it blocks, old format or new', async () => {
      const pid = unrelated.pid!
      const startedAt = processStartTime(pid)
      const cases = [`${pid}\n`]
      if (startedAt !== null) cases.push(`${JSON.stringify({ pid, startedAt, id: 'live' })}\n`)
      for (const content of cases) {
        const dataDir = await mkdtemp(join(tmpdir(), 'dais-lock-live-'))
        await writeFile(join(dataDir, lockFileName), content)
        await expect(acquireLock(nodeStorageFs, dataDir)).rejects.toMatchObject({
          code: 'CONFLICT'
        })
        expect(await readFile(join(dataDir, lockFileName), 'utf8')).toBe(content)
        await rm(dataDir, { recursive: true, force: true })
      }
    })
  })

  it('judges owners by pid and start time', () => {
    const owner = { pid: 42, startedAt: 1_000_000, id: 'x' }
    const alive = { isAlive: () => true, startTimeOf: () => 1_000_400 }
    expect(lockOwnerRunning({ owner, modifiedAt: null }, alive)).toBe(true)
    expect(lockOwnerRunning({ owner, modifiedAt: null }, { ...alive, isAlive: () => false })).toBe(
      false
    )
    expect(
      lockOwnerRunning({ owner, modifiedAt: null }, { ...alive, startTimeOf: () => 9_000_000 })
    ).toBe(false)
    // Where the OS cannot say when a process started, a live pid is taken to be the owner.
    expect(
      lockOwnerRunning({ owner, modifiedAt: null }, { ...alive, startTimeOf: () => null })
    ).toBe(true)
    const legacy = { pid: 42, startedAt: null, id: '' }
    expect(lockOwnerRunning({ owner: legacy, modifiedAt: 2_000_000 }, alive)).toBe(true)
    expect(lockOwnerRunning({ owner: legacy, modifiedAt: 500_000 }, alive)).toBe(false)
  })
})
