import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseStartArgs, UsageError } from './start-args'

describe('parseStartArgs', () => {
  it('defaults to a free port, the default data folder and opening the browser', () => {
    expect(parseStartArgs([])).toEqual({ port: 0, dataDir: undefined, open: true, help: false })
  })

  it('reads every flag', () => {
    expect(parseStartArgs(['--port', '8123', '--data-dir', 'tmp/x', '--no-open'])).toEqual({
      port: 8123,
      dataDir: resolve('tmp/x'),
      open: false,
      help: false
    })
    expect(parseStartArgs(['--port=0']).port).toBe(0)
    expect(parseStartArgs(['-h']).help).toBe(true)
    expect(parseStartArgs(['--help']).help).toBe(true)
  })

  it.each([
    [['--port', 'abc']],
    [['--port', '-1']],
    [['--port', '65536']],
    [['--port', '80.5']],
    [['--port']],
    [['--data-dir', '']],
    [['--verbose']],
    [['stray']]
  ])('refuses %j with a usage error', (argv) => {
    expect(() => parseStartArgs(argv)).toThrow(UsageError)
  })
})
