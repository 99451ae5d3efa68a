import type { AgendaItem } from '@shared/agenda/entities'
import { AppError } from '@shared/result'
import { diffFields } from '../change-log'
import { normalizeInput } from '../input-text'
import { checkPlannedSchedule, checkPresenter, blankItemFields } from './agenda-item-rules'
import { eventItems, eventSettings, findEvent } from './agenda-lookups'
import { findItem, invalid, itemsChanged, plain, upsertSettings } from './agenda-records'
import { addTemplateItems } from './agenda-template-items'
import { loadAgendaTemplates } from './agenda-templates'
import { decisionViews, eventRounds, honoreeViews } from './agenda-views'
import { rosterOptions } from './roster-link'
import type { Handlers } from '../dispatch'
import type { FeatureDeps } from '../feature-deps'

/** The programme as planned: its items, their order, templates and settings. */
export function agendaItemHandlers(
  deps: FeatureDeps
): Pick<
  Handlers,
  | 'getAgenda'
  | 'listAgendaTemplates'
  | 'applyAgendaTemplate'
  | 'createAgendaItem'
  | 'updateAgendaItem'
  | 'deleteAgendaItem'
  | 'reorderAgendaItems'
  | 'updateAgendaSettings'
> {
  return { ...programmeHandlers(deps), ...itemEditingHandlers(deps) }
}

/** The programme as a whole: read, filled from a template, its settings. */
function programmeHandlers({
  read,
  changes,
  ctx
}: FeatureDeps): Pick<
  Handlers,
  'getAgenda' | 'listAgendaTemplates' | 'applyAgendaTemplate' | 'updateAgendaSettings'
> {
  const now = () => ctx.clock.now().toISOString()
  return {
    getAgenda: ({ eventId }) => {
      const data = read()
      findEvent(data, eventId)
      return {
        settings: eventSettings(data, eventId),
        items: eventItems(data, eventId),
        rounds: eventRounds(data, eventId),
        honorees: honoreeViews(data, eventId),
        decisions: decisionViews(data, eventId),
        delegates: data.delegates.delegates
          .filter((d) => d.eventId === eventId)
          .map((d) => ({ id: d.id, name: d.fullName, position: d.position })),
        rosters: rosterOptions(data, eventId)
      }
    },

    listAgendaTemplates: () =>
      loadAgendaTemplates(ctx.resourcesDir).map((t) => ({
        id: t.id,
        name: t.name,
        itemCount: t.items.length
      })),

    applyAgendaTemplate: ({ eventId, templateId, replace }) => {
      findEvent(read(), eventId)
      const template = loadAgendaTemplates(ctx.resourcesDir).find((t) => t.id === templateId)
      if (!template) throw new AppError('NOT_FOUND', `No agenda template "${templateId}"`)
      return itemsChanged(changes, eventId, template.name, 'template', (draft) => {
        if (replace) {
          const gone = new Set(eventItems(draft, eventId).map((i) => i.id))
          draft.agenda.items = draft.agenda.items.filter((i) => !gone.has(i.id))
          for (const r of draft.agenda.rounds) {
            if (r.agendaItemId && gone.has(r.agendaItemId)) r.agendaItemId = null
          }
        }
        addTemplateItems(draft, { eventId, template, presenters: {}, newId: ctx.newId, now: now() })
        checkPlannedSchedule(draft, eventId)
      })
    },

    updateAgendaSettings: ({ eventId, patch }) => {
      findEvent(read(), eventId)
      return changes.apply({ entity: 'agendaItem', action: 'settings' }, (draft) => {
        const before = eventSettings(draft, eventId)
        const after = upsertSettings(draft, eventId, patch)
        return {
          value: after,
          entityId: eventId,
          subject: 'Cài đặt chương trình',
          changes: diffFields(before, after)
        }
      })
    }
  }
}

/** One item at a time: added where asked, changed, deleted; and the items' order. */
function itemEditingHandlers({
  read,
  changes,
  ctx
}: FeatureDeps): Pick<
  Handlers,
  'createAgendaItem' | 'updateAgendaItem' | 'deleteAgendaItem' | 'reorderAgendaItems'
