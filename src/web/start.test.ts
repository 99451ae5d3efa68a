import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { decodeEnvelope } from '../core/storage/envelope'
import { fillDisk, mountSmallTmpfs, tmpfsSkipReason, unmountTmpfs } from '../core/testing/tmpfs'
import { readyLinePrefix } from './start-args'

const startScript = fileURLToPath(new URL('./start.ts', import.meta.url))
const repoRoot = fileURLToPath(new URL('../..', import.meta.url))

interface Run {
  child: ChildProcess
  stdout: () => string
  stderr: () => string
  exited: Promise<number | null>
}

const temps: string[] = []
const children: ChildProcess[] = []

const tempDir = (prefix: string): string => {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  temps.push(dir)
  return dir
}

/** Runs start.ts's main in a child, pointed at a fake renderer folder. */
function run(args: string[], staticDir?: string, env: Record<string, string> = {}): Run {
  const runner = join(tempDir('dais-start-'), 'runner.ts')
  writeFileSync(
    runner,
    `import { main } from ${JSON.stringify(startScript)}\n` +
      `main(process.argv.slice(2), { staticDir: ${JSON.stringify(staticDir)} }).then((code) => process.exit(code))\n`
  )
  const child = spawn(process.execPath, ['--import', 'tsx', runner, ...args], {
    cwd: repoRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe']
  })
  children.push(child)
  let out = ''
  let errText = ''
  child.stdout?.setEncoding('utf8').on('data', (c: string) => (out += c))
  child.stderr?.setEncoding('utf8').on('data', (c: string) => (errText += c))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return { child, stdout: () => out, stderr: () => errText, exited }
}

async function waitForUrl(started: Run): Promise<string> {
  const deadline = Date.now() + 30_000
  while (Date.now() < deadline) {
    const line = started
      .stdout()
      .split('\n')
      .find((l) => l.startsWith(readyLinePrefix))
    if (line) return line.slice(readyLinePrefix.length)
    if (started.child.exitCode !== null) break
    await new Promise((r) => setTimeout(r, 50))
  }
  throw new Error(`Dais did not start:\n${started.stdout()}\n${started.stderr()}`)
}

function fakeRenderer(): string {
  const dir = join(tempDir('dais-renderer-'), 'renderer')
  mkdirSync(dir)
  writeFileSync(
    join(dir, 'index.html'),
    '<html><head><script type="module" src="./a.js"></script></head></html>'
  )
  return dir
}

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL')
  for (const dir of temps.splice(0)) rmSync(dir, { recursive: true, force: true })
})

describe('src/web/start.ts', () => {
  it('prints help and exits 0', async () => {
    const started = run(['--help'])
    expect(await started.exited).toBe(0)
    expect(started.stdout()).toContain('--data-dir')
  })

  it('exits 2 on a bad flag', async () => {
    const started = run(['--port', 'eighty'])
    expect(await started.exited).toBe(2)
    expect(started.stderr()).toContain('--port must be a whole number')
    expect(started.stdout()).toBe('')
  })

  it('refuses to start without a built renderer', async () => {
    const dataDir = tempDir('dais-data-')
    const started = run(['--no-open', '--data-dir', dataDir], join(dataDir, 'no-such-build'))
    expect(await started.exited).toBe(1)
    expect(started.stderr()).toContain('run npm run build')
  })

  it('serves the app on loopback, prints one line and closes cleanly on SIGTERM', async () => {
    const dataDir = join(tempDir('dais-data-'), 'data')
    const started = run(['--port', '0', '--data-dir', dataDir, '--no-open'], fakeRenderer())
    const url = await waitForUrl(started)
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/)
    expect(started.stdout()).toBe(`${readyLinePrefix}${url}\n`)

    const { origin, searchParams } = new URL(url)
    const reply = await fetch(`${origin}/api/getAppInfo`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${searchParams.get('token')}` },
      body: '{}'
    })
    const result = (await reply.json()) as {
      ok: boolean
      value: { runtime: string; dataDir: string }
    }
    expect(result).toMatchObject({ ok: true, value: { runtime: 'browser', dataDir } })

    started.child.kill('SIGTERM')
    expect(await started.exited).toBe(0)
  })

  it('exits 1 with the reason when another Dais holds the data folder', async () => {
    const dataDir = join(tempDir('dais-data-'), 'data')
    const staticDir = fakeRenderer()
    const first = run(['--data-dir', dataDir, '--no-open'], staticDir)
    await waitForUrl(first)
    const second = run(['--data-dir', dataDir, '--no-open'], staticDir)
    expect(await second.exited).toBe(1)
    expect(second.stdout()).toBe('')
    expect(second.stderr()).not.toBe('')
    first.child.kill('SIGTERM')
    expect(await first.exited).toBe(0)
  })
})

const mountPoint = mountSmallTmpfs()
afterAll(() => {
  if (mountPoint) unmountTmpfs(mountPoint)
})

describe.skipIf(!mountPoint)(
  `src/web/start.ts on a full disk (${mountPoint ? 'tmpfs' : tmpfsSkipReason})`,
  () => {
    it('SIGTERM with changes it cannot save writes them as a data file elsewhere and says where', async () => {
      const dataDir = join(mountPoint!, 'data')
      // The folder beside the data is full too: the copy goes to the home folder.
      const home = tempDir('dais-home-')
      const started = run(['--data-dir', dataDir, '--no-open'], fakeRenderer(), { HOME: home })
      const { origin, searchParams } = new URL(await waitForUrl(started))
      const call = async (method: string, arg: unknown) => {
        const reply = await fetch(`${origin}/api/${method}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${searchParams.get('token')}` },
          body: JSON.stringify(arg)
        })
        return (await reply.json()) as { ok: boolean; value?: { id: string } }
      }
      const created = await call('createEvent', {
        title: 'Đại hội',
        kind: 'congress',
        periodFrom: 2025,
        periodTo: 2030,
        launchFrom: null,
        launchTo: null,
        date: '2025-09-20',
        startTime: '08:00',
        venue: 'Hội trường',
        organiser: 'UBND phường'
      })
      fillDisk(mountPoint!)
      const delegates = Array.from({ length: 50 }, (_, i) => ({
        fullName: `Phạm Thị Số ${i + 1}`,
        notes: 'x'.repeat(200)
      }))
      const added = await call('addDelegates', { eventId: created.value!.id, delegates })
      expect(added.ok).toBe(false)

      started.child.kill('SIGTERM')
      expect(await started.exited).toBe(1)
      const path = /Everything as it was in Dais is in (\S+\.json):/.exec(started.stderr())?.[1]
      expect(path?.startsWith(join(home, 'Dais-unsaved-'))).toBe(true)
      expect(existsSync(path!)).toBe(true)
      const copy = decodeEnvelope(readFileSync(path!))
      const data = copy.ok ? (copy.envelope.data as { delegates: { delegates: unknown[] } }) : null
      expect(data?.delegates.delegates).toHaveLength(50)
    }, 60_000)
  }
)
