import { runCli } from './index'

/**
 * The `dais` process: runs one command, then exits only once stdout and stderr have been handed
 * to the OS, so piped output is never cut short. A reader that closes the pipe early (`| head`)
 * ends the command quietly.
 */
let closedEarly = false

function guard(stream: NodeJS.WriteStream) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error
    closedEarly = true
    process.exit(0)
  })
}

function write(stream: NodeJS.WriteStream, line: string) {
  if (!closedEarly) stream.write(`${line}\n`)
}

/** Waits until everything written to `stream` so far has been flushed. */
function flushed(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((done) => {
    if (closedEarly || stream.writableLength === 0) done()
    else stream.write('', () => done())
  })
}

async function main(): Promise<number> {
  guard(process.stdout)
  guard(process.stderr)
  try {
    return await runCli(process.argv.slice(2), {
      out: (line) => write(process.stdout, line),
      err: (line) => write(process.stderr, line)
    })
  } catch (error) {
    write(
      process.stderr,
      `dais: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
    )
    return 70
  }
}

void main().then(async (code) => {
  await Promise.all([flushed(process.stdout), flushed(process.stderr)])
  process.exit(code)
})
