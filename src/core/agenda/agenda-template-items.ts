import type { AgendaItem, AgendaItemFields } from '@shared/agenda/entities'
import type { Event } from '@shared/entities'
import type { DatabaseData } from '../schema/database-schema'
import { blankItemFields } from './agenda-item-rules'
import { eventItems } from './agenda-lookups'
import { upsertSettings } from './agenda-records'
import type { AgendaTemplate } from './agenda-templates'

type EventPeriods = Pick<Event, 'periodFrom' | 'periodTo' | 'launchFrom' | 'launchTo'>

const periodText = (from: number | null, to: number | null) =>
  from !== null && to !== null ? `${from} - ${to}` : from !== null ? String(from) : ''

/**
 * A template's text with the event's periods: {kyTongKet} the period reviewed, {kyPhatDong} the
 * one launched; " giai đoạn {…}" goes away when the event has no such period.
 */
export function withPeriods(text: string, event: EventPeriods | undefined): string {
  const periods: Record<string, string> = {
    kyTongKet: event ? periodText(event.periodFrom, event.periodTo) : '',
    kyPhatDong: event ? periodText(event.launchFrom, event.launchTo) : ''
  }
  return text.replace(
    /( giai đoạn )?\{(kyTongKet|kyPhatDong)\}/g,
    (_, lead: string | undefined, key: string) =>
      periods[key] ? `${lead ?? ''}${periods[key]}` : ''
  )
}

function templateItem(
  t: AgendaTemplate['items'][number],
  presenters: Record<string, string>,
  event: EventPeriods | undefined
): AgendaItemFields {
  return {
    ...blankItemFields(),
    kind: t.kind,
    title: withPeriods(t.title, event),
    session: t.session ?? '',
    presenter: t.presenterRole ? (presenters[t.presenterRole] ?? '') : '',
    durationMinutes: t.durationMinutes,
    fixedStart: t.fixedStart ?? null,
    publicNotes: t.publicNotes,
    internalNotes: t.internalNotes,
    mcText: withPeriods(t.mcText, event)
  }
}

/** Appends a template's items to the event's programme on the draft (the sample seeder uses it). */
export function addTemplateItems(
  draft: DatabaseData,
  opts: {
    eventId: string
    template: AgendaTemplate
    presenters: Record<string, string>
    newId: () => string
    now: string
  }
): AgendaItem[] {
  const existing = eventItems(draft, opts.eventId)
  const start = existing.length === 0 ? 0 : (existing[existing.length - 1] as AgendaItem).order + 1
  const event = draft.events.find((e) => e.id === opts.eventId)
  const added = opts.template.items.map((t, i) => ({
    ...templateItem(t, opts.presenters, event),
    id: opts.newId(),
    eventId: opts.eventId,
    order: start + i,
    actualStart: null,
    actualEnd: null,
    createdAt: opts.now,
    updatedAt: opts.now
  }))
  draft.agenda.items.push(...added)
  if (opts.template.plannedEnd && existing.length === 0) {
    upsertSettings(draft, opts.eventId, { plannedEnd: opts.template.plannedEnd })
  }
  return added
}
