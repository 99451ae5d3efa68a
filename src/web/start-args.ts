import { resolve } from 'node:path'
import { parseArgs } from 'node:util'

/** The one stdout line of the browser mode, followed by the url; tests parse it. */
export const readyLinePrefix = 'Dais is running in browser mode: '

export const usage = `Usage: npx tsx src/web/start.ts [--port N] [--data-dir DIR] [--no-open]

Starts Dais in browser mode: a server on 127.0.0.1 that serves the built user interface
(out/renderer, made by "npm run build") and prints the address to open.

Options:
  --port N          port to listen on (default 0: any free port)
  --data-dir DIR    data folder (default: the desktop app's folder)
  --no-open         do not open the default browser
  -h, --help        show this help`

export interface StartOptions {
  port: number
  dataDir: string | undefined
  open: boolean
  help: boolean
}

export class UsageError extends Error {}

/** Parses the command line; throws UsageError with a sentence a person can act on. */
export function parseStartArgs(argv: readonly string[]): StartOptions {
  let values
  try {
    ;({ values } = parseArgs({
      args: [...argv],
      options: {
        port: { type: 'string' },
        'data-dir': { type: 'string' },
        'no-open': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' }
      },
      strict: true,
      allowPositionals: false
    }))
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error))
  }
  let port = 0
  if (values.port !== undefined) {
    if (!/^\d{1,5}$/.test(values.port) || Number(values.port) > 65535) {
      throw new UsageError(`--port must be a whole number from 0 to 65535, not "${values.port}".`)
    }
    port = Number(values.port)
  }
  const dataDir = values['data-dir']
  if (dataDir !== undefined && dataDir.trim() === '') {
    throw new UsageError('--data-dir needs a folder path.')
  }
  return {
    port,
    dataDir: dataDir === undefined ? undefined : resolve(dataDir),
    open: !values['no-open'],
    help: values.help === true
  }
}
