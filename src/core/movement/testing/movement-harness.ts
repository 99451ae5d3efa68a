import type { Movement, Unit } from '@shared/movement/entities'
import type { MovementFields, UnitFields } from '@shared/movement/contract'
import type { Result } from '@shared/result'
import { createAppService, type AppService } from '../../app-service'
import { testContext } from '../../testing/test-context'
import { wardTargetsFor } from '../ward-targets'

export type Call = <T>(method: string, arg: unknown) => Promise<T>

/** A service on a fresh data folder, with `call` (throws on failure) and `fail`. */
export async function startMovementService() {
  const ctx = testContext()
  const service: AppService = await createAppService(ctx, {
    onBug: (e) => {
      throw e
    }
  })
  const call: Call = async <T>(method: string, arg: unknown): Promise<T> => {
    const r = await service.dispatch(method, arg)
    if (!r.ok) throw Object.assign(new Error(`${r.error.code}: ${r.error.message}`), r.error)
    return r.value as T
  }
  const fail = async (method: string, arg: unknown) => {
    const r: Result<unknown> = await service.dispatch(method, arg)
    if (r.ok) throw new Error(`${method} should have failed`)
    return r.error
  }
  return { service, ctx, call, fail }
}

export const unitFields = (name: string, over: Partial<UnitFields> = {}): UnitFields => ({
  kind: 'residential-group',
  name,
  head: `Tổ trưởng ${name}`,
  headPosition: 'Tổ trưởng',
  households: 100,
  order: 0,
  active: true,
  notes: '',
  ...over
})

/** The reference ward's three 2030 targets. */
export const wardTargets = (): MovementFields['targets'] => wardTargetsFor(2030)

export async function createWardMovement(call: Call): Promise<Movement> {
  return call<Movement>('createMovement', {
    title: 'Phong trào thi đua yêu nước giai đoạn 2025 - 2030',
    fromYear: 2025,
    toYear: 2030,
    targets: wardTargets()
  })
}

/** `n` residential groups "Tổ dân phố số 1…n" with `households` each. */
export async function createGroups(call: Call, n: number, households = 100): Promise<Unit[]> {
  const out: Unit[] = []
  for (let i = 1; i <= n; i++)
    out.push(
      await call<Unit>('createUnit', unitFields(`Tổ dân phố số ${i}`, { households, order: i }))
    )
  return out
}
