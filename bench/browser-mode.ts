import { spawn, type ChildProcess } from 'node:child_process'
import { resolve } from 'node:path'
import { chromium, type Browser } from 'playwright-core'

const repoRoot = resolve(__dirname, '..')

/** Dais in browser mode on a data folder (`npm run build` first); resolves with its URL. */
export async function startServer(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(
    process.execPath,
    ['out/node/web-start.cjs', '--port', '0', '--no-open', '--data-dir', dataDir],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'inherit'] }
  )
  const url = await new Promise<string>((ok, fail) => {
    let buffer = ''
    child.stdout!.on('data', (chunk: Buffer) => {
      buffer += chunk.toString()
      const match = buffer.match(/browser mode: (\S+)/)
      if (match?.[1]) ok(match[1])
    })
    child.on('exit', (code) => fail(new Error(`web server exited with ${code}`)))
  })
  return { child, url }
}

/** Stops the server and waits for it to exit, so its data folder can be removed after. */
export function stopServer(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve()
  return new Promise((done) => {
    child.once('exit', () => done())
    child.kill('SIGTERM')
  })
}

/** Debian's Chromium (or CHROMIUM_PATH), as the e2e suite drives it. */
export const launchChromium = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run']
  })
