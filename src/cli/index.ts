import { randomUUID } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { homedir, tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import type { AppContext } from '../core/app-context'
import type { AppService } from '../core/app-service'
import { defaultDataDir } from '../core/paths'
import type { Result } from '@shared/result'
import type { CliTools, Io, ServiceFeatures } from './cli-command'
import { featureCommands } from './command-registry'

const repoRoot = resolve(__dirname, '..', '..')

const help = () => `Dais — command line

Usage: dais <command> [options]      (from a checkout: npm run dais -- <command> [options])

Commands:
  doctor                 Check the data file, its checksum and schema, and every backup.
                         Exit code 0 = healthy, 1 = problems found.
  backups list           List rolling and named backups.
  backups restore <id>   Restore a backup (a named backup of the current data is taken first).
  events                 List the events.
${Object.values(featureCommands)
  .map((c) => `  ${c.help}`)
  .join('\n')}

Options:
  --data-dir <dir>       Data folder, for every command (default: the desktop app's user-data folder)
  --json                 Machine-readable output
  -h, --help             Show this help
`

function appVersion(): string {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as {
    version: string
  }
  return pkg.version
}

/** Where browser mode and the desktop put unsaved data the data folder could not take. */
const rescueFolders = () => [homedir(), tmpdir()]

async function withService<T>(
  dataDir: string,
  io: Io,
  use: (s: AppService) => Promise<T>,
  features?: ServiceFeatures
) {
  const [{ systemClock }, { openService }] = await Promise.all([
    import('../core/app-context'),
    import('../core/open-service')
  ])
  const createAppService = features
    ? (ctx: AppContext) => openService(ctx, {}, features)
    : async (ctx: AppContext) => (await import('../core/app-service')).createAppService(ctx)
  const ctx: AppContext = {
    dataDir,
    resourcesDir: join(repoRoot, 'resources'),
    appVersion: appVersion(),
    runtime: 'cli',
    rescueFolders: rescueFolders(),
    clock: systemClock,
    newId: randomUUID
  }
  let service: AppService
  try {
    service = await createAppService(ctx)
  } catch (error) {
    io.err(error instanceof Error ? error.message : String(error))
    return 1
  }
  try {
    return await use(service)
  } finally {
    await service.close()
  }
}

function unwrap<T>(result: Result<T>, io: Io): T | undefined {
  if (result.ok) return result.value
  io.err(`${result.error.code}: ${result.error.message}`)
  return undefined
}

const defaultDir = () =>
  defaultDataDir({ platform: process.platform, env: process.env, homeDir: homedir() })

function toolsFor(io: Io, globalDataDir: string | undefined): CliTools {
  return {
    withService: (dataDir, use, features) => withService(dataDir, io, use, features),
    dataDir: () => resolve(globalDataDir ?? defaultDir()),
    resourcesDir: join(repoRoot, 'resources'),
    unwrap: (result) => unwrap(result, io)
  }
}

/**
 * Takes the global `--data-dir DIR` / `--data-dir=DIR` out of a command's arguments (before any
 * `--`), so every command accepts it wherever it is written.
 */
export function takeDataDir(args: string[]): {
  dataDir: string | undefined
  rest: string[]
  missing: boolean
} {
  const rest: string[] = []
  let dataDir: string | undefined
  let missing = false
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string
    if (a === '--') {
      rest.push(...args.slice(i))
      break
    }
    if (a === '--data-dir') {
      dataDir = args[++i]
      missing ||= dataDir === undefined || dataDir.startsWith('-')
    } else if (a.startsWith('--data-dir=')) dataDir = a.slice('--data-dir='.length)
    else rest.push(a)
  }
  return { dataDir, rest, missing }
}

const isArgumentError = (error: unknown): error is Error =>
  error instanceof Error &&
  String((error as Error & { code?: unknown }).code).startsWith('ERR_PARSE_ARGS')

/**
 * zod compiles a parser for each object schema the first time it parses one (`new Function`):
 * worth it in the app, which validates every change, but a command validates a few values once
 * and would spend more compiling than checking. The checks are the same either way.
 */
