import { spawn } from 'node:child_process'

export interface ChildOutcome {
  /** Every line the child printed on stdout, in order. */
  lines: string[]
  stderr: string
  /** Killed by the test (SIGKILL) rather than exiting by itself. */
  killed: boolean
}

/**
 * Runs a TypeScript fixture as a child process (`node --import tsx`), reporting each stdout line
 * with the time it arrived and a `kill` that sends SIGKILL after a delay — for the tests that
 * kill -9 the app half-way through a change and check what a restart finds.
 */
export function runKillableChild(
  fixture: string,
  args: readonly string[],
  onLine: (line: string, kill: (afterMs: number) => void) => void = () => undefined
): Promise<ChildOutcome> {
  const child = spawn(process.execPath, ['--import', 'tsx', fixture, ...args], {
    stdio: ['ignore', 'pipe', 'pipe']
  })
  const lines: string[] = []
  let buffered = ''
  let stderr = ''
  let killed = false
  const kill = (afterMs: number) =>
    void setTimeout(() => {
      killed = child.kill('SIGKILL') || killed
    }, afterMs)
  child.stderr!.on('data', (c: Buffer) => (stderr += c.toString()))
  child.stdout!.on('data', (c: Buffer) => {
    buffered += c.toString()
    const parts = buffered.split('\n')
    buffered = parts.pop() ?? ''
    for (const line of parts) {
      lines.push(line)
      onLine(line, kill)
    }
  })
  return new Promise((resolve) =>
    child.once('exit', (_code, signal) =>
      resolve({ lines, stderr, killed: killed && signal === 'SIGKILL' })
    )
  )
}
