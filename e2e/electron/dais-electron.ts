import {
  _electron as electron,
  test as base,
  expect,
  type ElectronApplication,
  type Page
} from '@playwright/test'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'

export { expect }

export const repoRoot = resolve(__dirname, '..', '..')
export const preloadPath = join(repoRoot, 'out', 'preload', 'index.cjs')

/**
 * The Electron binary, found the way the `electron` package would find it but without
 * `require('electron')`, which starts a download when the binary is missing.
 */
export function electronExecutable(): string | null {
  try {
    const packageDir = join(repoRoot, 'node_modules', 'electron')
    const relativePath = readFileSync(join(packageDir, 'path.txt'), 'utf8').trim()
    const executable = join(packageDir, 'dist', relativePath)
    return relativePath && existsSync(executable) ? executable : null
  } catch {
    return null
  }
}

export const hasElectron = electronExecutable() !== null
export const noElectronReason = 'Electron runtime not installed on this machine'

export interface DaisDesktop {
  app: ElectronApplication
  /** The main window, loaded from app://dais/. */
  page: Page
  dataDir: string
}

const definedEnv = (): Record<string, string> =>
  Object.fromEntries(
    Object.entries(process.env).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined && entry[0] !== 'ELECTRON_RENDERER_URL'
    )
  )

/** The built app (out/) in the real runtime, on its own data folder, as a packaged build runs it. */
export const test = base.extend<{ dais: DaisDesktop }>({
  dais: async ({}, use) => {
    const executablePath = electronExecutable()
    if (!executablePath) throw new Error(noElectronReason)
    const dataDir = mkdtempSync(join(tmpdir(), 'dais-electron-'))
    const app = await electron.launch({
      executablePath,
      args: [repoRoot],
      cwd: repoRoot,
      env: { ...definedEnv(), DAIS_DATA_DIR: dataDir }
    })
    try {
      const page = await app.firstWindow()
      await page.waitForLoadState('domcontentloaded')
      await use({ app, page, dataDir })
    } finally {
      await app.close()
      rmSync(dataDir, { recursive: true, force: true })
    }
  }
})

/** Evaluates a script in the page; the node tsconfig has no DOM types, hence source text. */
export const inPage = <T>(page: Page, script: string): Promise<T> =>
  page.evaluate(script) as Promise<T>
