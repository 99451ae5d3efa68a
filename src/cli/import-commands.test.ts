import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importCommands } from './import-commands'
import type { CliTools } from './cli-command'

const corpus = join(__dirname, '../../test-fixtures/import')
const tools = {} as CliTools

async function run(args: string[]) {
  const out: string[] = []
  const err: string[] = []
  const before = readdirSync(corpus).sort()
  const code = await importCommands['import-check']?.run(
    args,
    { out: (l) => out.push(l), err: (l) => err.push(l) },
    tools
  )
  expect(readdirSync(corpus).sort()).toEqual(before)
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('dais import-check', () => {
  it('prints the mapping, the rows and every problem, located', async () => {
    const { code, out } = await run([join(corpus, 'office-roster.xlsx'), '--kind', 'delegates'])
    expect(code).toBe(0)
    expect(out).toContain('C   Năm sinh / Nam → birthYearMale')
    expect(out).toContain('Đỗ Thị Ỷ Lan')
    expect(out).toContain('Danh sách!L12 (phone): Số điện thoại mất số 0 đầu')
    expect(out).toContain('Nothing was written.')
  })

  it('--json gives the preview with messages', async () => {
    const { code, out } = await run([
      join(corpus, 'honorees.xlsx'),
      '--kind',
      'honorees',
      '--json',
      '--lang',
      'en'
    ])
    expect(code).toBe(0)
    const parsed = JSON.parse(out) as { rows: { values: { kind: string } }[] }
    expect(parsed.rows.map((r) => r.values.kind)).toEqual([
      'collective',
      'collective',
      'collective',
      'individual',
      'individual',
      'household',
      'household'
    ])
  })

  it('refuses a hostile file with exit code 2', async () => {
    const { code, err } = await run([join(corpus, 'hostile-zip-bomb.xlsx'), '--kind', 'delegates'])
    expect(code).toBe(2)
    expect(err).toMatch(/^UNSUPPORTED_FILE: /)
  })
})