async function validateWithoutCompiling(): Promise<void> {
  const { z } = await import('zod')
  z.config({ jitless: true })
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  const { dataDir: globalDataDir, rest, missing } = takeDataDir(argv)
  if (missing) {
    io.err(`--data-dir needs a folder, e.g. --data-dir ./dais-data\n\n${help()}`)
    return 2
  }
  const feature = rest[0] ? featureCommands[rest[0]] : undefined
  if (feature) {
    await validateWithoutCompiling()
    const command = await feature.load()
    try {
      return await command.run(rest.slice(1), io, toolsFor(io, globalDataDir))
    } catch (error) {
      if (!isArgumentError(error)) throw error
      io.err(`${error.message}\nusage: dais ${feature.help}`)
      return 2
    }
  }
  let parsed
  try {
    parsed = parseArgs({
      args: rest,
      allowPositionals: true,
      options: {
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false }
      }
    })
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${help()}`)
    return 2
  }
  const { values, positionals } = parsed
  const [command, sub, arg] = positionals
  if (values.help || !command) {
    if (values.help) io.out(help())
    else io.err(help())
    return values.help ? 0 : 2
  }
  await validateWithoutCompiling()
  const dataDir = resolve(globalDataDir ?? defaultDir())
  const print = (value: unknown, text: () => string) =>
    io.out(values.json ? JSON.stringify(value, null, 2) : text())

  switch (command) {
    case 'doctor': {
      const { inspectDataFolder } = await import('../core/storage/database')
      const { inspectUnsavedCopies } = await import('../core/rescue')
      const folderReport = await inspectDataFolder(dataDir)
      const unsaved = await inspectUnsavedCopies(dataDir, rescueFolders())
      // A copy of changes the data folder lacks needs a person to decide: not healthy.
      const report = {
        ...folderReport,
        healthy: folderReport.healthy && unsaved.length === 0,
        problems: [...folderReport.problems, ...unsaved.map((notice) => notice.message)],
        unsavedCopies: unsaved.map((notice) => notice.unsavedCopy)
      }
      print(report, () =>
        [
          `Data folder: ${dataDir}`,
          report.healthy ? 'Healthy: the data file and every backup verify.' : 'Problems found:',
          ...report.problems.map((p) => `  - ${p}`)
        ].join('\n')
      )
      return report.healthy ? 0 : 1
    }
    case 'backups':
      if (sub === 'list') {
        return withService(dataDir, io, async (s) => {
          const backups = unwrap(await s.dispatch('listBackups', {}), io) as
            | { id: string; kind: string; name: string; createdAt: string; sizeBytes: number }[]
            | undefined
          if (!backups) return 1
          print(backups, () =>
            backups.length === 0
              ? 'No backups yet.'
              : backups
                  .map(
                    (b) =>
                      `${b.id}  ${b.createdAt}  ${b.kind.padEnd(7)}  ${b.name || '(automatic)'}`
                  )
                  .join('\n')
          )
          return 0
        })
      }
      if (sub === 'restore' && arg) {
        return withService(dataDir, io, async (s) => {
          const restored = unwrap(await s.dispatch('restoreBackup', { id: arg }), io)
          if (!restored) return 1
          print(restored, () => `Restored backup ${arg}.`)
          return 0
        })
      }
      io.err(`Usage: backups list | backups restore <id>\n\n${help()}`)
      return 2
    case 'events':
      return withService(dataDir, io, async (s) => {
        const events = unwrap(await s.dispatch('listEvents', { includeArchived: true }), io) as
          { id: string; title: string; date: string | null; archived: boolean }[] | undefined
        if (!events) return 1
        print(events, () =>
          events.length === 0
            ? 'No events yet.'
            : events
                .map(
                  (e) => `${e.id}  ${e.date ?? '—'}  ${e.title}${e.archived ? ' (archived)' : ''}`
                )
                .join('\n')
        )
        return 0
      })
    default:
      io.err(`Unknown command "${command}".\n\n${help()}`)
      return 2
  }
}
