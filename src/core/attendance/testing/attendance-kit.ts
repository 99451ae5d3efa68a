import { afterEach } from 'vitest'
import type { CheckInCodeEntry } from '@shared/cards/entities'
import { createAppService, type AppService } from '../../app-service'
import { testContext } from '../../testing/test-context'

const services: AppService[] = []
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()))
})

/** The sample congress (120 delegates) in a fresh folder, with its cards' check-in codes. */
export async function sampleDesk(ctx = testContext()) {
  const service = await createAppService(ctx)
  services.push(service)
  const call = async <T>(method: string, arg: unknown): Promise<T> => {
    const r = await service.dispatch(method, arg)
    if (!r.ok)
      throw Object.assign(new Error(`${method}: ${r.error.code} ${r.error.message}`), r.error)
    return r.value as T
  }
  const event = await call<{ id: string }>('openSampleEvent', {})
  const codes = await call<CheckInCodeEntry[]>('listCheckInCodes', { eventId: event.id })
  return { ctx, service, call, eventId: event.id, codes }
}
