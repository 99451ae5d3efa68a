import { current, isDraft } from 'immer'
import type { Delegate } from '@shared/delegates/entities'
import { findDuplicateDelegates } from '@shared/delegates/records'
import { AppError } from '@shared/result'
import { diffFields } from '../change-log'
import type { Handlers } from '../dispatch'
import type { FeatureDeps } from '../feature-deps'
import type { DatabaseData } from '../schema/database-schema'
import {
  addDelegatesToDraft,
  applyDelegatePatch,
  checkDelegatePatch,
  delegateIndex,
  delegatesOf,
  normalizeDelegatePatch,
  requireEvent,
  rulesFor
} from './delegate-store'
import { namesakesOf } from './delegate-index'

const byNumber = (a: Delegate, b: Delegate) => a.number - b.number
const plain = <T>(value: T): T => (isDraft(value) ? current(value) : structuredClone(value))

const withoutTimestamps = (changes: ReturnType<typeof diffFields>) =>
  changes.filter((c) => c.field !== 'updatedAt')

/** Several delegates as the audit log names them: "Nguyễn Văn An, Trần Thị Bình và 8 người khác". */
function subjectOf(names: readonly string[]): string {
  if (names.length <= 3) return names.join(', ')
  return `${names.slice(0, 2).join(', ')} và ${names.length - 2} người khác`
}

function eventOfDelegates(data: DatabaseData, ids: readonly string[]): string {
  const wanted = new Set(ids)
  const found = data.delegates.delegates.filter((d) => wanted.has(d.id))
  if (found.length !== wanted.size) {
    const missing = ids.find((id) => !found.some((d) => d.id === id))
    throw new AppError('NOT_FOUND', `No delegate with id "${missing}"`)
  }
  const events = new Set(found.map((d) => d.eventId))
  if (events.size !== 1)
    throw new AppError('INVALID_ARGUMENT', 'ids: the delegates belong to different events')
  return found[0]!.eventId
}

/** The warnings about one delegate: only its namesakes are looked at. */
function warningsFor(data: DatabaseData, id: string) {
  const all = data.delegates.delegates
  const namesakes = namesakesOf(all, all[delegateIndex(data, id)]!)
  return findDuplicateDelegates(namesakes).filter((w) => w.delegateIds.includes(id))
}

/**
 * Runs an add of many delegates; a refused entry is named as in the argument's own validation:
 * "delegates.3.birthDate: …", with the issue path ["delegates", 3, "birthDate"].
 */
function inDelegatesArgument<T>(add: () => T): T {
  try {
    return add()
  } catch (error) {
    if (!(error instanceof AppError)) throw error
    const details = (error.details ?? {}) as Record<string, unknown>
    const entry = details.entry
    if (typeof entry !== 'number') throw error
    const issues = (details.issues ?? []) as { path: readonly PropertyKey[]; message: string }[]
    throw new AppError(error.code, `delegates.${entry}.${error.message}`, {
      issues: issues.map((i) => ({ ...i, path: ['delegates', String(entry), ...i.path] }))
    })
  }
}

const find = (data: DatabaseData, id: string): Delegate =>
  data.delegates.delegates[delegateIndex(data, id)]!

/** The delegates themselves: listed, read, added, changed one or many at a time, deleted. */
export function delegateRecordHandlers(
  deps: FeatureDeps
): Pick<
  Handlers,
  | 'listDelegates'
  | 'getDelegate'
  | 'createDelegate'
  | 'addDelegates'
  | 'updateDelegate'
  | 'updateDelegates'
  | 'deleteDelegates'
  | 'listDelegateWarnings'
> {
  const { read, changes, ctx } = deps
  const now = () => ctx.clock.now().toISOString()

  return {
    listDelegates: ({ eventId }) => {
      requireEvent(read(), eventId)
      return delegatesOf(read(), eventId).sort(byNumber)
    },

    getDelegate: ({ id }) => find(read(), id),

    createDelegate: async ({ eventId, fields }) => {
      const delegate = await changes.apply({ entity: 'delegate', action: 'create' }, (draft) => {
        const [added] = addDelegatesToDraft(draft, eventId, [fields], ctx, now())
        const value = plain(added!)
        return {
          value,
          entityId: value.id,
          subject: value.fullName,
          changes: withoutTimestamps(diffFields(undefined, value))
        }
      })
      return { delegate, warnings: warningsFor(read(), delegate.id) }
    },

    addDelegates: async ({ eventId, delegates }) => {
      const added = await changes.apply(
        { entity: 'delegate', action: 'add-many', durable: true },
        (draft) => {
          const records = plain(
            inDelegatesArgument(() => addDelegatesToDraft(draft, eventId, delegates, ctx, now()))
          )
          return {
            value: records,
            entityId: eventId,
            subject: subjectOf(records.map((d) => d.fullName)),
            changes: [{ field: 'count', before: null, after: records.length }]
          }
        }
      )
      return { added }
    },

    updateDelegate: async ({ id, patch: raw }) => {
      const patch = normalizeDelegatePatch(raw)
      const current = find(read(), id)
      checkDelegatePatch(patch, rulesFor(read(), current.eventId))
      const delegate = await changes.apply({ entity: 'delegate', action: 'update' }, (draft) => {
        const target = draft.delegates.delegates[delegateIndex(draft, id)]!
        const before = plain(current)
        applyDelegatePatch(target, patch, now())
        const after = plain(target)
        return {
          value: after,
          entityId: id,
          subject: after.fullName,
          changes: withoutTimestamps(diffFields(before, after))
        }
      })
      return { delegate, warnings: warningsFor(read(), id) }
    },

    updateDelegates: async ({ ids, patch: raw }) => {
      const patch = normalizeDelegatePatch(raw)
      const eventId = eventOfDelegates(read(), ids)
      checkDelegatePatch(patch, rulesFor(read(), eventId))
      const unique = [...new Set(ids)]
      return changes.apply(
        { entity: 'delegate', action: 'bulk-update', durable: true },
        (draft) => {
          const stamp = now()
          const names: string[] = []
          for (const id of unique) {
            const target = draft.delegates.delegates[delegateIndex(draft, id)]!
            applyDelegatePatch(target, patch, stamp)
            names.push(target.fullName)
          }
          return {
            value: { updated: unique.length },
            entityId: eventId,
            subject: subjectOf(names),
            changes: Object.entries(patch).map(([field, after]) => ({ field, before: null, after }))
          }
        }
      )
    },

    deleteDelegates: async ({ ids }) => {
      const eventId = eventOfDelegates(read(), ids)
      const doomed = new Set(ids)
      const names = read()
        .delegates.delegates.filter((d) => doomed.has(d.id))
        .map((d) => d.fullName)
      return changes.apply({ entity: 'delegate', action: 'delete' }, (draft) => {
        draft.delegates.delegates = read().delegates.delegates.filter((d) => !doomed.has(d.id))
        return {
          value: { deleted: doomed.size },
          entityId: doomed.size === 1 ? ids[0]! : eventId,
          subject: subjectOf(names),
          changes: [{ field: 'count', before: doomed.size, after: null }]
        }
      })
    },

    listDelegateWarnings: ({ eventId }) => {
      requireEvent(read(), eventId)
      return findDuplicateDelegates(delegatesOf(read(), eventId))
    }
  }
}
