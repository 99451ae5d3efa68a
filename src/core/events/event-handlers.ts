import { current } from 'immer'
import type { AuditAction, Event, EventFields } from '../../shared/entities'
import { eventFieldsOf } from '../../shared/records'
import { AppError } from '../../shared/result'
import { isRealIsoDate } from '../../shared/dates/calendar-date'
import { compareVietnamese } from '../../shared/text'
import { diffFields } from '../change-log'
import type { Handlers } from '../dispatch'
import type { FeatureDeps } from '../feature-deps'
import { normalizeInput } from '../input-text'
import type { DatabaseData } from '../schema/database-schema'
import { decodeEventFile, encodeEventFile, eventFileName } from './event-file'
import {
  addEventRecords,
  collectEventRecords,
  copiedOnDuplicate,
  removeEventRecords
} from './event-records'
import { loadSampleEvent } from './sample-event'
import { sampleSeeders } from './sample-seeders'

type EventHandlers = Pick<
  Handlers,
  | 'listEvents'
  | 'getEvent'
  | 'createEvent'
  | 'updateEvent'
  | 'duplicateEvent'
  | 'archiveEvent'
  | 'deleteEvent'
  | 'openSampleEvent'
  | 'exportEvent'
  | 'importEvent'
>

const invalid = (field: string, message: string) =>
  new AppError('INVALID_ARGUMENT', `${field}: ${message}`, {
    issues: [{ path: [field], message }]
  })

/** Rules that span fields, checked after the schema. */
export function checkEventFields(fields: EventFields): void {
  if (fields.title.trim() === '') throw invalid('title', 'the title is required')
  if (fields.date && !isRealIsoDate(fields.date))
    throw invalid('date', `${fields.date} is not a real date`)
  if (
    fields.periodFrom !== null &&
    fields.periodTo !== null &&
    fields.periodFrom > fields.periodTo
  ) {
    throw invalid('periodTo', 'the period must not end before it starts')
  }
  if (fields.launchFrom !== null && fields.launchTo !== null && fields.launchFrom > fields.launchTo)
    throw invalid('launchTo', 'the period must not end before it starts')
}

/** Newest date first; undated events last; then by title in Vietnamese order. */
const byDateThenTitle = (a: Event, b: Event) =>
  (b.date ?? '').localeCompare(a.date ?? '') || compareVietnamese(a.title, b.title)

export function eventHandlers({ read, changes, db, ctx }: FeatureDeps): EventHandlers {
  const find = (data: DatabaseData, id: string): Event => {
    const event = data.events.find((e) => e.id === id)
    if (!event) throw new AppError('NOT_FOUND', `No event with id "${id}"`)
    return event
  }
  const indexOf = (data: DatabaseData, id: string): number => {
    const index = data.events.findIndex((e) => e.id === id)
    if (index < 0) throw new AppError('NOT_FOUND', `No event with id "${id}"`)
    return index
  }

  const insert = (
    fields: EventFields,
    isSample: boolean,
    action: AuditAction,
    fill?: (draft: DatabaseData, eventId: string, now: string) => void
  ) => {
    const now = ctx.clock.now().toISOString()
    const event: Event = {
      ...fields,
      id: ctx.newId(),
      archived: false,
      isSample,
      createdAt: now,
      updatedAt: now
    }
    return changes.apply({ entity: 'event', action }, (draft) => {
      draft.events.push(event)
      fill?.(draft, event.id, now)
      return {
        value: event,
        entityId: event.id,
        subject: event.title,
        changes: diffFields(undefined, event)
      }
    })
  }

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
        (draft, eventId) =>
          addEventRecords(
            draft,
            collectEventRecords(draft, id),
            eventId,
            ctx.newId,
            copiedOnDuplicate
          )
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
    },

    exportEvent: ({ id }) => {
      const event = find(read(), id)
      const bytes = encodeEventFile(
        { event: eventFieldsOf(event), records: collectEventRecords(read(), id) },
        { appVersion: ctx.appVersion, exportedAt: ctx.clock.now().toISOString() }
      )
      return {
        fileName: eventFileName(event.title, event.date),
        contentBase64: bytes.toString('base64')
      }
    },

    importEvent: async ({ fileName, contentBase64 }) => {
      const { event, records } = decodeEventFile(fileName, Buffer.from(contentBase64, 'base64'))
      const fields = normalizeInput(event)
      checkEventFields(fields)
      await db.createNamedBackup(`Trước khi nhập "${fields.title}"`)
      return insert(fields, false, 'import', (draft, eventId) => {
        if (records) addEventRecords(draft, records, eventId, ctx.newId)
      })
    },

    openSampleEvent: async () => {
      const existing = read().events.find((e) => e.isSample)
      if (existing) return existing
      const sample = loadSampleEvent(ctx.resourcesDir)
      if (read().organisation.authorityName === '') {
        await changes.apply({ entity: 'organisation', action: 'sample' }, (draft) => {
          const before = current(draft.organisation)
          draft.organisation = sample.organisation
          return {
            value: undefined,
            entityId: 'organisation',
            subject: sample.organisation.authorityName,
            changes: diffFields(before, sample.organisation)
          }
        })
      }
      return insert(sample.event, true, 'create', (draft, eventId, now) => {
        for (const seed of sampleSeeders) seed(draft, { eventId, sample, ctx, now })
      })
    }
  }
}
