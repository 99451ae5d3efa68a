import { createAppService, type AppService } from '../app-service'
import { testContext } from './test-context'

/**
 * A service on a fresh data folder with the sample event open, a `call` that throws on a refusal,
 * and the service pushed onto `services` for the test's afterEach to close.
 */
export async function sampleService(services: AppService[], ctx = testContext()) {
  const service = await createAppService(ctx)
  services.push(service)
  const call = async <T>(method: string, arg: unknown): Promise<T> => {
    const r = await service.dispatch(method, arg)
    if (!r.ok)
      throw Object.assign(new Error(`${method}: ${r.error.code} ${r.error.message}`), r.error)
    return r.value as T
  }
  const event = await call<{ id: string }>('openSampleEvent', {})
  return { ctx, service, call, eventId: event.id }
}
