/**
 * Checks in every delegate of the folder's event by card code, one after the other, as a child
 * process the test kills at a random moment. Prints `ready` before the first scan and
 * `ack <delegateId>` once each check-in answered.
 * Usage: node --import tsx check-in-kill.fixture.ts <dataDir>
 */
import { randomUUID } from 'node:crypto'
import { resolve } from 'node:path'
import type { CheckInOutcome } from '@shared/attendance/entities'
import type { CheckInCodeEntry } from '@shared/cards/entities'
import type { Event } from '@shared/entities'
import { systemClock } from '../../app-context'
import { createAppService } from '../../app-service'

async function main(): Promise<void> {
  const [dataDir] = process.argv.slice(2) as [string]
  const service = await createAppService({
    dataDir,
    resourcesDir: resolve(__dirname, '..', '..', '..', '..', 'resources'),
    appVersion: '0.0.0-test',
    runtime: 'cli',
    clock: systemClock,
    newId: randomUUID
  })
  const answer = async <T>(method: string, arg: unknown): Promise<T> => {
    const result = await service.dispatch(method, arg)
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
    return result.value as T
  }
  const [event] = await answer<Event[]>('listEvents', {})
  const codes = await answer<CheckInCodeEntry[]>('listCheckInCodes', { eventId: event!.id })
  process.stdout.write('ready\n')
  for (const c of codes) {
    const o = await answer<CheckInOutcome>('checkIn', {
      eventId: event!.id,
      desk: 'Bàn 1',
      code: c.code
    })
    if (o.result !== 'checkedIn') throw new Error(`${c.code}: ${o.result}`)
    process.stdout.write(`ack ${c.delegateId}\n`)
  }
  process.stdout.write('done\n')
  await service.close()
}

main().catch((error: unknown) => {
  process.stderr.write(`${String(error)}\n`)
  process.exit(1)
})
