import { current, isDraft } from 'immer'
import type { Delegate, DelegateCategory, DelegateColumn } from '../../shared/delegates/entities'
import type { delegatesMethodNames } from '../../shared/delegates/method-names'
import { findDuplicateDelegates } from '../../shared/delegates/records'
import { AppError } from '../../shared/result'
import { normalizeText } from '../../shared/text'
import { diffFields } from '../change-log'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import type { DatabaseData } from '../schema/database-schema'
import {
  addDelegatesToDraft,
  applyDelegatePatch,
  categoriesOf,
  checkDelegatePatch,
  columnsOf,
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

export function delegatesHandlers(deps: FeatureDeps): HandlerGroup<typeof delegatesMethodNames> {
  const { read, changes, ctx } = deps
  const now = () => ctx.clock.now().toISOString()

  /** The warnings about one delegate: only its namesakes are looked at. */
  const warningsFor = (id: string) => {
    const data = read()
    const all = data.delegates.delegates
    const namesakes = namesakesOf(all, all[delegateIndex(data, id)]!)
    return findDuplicateDelegates(namesakes).filter((w) => w.delegateIds.includes(id))
  }

  const find = (id: string): Delegate => {
    const data = read()
    return data.delegates.delegates[delegateIndex(data, id)]!
  }

  return {
    listDelegates: ({ eventId }) => {
      requireEvent(read(), eventId)
      return delegatesOf(read(), eventId).sort(byNumber)
    },

    getDelegate: ({ id }) => find(id),

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
      return { delegate, warnings: warningsFor(delegate.id) }
    },

    addDelegates: async ({ eventId, delegates }) => {
      const added = await changes.apply(
        { entity: 'delegate', action: 'add-many', durable: true },
        (draft) => {
          const records = plain(addDelegatesToDraft(draft, eventId, delegates, ctx, now()))
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
      const current = find(id)
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
      return { delegate, warnings: warningsFor(id) }
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
    },

    listDelegateCategories: ({ eventId }) => {
      requireEvent(read(), eventId)
      return categoriesOf(read(), eventId)
    },

    saveDelegateCategories: ({ eventId, categories }) => {
      requireEvent(read(), eventId)
      const existing = categoriesOf(read(), eventId)
      const kept = new Set(categories.map((c) => c.id).filter((id) => id !== null))
      for (const id of kept)
        if (!existing.some((c) => c.id === id))
          throw new AppError('NOT_FOUND', `No category with id "${id}" in this event`)
      const dropped = existing.filter((c) => !kept.has(c.id))
      const inUse = dropped.filter((c) =>
        delegatesOf(read(), eventId).some((d) => d.categoryId === c.id)
      )
      if (inUse.length > 0)
        throw new AppError(
          'CONFLICT',
          `The category "${inUse[0]!.name}" is still given to delegates; move them first.`,
          { categoryIds: inUse.map((c) => c.id) }
        )
      const names = categories.map((c) => normalizeText(c.name))
      if (names.some((n) => n === ''))
        throw new AppError('INVALID_ARGUMENT', 'categories: a category needs a name')
      const next: DelegateCategory[] = categories.map((c, order) => {
        const color = c.color === undefined ? existing.find((e) => e.id === c.id)?.color : c.color
        return {
          id: c.id ?? ctx.newId(),
          eventId,
          name: names[order]!,
          counted: c.counted,
          order,
          ...(color ? { color: color.toUpperCase() } : {})
        }
      })
      return changes.apply({ entity: 'delegate', action: 'categories' }, (draft) => {
        draft.delegates.categories = [
          ...draft.delegates.categories.filter((c) => c.eventId !== eventId),
          ...next
        ]
        return {
          value: next,
          entityId: eventId,
          subject: names.join(', '),
          changes: [
            {
              field: 'categories',
              before: existing.map((c) => c.name),
              after: names
            }
          ]
        }
      })
    },

    listDelegateColumns: ({ eventId }) => {
      requireEvent(read(), eventId)
      return columnsOf(read(), eventId)
    },

    saveDelegateColumns: ({ eventId, columns }) => {
      requireEvent(read(), eventId)
      const existing = columnsOf(read(), eventId)
      for (const c of columns)
        if (c.id !== null && !existing.some((e) => e.id === c.id))
          throw new AppError('NOT_FOUND', `No custom column with id "${c.id}" in this event`)
      const labels = columns.map((c) => normalizeText(c.label))
      if (labels.some((l) => l === ''))
        throw new AppError('INVALID_ARGUMENT', 'columns: a column needs a name')
      const next: DelegateColumn[] = columns.map((c, order) => ({
        id: c.id ?? ctx.newId(),
        eventId,
        label: labels[order]!,
        order
      }))
      const keptIds = new Set(next.map((c) => c.id))
      const droppedIds = existing.map((c) => c.id).filter((id) => !keptIds.has(id))
      return changes.apply({ entity: 'delegate', action: 'columns' }, (draft) => {
        draft.delegates.columns = [
          ...(draft.delegates.columns ?? []).filter((c) => c.eventId !== eventId),
          ...next
        ]
        if (droppedIds.length > 0) {
          const all = read().delegates.delegates
          all.forEach((d, i) => {
            if (d.eventId !== eventId || !droppedIds.some((id) => id in d.custom)) return
            const target = draft.delegates.delegates[i]!
            for (const id of droppedIds) delete target.custom[id]
          })
        }
        return {
          value: next,
          entityId: eventId,
          subject: labels.join(', '),
          changes: [{ field: 'columns', before: existing.map((c) => c.label), after: labels }]
        }
      })
    }
  }
}
