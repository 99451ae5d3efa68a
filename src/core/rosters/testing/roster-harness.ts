import type { Delegate, DelegateCategory } from '@shared/delegates/entities'
import type { Event, EventFields } from '@shared/entities'
import type { Result } from '@shared/result'
import { auditHandlers } from '../../audit/audit-handlers'
import { createChangeLog } from '../../change-log'
import { createDispatch, type Handlers } from '../../dispatch'
import { eventHandlers } from '../../events/event-handlers'
import type { FeatureDeps } from '../../feature-deps'
import { rostersHandlers } from '../rosters-handlers'
import { migrations } from '../../schema/migrations'
import {
  currentSchemaVersion,
  emptyDatabase,
  validateDatabase,
  validateDatabaseChange,
  type DatabaseData
} from '../../schema/database-schema'
import { openDatabase } from '../../storage/database'
import type { Database } from '../../storage/database-types'
import { testContext } from '../../testing/test-context'

export const congress: EventFields = {
  title: 'Đại hội Thi đua yêu nước phường Tiền Phong giai đoạn 2020 - 2025',
  kind: 'congress',
  periodFrom: 2020,
  periodTo: 2025,
  launchFrom: 2025,
  launchTo: 2030,
  date: '2025-09-12',
  startTime: '07:30',
  venue: 'Hội trường',
  organiser: 'UBND phường Tiền Phong'
}

export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`)
  return result.value
}

export function errorCode(result: Result<unknown>): string | null {
  return result.ok ? null : result.error.code
}

let delegateSeq = 0
export function makeDelegate(eventId: string, fields: Partial<Delegate> = {}): Delegate {
  const n = ++delegateSeq
  return {
    id: `d-${n}`,
    eventId,
    number: n,
    fullName: `Nguyễn Văn An ${n}`,
    familyAndMiddleOverride: null,
    givenNameOverride: null,
    gender: 'male',
    birthYear: 1980,
    birthDate: null,
    ethnicity: 'Kinh',
    religion: 'Không',
    position: 'Tổ trưởng',
    unit: 'Tổ dân phố số 1',
    professionalLevel: 'Đại học',
    politicalTheoryLevel: 'Trung cấp',
    partyMember: true,
    partyJoinDate: null,
    memberships: '',
    categoryId: null,
    flags: { honoree: false, speaker: false, presidium: false, secretariat: false },
    phone: '',
    notes: '',
    custom: {},
    createdAt: '2025-09-01T08:00:00.000Z',
    updatedAt: '2025-09-01T08:00:00.000Z',
    ...fields
  }
}

/**
 * The events and rosters handlers over a real database, plus a side door for delegates (their
 * handlers belong to another feature) that changes them exactly as that feature would.
 */
export async function rosterHarness() {
  const ctx = testContext()
  const db: Database<DatabaseData> = await openDatabase<DatabaseData>({
    dataDir: ctx.dataDir,
    schemaVersion: currentSchemaVersion,
    migrations,
    defaults: emptyDatabase,
    validate: validateDatabase,
    validateChange: validateDatabaseChange,
    clock: ctx.clock,
    appVersion: ctx.appVersion
  })
  const read = () => db.data
  const changes = createChangeLog(db, ctx, () => {})
  const deps: FeatureDeps = { read, changes, db, ctx, emit: () => {} }
  const handlers = {
    ...eventHandlers(deps),
    ...auditHandlers(deps),
    ...rostersHandlers(deps)
  } as Handlers
  const dispatch = createDispatch(handlers, (e) => {
    throw e
  })
  const event = value(await dispatch('createEvent', congress)) as Event
  const editDelegates = (recipe: (draft: DatabaseData) => void) =>
    changes.apply({ entity: 'delegate', action: 'update' }, (draft) => {
      recipe(draft)
      return { value: undefined, entityId: 'test', subject: 'test', changes: [] }
    })
  return {
    ctx,
    db,
    event,
    dispatch,
    /** Dispatches and sends the value through JSON, as every transport does. */
    call: async <T>(method: string, arg: unknown): Promise<T> =>
      JSON.parse(JSON.stringify(value(await dispatch(method, arg)))) as T,
    editDelegates,
    addDelegates: (delegates: Delegate[], categories: DelegateCategory[] = []) =>
      editDelegates((draft) => {
        draft.delegates.categories.push(...categories)
        draft.delegates.delegates.push(...delegates)
      }),
    close: () => db.close()
  }
}
