import { current } from 'immer'
import { eventFieldsOf } from '@shared/records'
import { diffFields } from '../change-log'
import type { Handlers } from '../dispatch'
import type { FeatureDeps } from '../feature-deps'
import { normalizeInput } from '../input-text'
import { checkEventFields, eventChanges } from './event-changes'
import { decodeEventFile, encodeEventFile, eventFileName } from './event-file'
import { addEventRecords, collectEventRecords } from './event-records'
import { loadSampleEvent } from './sample-event'
import { sampleSeeders } from './sample-seeders'

/** An event as a file (exported, imported) and the sample event. */
export function eventFileHandlers(
  deps: FeatureDeps
): Pick<Handlers, 'exportEvent' | 'importEvent' | 'openSampleEvent'> {
  const { read, changes, db, ctx } = deps
  const { find, insert } = eventChanges(deps)
  return {
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
