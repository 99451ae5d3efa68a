import { createAppService } from '../../core/app-service'
import { testContext } from '../../core/testing/test-context'
import { runCli } from '../index'

/** An `io` for runCli that keeps the lines written to each stream. */
export function capture() {
  const out: string[] = []
  const err: string[] = []
  return { io: { out: (l: string) => out.push(l), err: (l: string) => err.push(l) }, out, err }
}

/** Runs `dais <args>` in this process: its exit code and each stream's lines joined. */
export async function runCaptured(args: string[]) {
  const c = capture()
  const code = await runCli(args, c.io)
  return { code, out: c.out.join('\n'), err: c.err.join('\n') }
}

/** A fresh data folder holding the sample event, closed again for a command to open. */
export async function sampleDataDir() {
  const ctx = testContext()
  const service = await createAppService(ctx)
  const result = await service.dispatch('openSampleEvent', {})
  await service.close()
  if (!result.ok) throw new Error(result.error.message)
  return { dataDir: ctx.dataDir, eventId: (result.value as { id: string }).id }
}
