import type { BatchSettings, BatchSettingsRecord } from '@shared/certificates/entities'
import { defaultCertificateNamePattern } from '@shared/certificates/records'
import { requireEvent } from '../delegates'
import type { FeatureDeps } from '../feature-deps'
import type { DatabaseData } from '../schema/database-schema'
import type { Handlers } from '../dispatch'

/** What an event's batch looks like before the user has chosen anything. */
export const defaultBatchSettings = (): BatchSettings => ({
  output: 'single',
  namePattern: defaultCertificateNamePattern
})

export function batchSettingsOf(data: DatabaseData, eventId: string): BatchSettings {
  const saved = data.certificates.batchSettings.find((s) => s.eventId === eventId)
  return saved ? { output: saved.output, namePattern: saved.namePattern } : defaultBatchSettings()
}

/** Each event's certificate batch settings, saved as the user chooses and types them. */
export function batchSettingsHandlers(
  deps: FeatureDeps
): Pick<Handlers, 'getCertificateBatchSettings' | 'saveCertificateBatchSettings'> {
  const { read, changes, ctx } = deps
  return {
    getCertificateBatchSettings({ eventId }) {
      const data = read()
      requireEvent(data, eventId)
      return batchSettingsOf(data, eventId)
    },
    async saveCertificateBatchSettings({ eventId, settings }) {
      const data = read()
      requireEvent(data, eventId)
      const event = data.events.find((e) => e.id === eventId)!
      const before = batchSettingsOf(data, eventId)
      const existing = data.certificates.batchSettings.find((s) => s.eventId === eventId)
      const record: BatchSettingsRecord = {
        id: existing?.id ?? ctx.newId(),
        eventId,
        output: settings.output,
        // The pattern is used as typed: spaces inside file names are the user's.
        namePattern: settings.namePattern,
        updatedAt: ctx.clock.now().toISOString()
      }
      await changes.apply({ entity: 'event', action: 'settings' }, (draft) => {
        const list = draft.certificates.batchSettings
        const i = list.findIndex((s) => s.eventId === eventId)
        if (i >= 0) list[i] = record
        else list.push(record)
        return {
          value: null,
          entityId: eventId,
          subject: event.title,
          changes: (['output', 'namePattern'] as const)
            .filter((f) => before[f] !== settings[f])
            .map((f) => ({ field: `certificateBatch.${f}`, before: before[f], after: settings[f] }))
        }
      })
      return batchSettingsOf(read(), eventId)
    }
  }
}
