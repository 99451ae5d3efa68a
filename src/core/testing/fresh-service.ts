import type { Result } from '@shared/result'
import { createAppService, type AppService } from '../app-service'
import { testContext } from './test-context'

/** A service on an empty data folder that throws on a handler bug, pushed onto `services` for the test's afterEach to close. */
export async function freshService(services: AppService[]): Promise<AppService> {
  const service = await createAppService(testContext(), {
    onBug: (e) => {
      throw e
    }
  })
  services.push(service)
  return service
}

/** The answer of a call that must succeed. */
export function valueOf<T>(result: Result<unknown>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value as T
}
