import type { DelegateCategory, DelegateColumn } from '@shared/delegates/entities'
import { AppError } from '@shared/result'
import { normalizeText } from '@shared/text'
import type { Handlers } from '../dispatch'
import type { FeatureDeps } from '../feature-deps'
import { categoriesOf, columnsOf, delegatesOf, requireEvent } from './delegate-store'

/** An event's own delegate categories and custom columns. */
export function delegateListSettingsHandlers({
  read,
  changes,
  ctx
}: FeatureDeps): Pick<
  Handlers,
  | 'listDelegateCategories'
  | 'saveDelegateCategories'
  | 'listDelegateColumns'
  | 'saveDelegateColumns'
> {
  return {
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
