import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { openDatabase } from '../database'
import { decodeEnvelope } from '../envelope'
import { emptyRoster, rosterMigrations, rosterSchemaVersion, validateRoster } from './roster-schema'
import { sleep } from '../storage-fs'
import { transpileToCommonJs } from './transpile-to-commonjs'

export interface CrashRunOptions {
  iterations: number
  /** Independent data folders worked on in parallel. */
  lanes?: number
  minDelayMs?: number
  maxDelayMs?: number
  onProgress?: (done: number) => void
  /**
   * `compiled` (default) runs the writer from a fresh TypeScript transpile of the real sources
   * with plain node (start-up ≈ 0.15 s); `tsx` runs the sources through `node --import tsx`
   * (≈ 0.6 s per child, which dominates a 1,000-kill run on two cores).
   */
  runtime?: 'compiled' | 'tsx'
}

export interface CrashRunSummary {
  iterations: number
  durationMs: number
  /** Files that did not parse and verify after a kill (must be empty). */
  unopenable: string[]
  /** Acknowledged counters missing after a kill (must be empty). */
  lostAcknowledged: string[]
  /** Starts that needed any recovery notice (a newer temp file from an in-flight write). */
  recoveredStarts: number
  /** Starts whose data was newer than the last acknowledged write (an in-flight append kept). */
  inFlightRecovered: number
  /** Highest acknowledged counter per lane. */
  acknowledged: number[]
  /** Backup files checked in total. */
  backupsVerified: number
}

const repoRoot = resolve(__dirname, '..', '..', '..', '..')
const writerScript = join(__dirname, 'crash-writer.fixture.ts')

/** Transpiles the storage module, the writer and what they import from src/shared to CommonJS. */
async function compileWriter(outDir: string): Promise<string> {
  const storageDir = dirname(__dirname)
  const sources = [
    ...(await readdir(storageDir))
      .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
      .map((name) => join(storageDir, name)),
    writerScript,
    // What the storage module imports from outside it.
    join(repoRoot, 'src', 'core', 'safe-path.ts'),
    join(repoRoot, 'src', 'shared', 'result.ts')
  ]
  await transpileToCommonJs(sources, outDir, repoRoot)
  return join(outDir, relative(repoRoot, writerScript)).replace(/\.ts$/, '.js')
}

type WriterCommand = { args: string[]; env: NodeJS.ProcessEnv }

interface Writer {
  process: ChildProcess
  loaded: Promise<void>
  ready: Promise<void>
  exited: Promise<void>
  maxAck: () => number
}

function startWriter(command: WriterCommand): Writer {
  const child = spawn(process.execPath, command.args, {
    cwd: repoRoot,
    env: command.env,
    stdio: ['pipe', 'pipe', 'pipe']
  })
  let maxAck = -1
  let buffered = ''
  let stderr = ''
  let markLoaded!: () => void
  let markReady!: () => void
  let failLoad!: (error: Error) => void
  let failReady!: (error: Error) => void
  const fail = (error: Error) => {
    failLoad(error)
    failReady(error)
  }
  // A writer that dies while loading (a module missing from the build) fails the run at once.
  const loaded = new Promise<void>((res, rej) => {
    markLoaded = res
    failLoad = rej
  })
  loaded.catch(() => undefined)
  const ready = new Promise<void>((res, rej) => {
    markReady = res
    failReady = rej
  })
  ready.catch(() => undefined)
  child.stdout!.setEncoding('utf8')
  child.stdout!.on('data', (chunk: string) => {
    buffered += chunk
    const lines = buffered.split('\n')
    buffered = lines.pop() ?? ''
    for (const line of lines) {
      if (line === 'loaded') markLoaded()
      else if (line === 'ready') markReady()
      else if (line.startsWith('ack ')) maxAck = Math.max(maxAck, Number(line.slice(4)))
    }
  })
  child.stderr!.setEncoding('utf8')
  child.stderr!.on('data', (chunk: string) => (stderr += chunk))
  const exited = new Promise<void>((res) => child.on('close', () => res()))
  void exited.then(() => fail(new Error(`crash writer exited before it was ready: ${stderr}`)))
  return { process: child, loaded, ready, exited, maxAck: () => maxAck }
}

