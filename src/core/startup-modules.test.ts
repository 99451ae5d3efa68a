import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import { expect, it } from 'vitest'

it('starting the service and its first screens load no PDF, font, QR or spreadsheet library', () => {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'testing', 'heavy-modules-at-start.fixture.ts')],
    { encoding: 'utf8' }
  )
  expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual([])
}, 60_000)
