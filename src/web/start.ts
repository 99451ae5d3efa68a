import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { AppContext } from '../core/app-context'
import type { AppService } from '../core/app-service'
import { saveUnsavedCopy, unsavedCopyMessage } from '../core/rescue'
import { AppError } from '@shared/result'
import type { WebServer } from './server'
import { parseStartArgs, readyLinePrefix, usage, UsageError, type StartOptions } from './start-args'

/** Opens the default browser; a missing opener is not an error, the address is printed anyway. */
export function openInBrowser(url: string): void {
  const [command, args] =
    process.platform === 'win32'
      ? ['cmd', ['/c', 'start', '""', url]]
      : process.platform === 'darwin'
        ? ['open', [url]]
        : ['xdg-open', [url]]
  try {
    const child = spawn(command, args as string[], {
      detached: true,
      stdio: 'ignore',
      windowsHide: true,
      windowsVerbatimArguments: process.platform === 'win32'
    })
    child.on('error', () => {})
    child.unref()
  } catch {
    // The address is on the terminal; the user can open it by hand.
  }
}

export const repoRoot = (): string => resolve(__dirname, '..', '..')

function readAppVersion(root: string): string {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version?: string }
  return pkg.version ?? '0.0.0'
}

/** Runs the browser mode until SIGINT/SIGTERM; resolves with an exit code when it cannot start. */
export async function main(
  argv: readonly string[] = process.argv.slice(2),
  overrides: { staticDir?: string } = {}
): Promise<number> {
  let options: StartOptions
  try {
    options = parseStartArgs(argv)
  } catch (error) {
    if (!(error instanceof UsageError)) throw error
    console.error(`dais: ${error.message}\nRun with --help to see the options.`)
    return 2
  }
  if (options.help) {
    console.log(usage)
    return 0
  }

  const root = repoRoot()
  const staticDir = overrides.staticDir ?? join(root, 'out', 'renderer')
  if (!existsSync(join(staticDir, 'index.html'))) {
    console.error(
      `dais: the user interface is not built yet (${staticDir} has no index.html): run npm run build first.`
    )
    return 1
  }

  // Loaded only now, so --help and usage errors answer without opening the core.
  const [
    { systemClock },
    { createAppService },
    { defaultDataDir },
    { startWebServer },
    { browserHost, createDocumentStore },
    { createDeskControl, deskStateFileName, hallAddresses }
  ] = await Promise.all([
    import('../core/app-context'),
    import('../core/app-service'),
    import('../core/paths'),
    import('./server'),
    import('./document-store'),
    import('../core/desk')
  ])
  const ctx: AppContext = {
    dataDir:
      options.dataDir ??
      defaultDataDir({ platform: process.platform, env: process.env, homeDir: homedir() }),
    resourcesDir: join(root, 'resources'),
    appVersion: readAppVersion(root),
    runtime: 'browser',
    rescueFolders: [homedir(), tmpdir()],
    clock: systemClock,
    newId: () => randomUUID()
  }

  const documents = createDocumentStore()
  let service: AppService
  const desks = createDeskControl({
    service: () => service,
    now: () => new Date(),
    addresses: hallAddresses,
    stateFile: join(ctx.dataDir, deskStateFileName)
  })
  try {
    service = await createAppService(ctx, { host: browserHost(documents), desks })
    await desks.resume()
  } catch (error) {
    if (error instanceof AppError && error.code === 'CONFLICT') {
      console.error(`dais: ${error.message}`)
      return 1
    }
    throw error
  }

  let server: WebServer
  try {
    server = await startWebServer({ service, documents, staticDir, port: options.port })
  } catch (error) {
    await service.close()
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(`dais: port ${options.port} is already in use; choose another with --port.`)
      return 1
    }
    throw error
  }

  let stopping = false
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) {
      console.error(`dais: ${signal} again, exiting without waiting.`)
      process.exit(1)
    }
    stopping = true
    void (async () => {
      let code = 0
      try {
        await server.close()
        // Not longer than a service manager (or the e2e fixture) waits before SIGKILL.
        await service.close({ timeoutMs: 10_000 })
      } catch (error) {
        console.error('dais: could not close cleanly:', error)
        // Never exit silently with unsaved changes: keep them next to the data folder.
        const copy = await saveUnsavedCopy(
          service,
          ctx.dataDir,
          ctx.rescueFolders ?? [],
          new Date()
        )
        console.error(`dais: ${unsavedCopyMessage(ctx.dataDir, copy)}`)
        code = 1
      }
      process.exit(code)
    })()
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)

  console.log(`${readyLinePrefix}${server.url}`)
  if (options.open) openInBrowser(server.url)
  return new Promise<number>(() => {})
}

// Run only when executed directly (tsx runs this file as CommonJS); importing it has no effect.
if (typeof require !== 'undefined' && require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error('dais: could not start:', error)
      process.exit(1)
    }
  )
}
