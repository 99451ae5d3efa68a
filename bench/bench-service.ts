import { randomUUID } from 'node:crypto'
import { join, resolve } from 'node:path'
import { systemClock } from '../src/core/app-context'
import { createAppService, type AppService } from '../src/core/app-service'

const repoRoot = resolve(__dirname, '..')

/**
 * The core on a bench's data folder, as the CLI opens it; `call` answers a method's value or
 * throws its error (a bench's set-up must not go on half done).
 */
export async function openBenchService(
  dataDir: string,
  newId: () => string = randomUUID
): Promise<{ service: AppService; call: <T>(method: string, arg: unknown) => Promise<T> }> {
  const service = await createAppService({
    dataDir,
    resourcesDir: join(repoRoot, 'resources'),
    appVersion: 'bench',
    runtime: 'cli',
    clock: systemClock,
    newId
  })
  const call = async <T>(method: string, arg: unknown): Promise<T> => {
    const result = await service.dispatch(method, arg)
    if (!result.ok) throw new Error(`${method}: ${result.error.message}`)
    return result.value as T
  }
  return { service, call }
}
