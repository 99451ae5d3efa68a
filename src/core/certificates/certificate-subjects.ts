import type { TemplateLanguage } from '@shared/certificates/records'
import { AppError } from '@shared/result'
import type { DatabaseData } from '../schema/database-schema'
import { type BatchItem } from './batch'
import { orderedHonorees, selectPositions } from './certificate-order'
import { certificateValues, sampleValues, type CertificateSubject } from './certificate-values'
import { delegateValues, sampleDelegateValues } from './delegate-values'
import type { LayoutSubject } from './layout'

/** Every certificate of a decision in presentation order, with its printed values. */
export const batchItems = (
  data: DatabaseData,
  decisionId: string,
  language: TemplateLanguage,
  only?: readonly number[]
) => {
  const { decision, list } = orderedHonorees(data, decisionId)
  const event = data.events.find((e) => e.id === decision.eventId) ?? null
  const awardForm = data.honours.awardForms.find((f) => f.id === decision.awardFormId) ?? null
  const items: (BatchItem & { registerId: string | null })[] = selectPositions(list, only).map(
    (o) => ({
      position: o.position,
      registerId: o.register?.id ?? null,
      subject: {
        honoreeId: o.honoree.id,
        kind: o.honoree.kind,
        values: certificateValues(
          o.honoree,
          {
            organisation: data.organisation,
            event,
            decision,
            awardForm,
            register: o.register
          },
          language
        )
      }
    })
  )
  return { decision, items }
}

/** Whose values a preview shows: the honoree chosen, or sample values. */
export const previewSubject = (
  data: DatabaseData,
  eventId: string | undefined,
  honoreeId: string | null | undefined,
  language: TemplateLanguage
): CertificateSubject => {
  const event = data.events.find((e) => e.id === eventId) ?? null
  if (!honoreeId) {
    return {
      honoreeId: null,
      kind: 'individual',
      values: sampleValues(data.organisation, event, language)
    }
  }
  const honoree = data.honours.honorees.find((h) => h.id === honoreeId)
  if (!honoree) throw new AppError('NOT_FOUND', `Honoree ${honoreeId} not found.`)
  const inDecision = (d: DatabaseData['honours']['decisions'][number]) =>
    [...d.honoreeIds.collective, ...d.honoreeIds.individual, ...d.honoreeIds.household].includes(
      honoree.id
    )
  const decision = data.honours.decisions.find(inDecision) ?? null
  return {
    honoreeId: honoree.id,
    kind: honoree.kind,
    values: certificateValues(
      honoree,
      {
        organisation: data.organisation,
        event: event ?? data.events.find((e) => e.id === honoree.eventId) ?? null,
        decision,
        awardForm: data.honours.awardForms.find((f) => f.id === decision?.awardFormId) ?? null,
        register:
          data.honours.register.find(
            (r) =>
              r.honoreeId === honoree.id && r.decisionId === decision?.id && r.status === 'active'
          ) ?? null
      },
      language
    )
  }
}

/**
 * A card, name tent or invitation previews with the event's first delegate (its category's
 * colour, a made-up check-in code), or a made-up delegate when the event has none.
 */
export const delegatePreviewSubject = (
  data: DatabaseData,
  eventId: string | undefined
): LayoutSubject => {
  const event = data.events.find((e) => e.id === eventId) ?? null
  const delegate = event
    ? data.delegates.delegates
        .filter((d) => d.eventId === event.id)
        .reduce<DatabaseData['delegates']['delegates'][number] | null>(
          (first, d) => (!first || d.number < first.number ? d : first),
          null
        )
    : null
  const category = delegate
    ? (data.delegates.categories.find((c) => c.id === delegate.categoryId) ?? null)
    : null
  const values = delegate
    ? delegateValues(delegate, {
        organisation: data.organisation,
        event,
        category,
        checkInCode: `${delegate.number}-BCFGHJKLMN`
      })
    : sampleDelegateValues(data.organisation, event)
  return {
    honoreeId: null,
    kind: 'individual',
    values,
    categoryColor: category?.color ?? (delegate ? null : '#B22222')
  }
}
