import type { Event } from '@shared/entities'
import { eventFieldsOf } from '@shared/records'
import { compareVietnamese } from '@shared/text'
import { diffFields } from '../change-log'
import type { Handlers } from '../dispatch'
import type { FeatureDeps } from '../feature-deps'
import { normalizeInput } from '../input-text'
import { checkEventFields, eventChanges } from './event-changes'
import {
  addEventRecords,
  collectEventRecords,
  copiedOnDuplicate,
  removeEventRecords
} from './event-records'

/** Newest date first; undated events last; then by title in Vietnamese order. */
const byDateThenTitle = (a: Event, b: Event) =>
  (b.date ?? '').localeCompare(a.date ?? '') || compareVietnamese(a.title, b.title)

/** Events as records: listed, read, created, changed, duplicated, archived, deleted. */
export function eventRecordHandlers(
  deps: FeatureDeps
): Pick<
  Handlers,
  | 'listEvents'
  | 'getEvent'
  | 'createEvent'
  | 'updateEvent'
  | 'duplicateEvent'
  | 'archiveEvent'
  | 'deleteEvent'
> {
  const { read, changes, db, ctx } = deps
  const { find, indexOf, insert } = eventChanges(deps)
  return {
    listEvents: ({ includeArchived }) =>
      read()
        .events.filter((e) => includeArchived || !e.archived)
        .slice()
        .sort(byDateThenTitle),

    getEvent: ({ id }) => find(read(), id),

    createEvent: (raw) => {
      const fields = normalizeInput(raw)
      checkEventFields(fields)
      return insert(fields, false, 'create')
    },

    updateEvent: ({ id, patch: raw }) => {
      const patch = normalizeInput(raw)
      checkEventFields({ ...eventFieldsOf(find(read(), id)), ...patch })
      return changes.apply({ entity: 'event', action: 'update' }, (draft) => {
        const event = draft.events[indexOf(draft, id)] as Event
        const before = { ...event }
        Object.assign(event, patch, { updatedAt: ctx.clock.now().toISOString() })
        const after = { ...event }
        return {
          value: after,
          entityId: id,
          subject: after.title,
          changes: diffFields(before, after).filter((c) => c.field !== 'updatedAt')
        }
      })
    },

    duplicateEvent: ({ id }) => {
      const source = find(read(), id)
      return insert(
        { ...eventFieldsOf(source), title: `${source.title} (bản sao)` },
        false,
        'duplicate',
        (draft, eventId) => {
          addEventRecords(
            draft,
            collectEventRecords(draft, id),
            eventId,
            ctx.newId,
            copiedOnDuplicate
          )
          // The invitation's number comes from the office's register: the copy's letter needs its own.
          for (const letter of draft.delegates.invitationSettings ?? [])
            if (letter.eventId === eventId) letter.number = ''
        }
      )
    },

    archiveEvent: ({ id, archived }) =>
      changes.apply({ entity: 'event', action: archived ? 'archive' : 'unarchive' }, (draft) => {
        const event = draft.events[indexOf(draft, id)] as Event
        const before = event.archived
        event.archived = archived
        event.updatedAt = ctx.clock.now().toISOString()
        return {
          value: { ...event },
          entityId: id,
          subject: event.title,
          changes: [{ field: 'archived', before, after: archived }]
        }
      }),

    deleteEvent: async ({ id }) => {
      const event = find(read(), id)
      await db.createNamedBackup(`Trước khi xóa sự kiện "${event.title}"`)
      return changes.apply({ entity: 'event', action: 'delete' }, (draft) => {
        draft.events.splice(indexOf(draft, id), 1)
        removeEventRecords(draft, id)
        return {
          value: { deleted: true as const },
          entityId: id,
          subject: event.title,
          changes: diffFields(event, undefined)
        }
      })
    }
  }
}