> {
  const now = () => ctx.clock.now().toISOString()
  return {
    createAgendaItem: ({ eventId, afterItemId, fields: raw }) => {
      findEvent(read(), eventId)
      const fields = normalizeInput(raw)
      return changes.apply({ entity: 'agendaItem', action: 'create' }, (draft) => {
        const items = eventItems(draft, eventId)
        const at =
          afterItemId === null ? items.length : items.findIndex((i) => i.id === afterItemId) + 1
        if (afterItemId !== null && at === 0)
          throw new AppError('NOT_FOUND', `No agenda item with id "${afterItemId}"`)
        const item: AgendaItem = {
          ...blankItemFields(),
          ...fields,
          title: fields.title ?? 'Mục mới',
          id: ctx.newId(),
          eventId,
          order: 0,
          actualStart: null,
          actualEnd: null,
          createdAt: now(),
          updatedAt: now()
        }
        if (item.title.trim() === '') throw invalid('title', 'the title is required')
        checkPresenter(draft, item)
        const ordered = [...items.slice(0, at), item, ...items.slice(at)]
        draft.agenda.items.push(item)
        ordered.forEach((i, order) => {
          const live = draft.agenda.items.find((x) => x.id === i.id) as AgendaItem
          live.order = order
        })
        checkPlannedSchedule(draft, eventId)
        const stored = plain(draft.agenda.items.find((i) => i.id === item.id) as AgendaItem)
        return {
          value: stored,
          entityId: item.id,
          subject: item.title,
          changes: diffFields(undefined, stored)
        }
      })
    },

    updateAgendaItem: ({ id, patch: raw }) => {
      findItem(read(), id)
      const patch = normalizeInput(raw)
      return changes.apply({ entity: 'agendaItem', action: 'update' }, (draft) => {
        const item = findItem(draft, id)
        const before = { ...item }
        Object.assign(item, patch, { updatedAt: now() })
        if (item.title.trim() === '') throw invalid('title', 'the title is required', id)
        if (patch.presenterDelegateId) {
          const d = draft.delegates.delegates.find((x) => x.id === patch.presenterDelegateId)
          if (d && patch.presenter === undefined)
            item.presenter = d.position ? `${d.fullName}, ${d.position}` : d.fullName
        }
        checkPresenter(draft, item)
        checkPlannedSchedule(draft, item.eventId)
        const after = plain(item)
        return {
          value: after,
          entityId: id,
          subject: after.title,
          changes: diffFields(before, after).filter((c) => c.field !== 'updatedAt')
        }
      })
    },

    deleteAgendaItem: ({ id }) => {
      const item = findItem(read(), id)
      return changes.apply({ entity: 'agendaItem', action: 'delete' }, (draft) => {
        draft.agenda.items = draft.agenda.items.filter((i) => i.id !== id)
        for (const r of draft.agenda.rounds) if (r.agendaItemId === id) r.agendaItemId = null
        eventItems(draft, item.eventId).forEach((i, order) => (i.order = order))
        checkPlannedSchedule(draft, item.eventId)
        return {
          value: { deleted: true as const },
          entityId: id,
          subject: item.title,
          changes: diffFields(item, undefined)
        }
      })
    },

    reorderAgendaItems: ({ eventId, itemIds }) => {
      const current = eventItems(read(), eventId)
      const known = new Set(current.map((i) => i.id))
      if (
        itemIds.length !== current.length ||
        new Set(itemIds).size !== itemIds.length ||
        !itemIds.every((i) => known.has(i))
      ) {
        throw invalid('itemIds', 'list every item of the event exactly once')
      }
      return itemsChanged(changes, eventId, 'Thứ tự chương trình', 'reorder', (draft) => {
        itemIds.forEach((id, order) => void (findItem(draft, id).order = order))
        checkPlannedSchedule(draft, eventId)
      })
    }
  }
}
