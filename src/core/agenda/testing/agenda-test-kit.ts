import type { AgendaOverview } from '@shared/agenda/contract'
import type { Decision, Honoree } from '@shared/honours/entities'
import type { Event } from '@shared/entities'
import { createChangeLog } from '../../change-log'
import { createDispatch, type Handlers } from '../../dispatch'
import type { FeatureDeps } from '../../feature-deps'
import {
  currentSchemaVersion,
  emptyDatabase,
  validateDatabase,
  validateDatabaseChange,
  type DatabaseData
} from '../../schema/database-schema'
import { migrations } from '../../schema/migrations'
import { openDatabase } from '../../storage/database'
import { testContext } from '../../testing/test-context'
import { agendaHandlers } from '../agenda-handlers'

type Kind = Honoree['kind']

/** A database with one event and its agenda handlers, for tests; honours data is written directly. */
export async function agendaTestKit() {
  const ctx = testContext()
  const db = await openDatabase<DatabaseData>({
    dataDir: ctx.dataDir,
    schemaVersion: currentSchemaVersion,
    migrations,
    defaults: emptyDatabase,
    validate: validateDatabase,
    validateChange: validateDatabaseChange,
    clock: ctx.clock,
    appVersion: ctx.appVersion,
    lock: false
  })
  const changes = createChangeLog(db, ctx, () => undefined)
  const deps: FeatureDeps = { read: () => db.data, changes, db, ctx, emit: () => undefined }
  const handlers = agendaHandlers(deps) as Required<
    Pick<Handlers, keyof ReturnType<typeof agendaHandlers>>
  >
  const dispatch = createDispatch(handlers as unknown as Handlers, (e) => {
    throw e
  })
  const now = ctx.clock.now().toISOString()
  const event: Event = {
    id: 'event-1',
    title: 'Đại hội Thi đua yêu nước phường Tiền Phong',
    kind: 'congress',
    periodFrom: 2020,
    periodTo: 2025,
    launchFrom: 2025,
    launchTo: 2030,
    date: '2025-09-12',
    startTime: '07:30',
    venue: '',
    organiser: '',
    archived: false,
    isSample: false,
    createdAt: now,
    updatedAt: now
  }
  await db.mutate((d) => void d.events.push(event))

  const honoree = (
    id: string,
    kind: Kind,
    name: string,
    extra: Partial<Honoree> = {}
  ): Honoree => ({
    id,
    eventId: event.id,
    kind,
    name,
    gender: kind === 'collective' ? null : 'male',
    posthumous: false,
    prefixOverride: null,
    positionLine: '',
    achievement: null,
    delegateId: null,
    official: false,
    notes: '',
    createdAt: now,
    updatedAt: now,
    ...extra
  })

  /** Adds a decision with `counts` honorees per kind (named "<kind> <n>") and an award form. */
  async function addDecision(
    id: string,
    counts: Record<Kind, number>,
    opts: { rank?: number; number?: string; date?: string } = {}
  ): Promise<Decision> {
    const ids = {
      collective: [] as string[],
      individual: [] as string[],
      household: [] as string[]
    }
    const people: Honoree[] = []
    for (const kind of ['collective', 'individual', 'household'] as const) {
      for (let n = 1; n <= counts[kind]; n++) {
        const h = honoree(`${id}-${kind}-${n}`, kind, `${kind} ${n}`)
        people.push(h)
        ids[kind].push(h.id)
      }
    }
    const decision: Decision = {
      id,
      eventId: event.id,
      number: opts.number ?? '125',
      symbol: 'QĐ-UBND',
      date: opts.date ?? '2025-09-05',
      signer: null,
      legalBases: [],
      proposingBody: '',
      subject: 'tặng Giấy khen',
      awardFormId: `form-${id}`,
      baseSalary: 2_340_000,
      achievement: '',
      honoreeIds: ids,
      recipients: [],
      status: 'issued',
      issuedAt: now,
      issuedBy: 'test',
      createdAt: now,
      updatedAt: now
    }
    await db.mutate((d) => {
      d.honours.honorees.push(...people)
      d.honours.awardForms.push({
        id: `form-${id}`,
        name: `Form ${id}`,
        title: opts.rank === 1 ? 'BẰNG KHEN' : 'GIẤY KHEN',
        code: 'GK',
        rank: opts.rank ?? 10,
        multipliers: { collective: 0.6, individual: 0.3, household: 0.45 },
        registerFormat: '{n}',
        active: true
      })
      d.honours.decisions.push(decision)
    })
    return decision
  }

  const overview = (): AgendaOverview => handlers.getAgenda({ eventId: event.id }) as AgendaOverview

  return {
    ctx,
    db,
    handlers,
    dispatch,
    event,
    honoree,
    addDecision,
    overview,
    close: () => db.close()
  }
}
