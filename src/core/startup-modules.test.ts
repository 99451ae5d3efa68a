import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { expect, it } from 'vitest'

it('starting the service loads no PDF, font or spreadsheet library (they load on first use)', () => {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'testing', 'heavy-modules-at-start.fixture.ts')],
    { encoding: 'utf8' }
  )
  expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual([])
}, 60_000)
