import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

/**
 * The Electron executable if it is already on disk, else undefined. Mirrors the lookup in
 * `node_modules/electron/index.js` without its side effect: requiring that module downloads the
 * runtime when it is missing, which cannot happen on every machine.
 */
export function findElectronRuntime(
  root: string,
  env: Record<string, string | undefined> = process.env
): string | undefined {
  const packageDir = join(root, 'node_modules', 'electron')
  const pathFile = join(packageDir, 'path.txt')
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : undefined
  const override = env.ELECTRON_OVERRIDE_DIST_PATH
  const candidate = override
    ? join(override, executable || 'electron')
    : executable
      ? join(packageDir, 'dist', executable)
      : undefined
  return candidate && existsSync(candidate) ? candidate : undefined
}

function startElectron(root: string): void {
  const bin = join(root, 'node_modules', '.bin', 'electron-vite')
  const windows = process.platform === 'win32'
  // `npm start` has just built; --skipBuild avoids building twice.
  const child = spawn(windows ? `"${bin}.cmd"` : bin, ['preview', '--skipBuild'], {
    cwd: root,
    stdio: 'inherit',
    shell: windows
  })
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal)
  process.on('SIGINT', forward('SIGINT'))
  process.on('SIGTERM', forward('SIGTERM'))
  child.on('error', (error) => {
    console.error('dais: could not start Electron:', error.message)
    process.exit(1)
  })
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

/**
 * Electron's package fetches its runtime on first use; do that here, visibly and bounded, so a
 * machine that can download gets the desktop window. A machine that cannot fails fast.
 */
function tryInstallElectronRuntime(root: string): void {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return
  const installer = join(root, 'node_modules', 'electron', 'install.js')
  if (!existsSync(installer)) return
  console.error('Fetching the Electron runtime (first start only)…')
  const result = spawnSync(process.execPath, [installer], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'pipe'],
    timeout: 10 * 60_000,
    encoding: 'utf8'
  })
  const reason = result.stderr?.split('\n').find((line) => line.trim() !== '')
  if (result.status !== 0 && reason) console.error(`(${reason.trim()})`)
}

async function run(): Promise<void> {
  const root = resolve(__dirname, '..')
  if (!findElectronRuntime(root)) tryInstallElectronRuntime(root)
  if (findElectronRuntime(root)) {
    startElectron(root)
    return
  }
  console.error(
    'The Electron runtime is not installed on this machine and cannot be fetched, so Dais starts in browser mode instead.'
  )
  const web = join(root, 'out', 'node', 'web-start.cjs')
  const { main } = (await import(pathToFileURL(web).href)) as typeof import('../src/web/start')
  const code = await main(process.argv.slice(2))
  process.exit(code)
}

if (typeof require !== 'undefined' && require.main === module) {
  run().catch((error: unknown) => {
    console.error('dais: could not start:', error)
    process.exit(1)
  })
}
