import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { systemClock, type AppContext } from '../src/core/app-context'
import { createAppService } from '../src/core/app-service'
import type { Event } from '../src/shared/entities'
import { syntheticDelegates } from './delegates-synthetic'

/**
 * Saving one edit through the service (validation, change, audit, durable write) with 10,000
 * delegates in the event. Goal: p95 ≤ 50 ms.
 */
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN

async function main() {
  const count = Number(process.argv[2] ?? 10_000)
  const edits = Number(process.argv[3] ?? 100)
  const dataDir = mkdtempSync(join(tmpdir(), 'dais-bench-delegates-'))
  const ctx: AppContext = {
    dataDir,
    resourcesDir: resolve(__dirname, '..', 'resources'),
    appVersion: 'bench',
    runtime: 'cli',
    clock: systemClock,
    newId: randomUUID
  }
  const service = await createAppService(ctx)
  const call = async <T>(method: string, arg: unknown): Promise<T> => {
    const result = await service.dispatch(method, arg)
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
    return result.value as T
  }
  const event = await call<Event>('createEvent', {
    title: 'Đại hội bench',
    kind: 'congress',
    periodFrom: 2020,
    periodTo: 2025,
    date: '2025-09-12',
    startTime: '07:30',
    venue: '',
    organiser: ''
  })
  const { added } = await call<{ added: { id: string }[] }>('addDelegates', {
    eventId: event.id,
    delegates: syntheticDelegates(count)
  })
  await service.flush()

  const loop = monitorEventLoopDelay({ resolution: 5 })
  loop.enable()
  const commit: number[] = []
  const save: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < edits; i++) {
    const id = added[(i * 7919) % added.length]!.id
    const t0 = performance.now()
    const c0 = process.cpuUsage()
    await call('updateDelegate', { id, patch: { position: `Tổ trưởng tổ dân phố số ${i}` } })
    const t1 = performance.now()
    await service.flush()
    commit.push(t1 - t0)
    save.push(performance.now() - t0)
    const used = process.cpuUsage(c0)
    cpu.push((used.user + used.system) / 1000)
  }
  loop.disable()
  await service.close()
  rmSync(dataDir, { recursive: true, force: true })
  commit.sort((a, b) => a - b)
  save.sort((a, b) => a - b)
  cpu.sort((a, b) => a - b)
  const ms = (n: number) => `${n.toFixed(1)} ms`
  console.log(
    `delegates ${count}, ${edits} edits through updateDelegate: commit p95 ${ms(quantile(commit, 0.95))}, ` +
      `save p50 ${ms(quantile(save, 0.5))}, save p95 ${ms(quantile(save, 0.95))}, ` +
      `CPU per save p95 ${ms(quantile(cpu, 0.95))} (load-independent), ` +
      `max event-loop block ${ms(loop.max / 1e6)} (goal: save p95 ≤ 50 ms)`
  )
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
