import { randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { monitorEventLoopDelay, performance } from 'node:perf_hooks'
import { systemClock, type AppContext } from '../src/core/app-context'
import { createAppService } from '../src/core/app-service'
import type { CompactionEvent, JournalPolicy } from '../src/core/storage/database-types'
import type { Event } from '../src/shared/entities'
import { syntheticDelegates } from './delegates-synthetic'

/**
 * Saving one edit through the service (validation, change, audit, durable write) with 10,000
 * delegates in the event. Goal: p95 ≤ 50 ms. A save appends one journal record; the run also
 * counts compactions (full snapshot writes) and, in the second variant, forces them with a small
 * journal bound so their cost shows up in p99/max. Usage: delegates-save.ts [count] [edits]
 * [journal bound for the forced variant, default 10].
 */
const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN

function reasons(events: readonly CompactionEvent[]): string {
  const counts = new Map<string, number>()
  for (const { reason } of events) counts.set(reason, (counts.get(reason) ?? 0) + 1)
  return [...counts].map(([reason, count]) => `${count} ${reason}`).join(', ')
}

interface Variant {
  name: string
  journal?: Partial<JournalPolicy>
}

async function run(count: number, edits: number, variant: Variant) {
  const dataDir = mkdtempSync(join(tmpdir(), 'dais-bench-delegates-'))
  const ctx: AppContext = {
    dataDir,
    resourcesDir: resolve(__dirname, '..', 'resources'),
    appVersion: 'bench',
    runtime: 'cli',
    clock: systemClock,
    newId: randomUUID
  }
  const compactions: (CompactionEvent & { endedAt: number })[] = []
  const service = await createAppService(ctx, {
    storage: {
      journal: variant.journal,
      onCompaction: (event) => compactions.push({ ...event, endedAt: performance.now() })
    }
  })
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
    launchFrom: 2025,
    launchTo: 2030,
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
  const setupCompactions = compactions.length

  const loop = monitorEventLoopDelay({ resolution: 5 })
  loop.enable()
  const commit: number[] = []
  const write: number[] = []
  const save: number[] = []
  const cpu: number[] = []
  const flushCpu: number[] = []
  const flushes: { from: number; to: number }[] = []
  for (let i = 0; i < edits; i++) {
    const id = added[(i * 7919) % added.length]!.id
    const t0 = performance.now()
    const c0 = process.cpuUsage()
    await call('updateDelegate', { id, patch: { position: `Tổ trưởng tổ dân phố số ${i}` } })
    const t1 = performance.now()
    const c1 = process.cpuUsage()
    await service.flush()
    const usedByFlush = process.cpuUsage(c1)
    flushCpu.push((usedByFlush.user + usedByFlush.system) / 1000)
    const t2 = performance.now()
    commit.push(t1 - t0)
    write.push(t2 - t1)
    flushes.push({ from: t1, to: t2 })
    save.push(t2 - t0)
    const used = process.cpuUsage(c0)
    cpu.push((used.user + used.system) / 1000)
  }
  loop.disable()
  const during = compactions.slice(setupCompactions)
  await service.close()
  rmSync(dataDir, { recursive: true, force: true })
  for (const list of [commit, write, save, cpu, flushCpu]) list.sort((a, b) => a - b)
  const ms = (n: number) => `${n.toFixed(1)} ms`
  const spread = (sorted: number[]) =>
    `p50 ${ms(quantile(sorted, 0.5))}, p95 ${ms(quantile(sorted, 0.95))}, ` +
    `p99 ${ms(quantile(sorted, 0.99))}, max ${ms(sorted.at(-1) ?? NaN)}`
  const compactionMs = during.filter((c) => c.ok).map((c) => c.durationMs)
  // A save waited for a compaction when its flush overlapped one (they run one at a time).
  const waited = flushes.filter(({ from, to }) =>
    during.some((c) => c.endedAt - c.durationMs < to && c.endedAt > from)
  ).length
  console.log(
    [
      `${variant.name}: delegates ${count}, ${edits} edits through updateDelegate`,
      `  commit (handler + validation, in memory) ${spread(commit)}`,
      `  flush  (storage: until durable)          ${spread(write)}`,
      `  save   ${spread(save)} (goal: save p95 ≤ 50 ms)`,
      `  CPU per save ${spread(cpu)} (load-independent)`,
      `  CPU per flush (storage share) ${spread(flushCpu)}`,
      `  compactions during the run: ${during.length} (${reasons(during) || 'none'})` +
        (compactionMs.length > 0
          ? `, each ${ms(Math.min(...compactionMs))}–${ms(Math.max(...compactionMs))}`
          : '') +
        `; saves that waited for one: ${waited}`,
      `  max event-loop block ${ms(loop.max / 1e6)}`
    ].join('\n')
  )
}

async function main() {
  const count = Number(process.argv[2] ?? 10_000)
  const edits = Number(process.argv[3] ?? 100)
  const forcedBound = Number(process.argv[4]?.startsWith('--') ? 10 : (process.argv[4] ?? 10))
  await run(count, edits, { name: 'journal, default bounds' })
  await run(count, edits, {
    name: `journal, compaction forced every ${forcedBound} records`,
    journal: { maxEntries: forcedBound }
  })
  if (process.argv.includes('--snapshot-baseline')) {
    await run(count, edits, {
      name: 'no journal: every save a full snapshot write (the protocol before the journal)',
      journal: { maxEntries: 0 }
    })
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
