import { execFile } from 'node:child_process'
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const repoRoot = resolve(__dirname, '..', '..')
const sourcesOf = (dir: string) =>
  readdirSync(join(repoRoot, dir))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
    .map((f) => `${dir}/${f}`)

/**
 * Electronegativity's findings that are not problems, each with the reason. Anything else it
 * reports fails the test: fix it, or add it here with a reason a reviewer can check.
 */
const knownFalsePositives: Record<string, string> = {
  'CSP_GLOBAL_CHECK N/A':
    'The CSP is a response header on every session (harden-sessions.ts, csp.ts), not an HTML meta tag the scanner looks for.',
  'AUXCLICK_JS_CHECK main/main-window.ts':
    'Every new window (middle-click included) is refused by setWindowOpenHandler and every navigation by will-navigate (guard-web-contents.ts).',
  'CONTEXT_ISOLATION_JS_CHECK main/main-window.ts':
    'webPreferences come from secureWebPreferences() (web-preferences.ts, contextIsolation: true, unit-tested); the scanner does not follow the call.',
  'SANDBOX_JS_CHECK main/main-window.ts':
    'As above: sandbox: true in secureWebPreferences(), plus app.enableSandbox() (sandbox-all-renderers.ts).'
}

describe('static security checks of the Electron main process and preload', () => {
  it('electronegativity finds nothing beyond its listed false positives', async () => {
    const target = mkdtempSync(join(tmpdir(), 'dais-electronegativity-'))
    try {
      for (const dir of ['main', 'preload']) {
        cpSync(join(repoRoot, 'src', dir), join(target, dir), {
          recursive: true,
          filter: (source) => !source.endsWith('.test.ts')
        })
      }
      // SARIF, not CSV: the tool writes a CSV's header and rows as two racing writes, and on a
      // busy machine the header can land over the first rows.
      const report = join(target, 'findings.sarif')
      const bin = join(repoRoot, 'node_modules', '.bin', 'electronegativity')
      // -e: the newest Electron it knows; it cannot fetch release data offline and says so.
      await promisify(execFile)(
        bin,
        ['-i', target, '-r', '-v', 'false', '-e', '33.0.0', '-o', report],
        {
          timeout: 120_000
        }
      )
      const sarif = JSON.parse(readFileSync(report, 'utf8')) as {
        runs: {
          results: {
            ruleId: string
            locations: { physicalLocation: { artifactLocation: { uri: string } } }[]
          }[]
        }[]
      }
      const findings = sarif.runs[0]!.results.map((result) => {
        const uri = result.locations[0]?.physicalLocation.artifactLocation.uri ?? 'file:///'
        return `${result.ruleId} ${uri === 'file:///' ? 'N/A' : uri}`
      })
      const unexpected = findings.filter((f) => !(f in knownFalsePositives))
      expect(unexpected).toEqual([])
    } finally {
      rmSync(target, { recursive: true, force: true })
    }
  }, 180_000)

  /**
   * Every place main opens something or builds a path, reviewed: a request's string must reach
   * a path only through safeChildPath/safeDescendantPath (src/core/safe-path.ts), and the shell
   * only through openDocumentOnDesktop's type checks. A new call fails here until reviewed.
   */
  const reviewed: Record<string, string> = {
    "src/main/index.ts: const rendererRoot = join(__dirname, '../renderer')":
      'fixed, beside the app',
    "src/main/index.ts: const preloadPath = join(__dirname, '../preload/index.cjs')":
      'fixed, beside the app',
    'src/main/index.ts: stateFile: join(dataDir, windowStateFileName),': 'a constant name',
    'src/main/start-service.ts: stateFile: join(context.dataDir, deskStateFileName)':
      'a constant name',
    "src/main/index.ts: iconPath: join(resourcesDir(), 'icons', 'icon.png'),": 'constant names',
    "src/main/open-document.ts: const folder = join(deps.tempDir, 'Dais', deps.newId())":
      'a fresh random id; the name goes through safeChildPath below it',
    'src/main/open-document.ts: openPath(path: string): Promise<string>':
      'the injected shell.openPath, declared',
    'src/main/open-document.ts: const problem = await deps.openPath(path)':
      'after documentKindOf in the service (extension, content type and first bytes agree) and safeChildPath',
    'src/main/start-service.ts: openPath: (path) => shell.openPath(path),':
      'only called by openDocumentOnDesktop after the service’s type and content check and safeChildPath',
    "src/main/serve-contract.ts: defaultPath: join(app.getPath('documents'), defaultName),":
      'a name Dais makes (unsavedCopyFileName), only offered in the save dialog the person confirms',
    'src/main/renderer-files.ts: target = safeDescendantPath(resolve(root), wanted)':
      'the url path goes through safeDescendantPath',
    "src/main/app-paths.ts: const dataDir = override ? resolve(override) : join(app.getPath('appData'), appFolderName)":
      'the user’s own --data-dir on the command line, or the OS app-data folder',
    "src/main/app-paths.ts: app.setPath('sessionData', join(dataDir, 'chromium'))":
      'a constant name',
    "src/main/app-paths.ts: app.isPackaged ? join(process.resourcesPath, 'resources') : join(app.getAppPath(), 'resources')":
      'the app’s own folders'
  }

  it('every path join, resolve, openPath and openExternal in main is reviewed', () => {
    const calls = [...sourcesOf('src/main'), ...sourcesOf('src/preload')].flatMap((file) =>
      readFileSync(join(repoRoot, file), 'utf8')
        .split('\n')
        .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line))
        .filter((line) => /\b(join|resolve|openPath|openExternal)\(/.test(line))
        .filter((line) => !/\bnew Promise\b|\.join\(['"`]/.test(line))
        .map((line) => `${file}: ${line.trim()}`)
    )
    expect(calls.filter((call) => !(call in reviewed))).toEqual([])
    expect(Object.keys(reviewed).filter((call) => !calls.includes(call))).toEqual([])
  })
})
