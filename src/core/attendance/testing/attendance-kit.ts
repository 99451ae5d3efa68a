import { afterEach } from 'vitest'
import type { CheckInCodeEntry } from '@shared/cards/entities'
import type { AppService } from '../../app-service'
import { sampleService } from '../../testing/sample-service'
import { testContext } from '../../testing/test-context'

const services: AppService[] = []
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()))
})

/** The sample congress (120 delegates) in a fresh folder, with its cards' check-in codes. */
export async function sampleDesk(ctx = testContext()) {
  const sample = await sampleService(services, ctx)
  const codes = await sample.call<CheckInCodeEntry[]>('listCheckInCodes', {
    eventId: sample.eventId
  })
  return { ...sample, codes }
}
