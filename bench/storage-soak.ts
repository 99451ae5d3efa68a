import { runCrashIterations } from '../src/core/storage/testing/crash-harness'

const iterations = Number(process.argv[2] ?? process.env.DAIS_CRASH_ITERATIONS ?? 1000)

async function main(): Promise<void> {
  console.log(`storage soak: ${iterations} kill -9 runs against the real storage module…`)
  const summary = await runCrashIterations({
    iterations,
    onProgress: (done) => {
      if (done % 100 === 0) console.log(`  ${done}/${iterations}`)
    }
  })
  const failed = summary.unopenable.length + summary.lostAcknowledged.length
  console.log(
    [
      `kills:                 ${summary.iterations}`,
      `duration:              ${(summary.durationMs / 1000).toFixed(1)} s`,
      `unopenable files:      ${summary.unopenable.length}`,
      `lost acknowledged:     ${summary.lostAcknowledged.length}`,
      `recovered newer temp:  ${summary.recoveredStarts} (in-flight writes that were not acknowledged)`,
      `in-flight save kept:   ${summary.inFlightRecovered} (journal records appended but not yet acknowledged)`,
      `backup files verified: ${summary.backupsVerified}`,
      `highest ack per lane:  ${summary.acknowledged.join(', ')}`,
      ...summary.unopenable.slice(0, 10).map((line) => `  ! ${line}`),
      ...summary.lostAcknowledged.slice(0, 10).map((line) => `  ! ${line}`),
      failed === 0 ? 'PASS' : 'FAIL'
    ].join('\n')
  )
  process.exitCode = failed === 0 ? 0 : 1
}

void main()