async function verifyFolder(
  dataDir: string,
  lastAck: number,
  summary: CrashRunSummary,
  iteration: string
): Promise<void> {
  const mainPath = join(dataDir, 'dais-data.json')
  const main = decodeEnvelope(await readFile(mainPath))
  if (!main.ok || main.hadByteOrderMark) {
    summary.unopenable.push(`${iteration}: dais-data.json ${main.ok ? 'has a BOM' : main.problem}`)
  }
  const backupsDir = join(dataDir, 'backups')
  for (const name of (await readdir(backupsDir).catch(() => [])).filter((n) =>
    n.endsWith('.json')
  )) {
    const backup = decodeEnvelope(await readFile(join(backupsDir, name)))
    summary.backupsVerified += 1
    if (!backup.ok) summary.unopenable.push(`${iteration}: backups/${name} ${backup.problem}`)
  }
  const db = await openDatabase({
    dataDir,
    schemaVersion: rosterSchemaVersion,
    migrations: rosterMigrations,
    defaults: emptyRoster,
    validate: validateRoster,
    clock: { now: () => new Date() },
    appVersion: 'crash-verifier'
  })
  try {
    if (db.notices.some((notice) => notice.quarantinedAs !== null)) {
      summary.unopenable.push(`${iteration}: ${db.notices.map((n) => n.message).join(' ')}`)
    }
    if (db.notices.length > 0) summary.recoveredStarts += 1
    if (db.data.counter > lastAck) summary.inFlightRecovered += 1
    if (db.data.counter < lastAck) {
      summary.lostAcknowledged.push(
        `${iteration}: acknowledged ${lastAck}, found ${db.data.counter}`
      )
    }
  } finally {
    await db.close()
  }
}

/** D1: kill -9 a writer at random moments, then check every file and every acknowledged write. */
export async function runCrashIterations(options: CrashRunOptions): Promise<CrashRunSummary> {
  const lanes = options.lanes ?? 3
  const minDelayMs = options.minDelayMs ?? 5
  const maxDelayMs = options.maxDelayMs ?? 60
  const started = performance.now()
  const summary: CrashRunSummary = {
    iterations: 0,
    durationMs: 0,
    unopenable: [],
    lostAcknowledged: [],
    recoveredStarts: 0,
    inFlightRecovered: 0,
    acknowledged: [],
    backupsVerified: 0
  }
  let next = 0
  const buildDir = await mkdtemp(join(tmpdir(), 'dais-crash-build-'))
  const command: WriterCommand =
    options.runtime === 'tsx'
      ? { args: ['--import', 'tsx', writerScript], env: process.env }
      : {
          args: ['--no-warnings', await compileWriter(buildDir)],
          env: { ...process.env, NODE_PATH: join(repoRoot, 'node_modules') }
        }

  const runLane = async (lane: number): Promise<void> => {
    const dataDir = await mkdtemp(join(tmpdir(), `dais-crash-${lane}-`))
    let lastAck = -1
    let spare = startWriter(command)
    try {
      while (next < options.iterations) {
        const iteration = next
        next += 1
        const writer = spare
        spare = startWriter(command)
        await writer.loaded
        writer.process.stdin!.write(`go ${dataDir}\n`)
        await writer.ready
        await sleep(minDelayMs + Math.random() * (maxDelayMs - minDelayMs))
        writer.process.kill('SIGKILL')
        await writer.exited
        lastAck = Math.max(lastAck, writer.maxAck())
        await verifyFolder(dataDir, lastAck, summary, `iteration ${iteration} (lane ${lane})`)
        summary.iterations += 1
        options.onProgress?.(summary.iterations)
      }
    } finally {
      spare.process.kill('SIGKILL')
      await spare.exited
      summary.acknowledged[lane] = lastAck
      await rm(dataDir, { recursive: true, force: true })
    }
  }

  try {
    await Promise.all(Array.from({ length: lanes }, (_, lane) => runLane(lane)))
  } finally {
    await rm(buildDir, { recursive: true, force: true })
  }
  summary.durationMs = Math.round(performance.now() - started)
  return summary
}
