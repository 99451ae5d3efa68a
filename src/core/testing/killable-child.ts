import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile } from 'node:fs/promises'
import { basename, dirname, join, resolve } from 'node:path'
import { build, type Plugin } from 'esbuild'

export interface ChildOutcome {
  /** Every line the child printed on stdout, in order. */
  lines: string[]
  stderr: string
  /** Killed by the test (SIGKILL) rather than exiting by itself. */
  killed: boolean
}

const repoRoot = resolve(__dirname, '..', '..', '..')

/** Each source keeps the folder it lives in as its `__dirname`, as when it runs unbundled. */
const ownDirname: Plugin = {
  name: 'own-dirname',
  setup(b) {
    b.onLoad({ filter: /\.ts$/ }, async ({ path }) => ({
      contents: (await readFile(path, 'utf8')).replace(
        /\b__dirname\b/g,
        JSON.stringify(dirname(path))
      ),
      loader: 'ts'
    }))
  }
}

const bundles = new Map<string, Promise<string>>()

/**
 * The fixture and the sources it imports as one CommonJS file, built once per test process: a
 * child then starts in plain node instead of compiling the core through tsx (about 4× slower).
 * It is written inside node_modules/.cache so that the libraries left outside resolve as usual.
 */
function bundled(fixture: string): Promise<string> {
  let outfile = bundles.get(fixture)
  if (!outfile) {
    outfile = (async () => {
      const cache = join(repoRoot, 'node_modules', '.cache')
      await mkdir(cache, { recursive: true })
      const dir = await mkdtemp(join(cache, 'dais-fixture-'))
      const file = join(dir, basename(fixture).replace(/\.ts$/, '.cjs'))
      await build({
        absWorkingDir: repoRoot,
        entryPoints: [fixture],
        outfile: file,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        packages: 'external',
        plugins: [ownDirname],
        logLevel: 'warning'
      })
      return file
    })()
    bundles.set(fixture, outfile)
  }
  return outfile
}

/**
 * Runs a TypeScript fixture as a child process (bundled, in plain node), reporting each stdout line
 * with the time it arrived and a `kill` that sends SIGKILL after a delay — for the tests that
 * kill -9 the app half-way through a change and check what a restart finds.
 */
export async function runKillableChild(
  fixture: string,
  args: readonly string[],
  onLine: (line: string, kill: (afterMs: number) => void) => void = () => undefined
): Promise<ChildOutcome> {
  const child = spawn(process.execPath, [await bundled(fixture), ...args], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const lines: string[] = []
  let buffered = ''
  let stderr = ''
  let killed = false
  const kill = (afterMs: number) =>
    void setTimeout(() => {
      killed = child.kill('SIGKILL') || killed
    }, afterMs)
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()))
  child.stdout!.on('data', (c: Buffer) => {
    buffered += c.toString()
    const parts = buffered.split('\n')
    buffered = parts.pop() ?? ''
    for (const line of parts) {
      lines.push(line)
      onLine(line, kill)
    }
  })
  return new Promise((resolve) =>
    child.once('exit', (_code, signal) =>
      resolve({ lines, stderr, killed: killed && signal === 'SIGKILL' })
    )
  )
}
