import { createAppService, type AppService } from '../../app-service'
import { migrations } from '../../schema/migrations'
import {
  currentSchemaVersion,
  emptyDatabase,
  validateDatabase,
  type DatabaseData
} from '../../schema/database-schema'
import { openDatabase } from '../../storage/database'
import { testContext } from '../../testing/test-context'
import { seedSampleDecision } from './sample-decision'

/** A service on a fresh data folder holding the sample event plus the reference decision. */
export async function seededService(
  opts: { rounds?: boolean; issued?: boolean; dataDir?: string } = {}
) {
  const ctx = testContext(opts.dataDir ? { dataDir: opts.dataDir } : {})
  let service: AppService = await createAppService(ctx)
  const event = await service.dispatch('openSampleEvent', {})
  if (!event.ok) throw new Error('openSampleEvent failed')
  const eventId = (event.value as { id: string }).id
  await service.close()
  const db = await openDatabase<DatabaseData>({
    dataDir: ctx.dataDir,
    schemaVersion: currentSchemaVersion,
    migrations,
    defaults: emptyDatabase,
    validate: validateDatabase,
    clock: ctx.clock,
    appVersion: ctx.appVersion
  })
  await db.mutate((draft) => {
    // another helper's sample seeder may already add honours; the reference decision stands alone
    draft.honours = { awardForms: [], honorees: [], decisions: [], register: [] }
    draft.agenda.rounds = []
    seedSampleDecision(draft, eventId, opts)
  })
  await db.close()
  service = await createAppService(ctx)
  const call = async <T = unknown>(method: string, arg: unknown): Promise<T> => {
    const r = await service.dispatch(method, arg)
    if (!r.ok)
      throw Object.assign(new Error(`${method}: ${r.error.code} ${r.error.message}`), r.error)
    return r.value as T
  }
  return { ctx, service, eventId, call, decisionId: 'd-125' }
}
