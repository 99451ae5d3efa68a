import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { methodNames, type MethodName } from '@shared/method-names'

/**
 * Contract methods no person calls, with the reason: each other method must be reachable from
 * the app's screens (src/renderer) or the `dais` command (src/cli).
 */
const internal: Partial<Record<MethodName, string>> = {}

const srcDir = join(__dirname, '..')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return entry.name === 'testing' ? [] : sourceFiles(path)
    return /\.(ts|vue)$/.test(entry.name) && !entry.name.endsWith('.test.ts') ? [path] : []
  })
}

const sources = ['renderer', 'cli']
  .flatMap((side) => sourceFiles(join(srcDir, side)))
  .map((path) => readFileSync(path, 'utf8'))
  .join('\n')

/** `api.createEvent(`, `dispatch('createEvent', …)`, `call('createEvent', …)`. */
const isCalled = (method: string) =>
  new RegExp(`\\bapi\\.${method}\\b|['"\`]${method}['"\`]`).test(sources)

describe('every contract method has a way in', () => {
  it('is called from the screens or the dais command, or is listed as internal with a reason', () => {
    const unreachable = methodNames.filter((m) => !(m in internal) && !isCalled(m))
    expect(unreachable).toEqual([])
  })

  it('lists as internal only methods that exist and that nothing calls', () => {
    for (const m of Object.keys(internal)) {
      expect(methodNames).toContain(m)
      expect(isCalled(m), m).toBe(false)
    }
  })
})
