// Child process for the kill -9 test (D1): writes through the real storage module and prints
// "ack <counter>" after every flush. Started early and kept idle until it reads "go <dataDir>",
// so the parent can overlap start-up with the previous run.
import { createInterface } from 'node:readline'
import { openDatabase } from '../database'

interface CrashRoster {
  counter: number
  people: { id: string; name: string; approved: boolean }[]
  notes: string[]
}

// zod is left out on purpose: the child must start fast, and the parent validates fully.
function validateCrashRoster(data: unknown): CrashRoster {
  const roster = data as CrashRoster
  if (
    typeof roster !== 'object' ||
    roster === null ||
    !Number.isInteger(roster.counter) ||
    !Array.isArray(roster.people) ||
    !Array.isArray(roster.notes)
  ) {
    throw new Error('not a roster')
  }
  return roster
}

async function writeUntilKilled(dataDir: string): Promise<void> {
  const db = await openDatabase({
    dataDir,
    schemaVersion: 3,
    migrations: [],
    defaults: (): CrashRoster => ({ counter: 0, people: [], notes: [] }),
    validate: validateCrashRoster,
    clock: { now: () => new Date() },
    appVersion: 'crash-writer',
    // Frequent rolling backups, so kills also land in backup writes and pruning.
    backupPolicy: { rollingIntervalMinutes: 0.001, keepLast: 5, keepHourly: 2, keepDaily: 2 },
    // A small bound, so kills also land in compactions and in the first append after one.
    journal: { maxEntries: 6 }
  })
  await db.mutate((draft) => void draft.notes.push(`start ${process.pid}`))
  await db.flush()
  process.stdout.write('ready\n')
  for (;;) {
    const burst = 1 + Math.floor(Math.random() * 5)
    for (let i = 0; i < burst; i += 1) {
      await db.mutate((draft) => {
        draft.counter += 1
        if (draft.people.length < 300) {
          draft.people.push({
            id: `p${draft.counter}`,
            name: `Đại biểu ${draft.counter}`,
            approved: false
          })
        } else {
          draft.people[draft.counter % 300]!.approved = !draft.people[draft.counter % 300]!.approved
        }
        if (draft.notes.length > 20) draft.notes.splice(0, 10)
      })
    }
    const acknowledged = db.data.counter
    await db.flush()
    process.stdout.write(`ack ${acknowledged}\n`)
  }
}

const lines = createInterface({ input: process.stdin })
lines.on('line', (line) => {
  if (!line.startsWith('go ')) return
  lines.close()
  writeUntilKilled(line.slice(3)).catch((error: unknown) => {
    process.stderr.write(`crash-writer failed: ${String(error)}\n`)
    process.exit(2)
  })
})
process.stdout.write('loaded\n')
