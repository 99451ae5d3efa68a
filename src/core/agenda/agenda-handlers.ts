import type { AuditAction } from '../../shared/entities'
import type {
  AgendaItem,
  AgendaItemFields,
  AgendaSettings,
  AwardRound
} from '../../shared/agenda/entities'
import type { Event } from '../../shared/entities'
import { computeSchedule, firstConflict, formatClock, wallTimeOf } from '../../shared/agenda/clock'
import type { agendaMethodNames } from '../../shared/agenda/method-names'
import { AppError } from '../../shared/result'
import { diffFields } from '../change-log'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import { normalizeInput } from '../input-text'
import type { DatabaseData } from '../schema/database-schema'
import { eventItems, eventSettings, findEvent, voteWords } from './agenda-lookups'
import { loadAgendaTemplates, type AgendaTemplate } from './agenda-templates'
import { decisionViews, eventRounds, honoreeViews } from './agenda-views'
import { moveHonoree, planAwardRounds } from './award-rounds'
import { approveDelegationRoster, rosterOptions } from './roster-link'

/** A detached copy of draft data, safe to return after the change commits. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T

const invalid = (field: string, message: string, itemId?: string) =>
  new AppError('INVALID_ARGUMENT', `${field}: ${message}`, {
    issues: [{ path: [field], message }],
    ...(itemId ? { itemId } : {})
  })

export const blankItemFields = (): AgendaItemFields => ({
  kind: 'other',
  title: '',
  session: '',
  presenter: '',
  presenterDelegateId: null,
  presenterFromRoster: false,
  durationMinutes: 5,
  fixedStart: null,
  publicNotes: '',
  internalNotes: '',
  mcText: '',
  vote: null
})

/** The planned schedule must hold together: no fixed start before the previous item ends. */
export function checkPlannedSchedule(data: DatabaseData, eventId: string): void {
  const event = findEvent(data, eventId)
  const items = eventItems(data, eventId)
  const schedule = computeSchedule({
    date: event.date,
    startTime: event.startTime,
    plannedEnd: null,
    items: items.map((i) => ({ ...i, actualStart: null, actualEnd: null }))
  })
  const clash = firstConflict(schedule)
  if (!clash?.fixedStartConflict) return
  const item = items.find((i) => i.id === clash.id) as AgendaItem
  throw invalid(
    'fixedStart',
    `"${item.title}" is fixed at ${formatClock(clash.fixedStartConflict.fixedStart)}, before the previous item ends at ${formatClock(clash.fixedStartConflict.previousEnd)}`,
    item.id
  )
}

/** A presenter chosen from the roster must be one of the event's delegates. */
export function checkPresenter(data: DatabaseData, item: AgendaItem): void {
  if (item.presenterDelegateId !== null) {
    const delegate = data.delegates.delegates.find(
      (d) => d.id === item.presenterDelegateId && d.eventId === item.eventId
    )
    if (!delegate) {
      throw invalid('presenterDelegateId', 'the presenter is not on this event’s roster', item.id)
    }
  } else if (item.presenterFromRoster) {
    throw invalid(
      'presenterDelegateId',
      'this item needs a presenter chosen from the delegates',
      item.id
    )
  }
}

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

export function upsertSettings(
  draft: DatabaseData,
  eventId: string,
  patch: Partial<Omit<AgendaSettings, 'eventId'>>
): AgendaSettings {
  const existing = draft.agenda.settings.find((s) => s.eventId === eventId)
  if (existing) {
    Object.assign(existing, patch)
    return { ...existing }
  }
  const created = { ...eventSettings(draft, eventId), ...patch }
  draft.agenda.settings.push(created)
  return created
}

/** Renumbers the event's rounds 0..n-1 in the given order. */
function reindexRounds(draft: DatabaseData, eventId: string, ordered: AwardRound[]): AwardRound[] {
  const others = draft.agenda.rounds.filter((r) => r.eventId !== eventId)
  const next = ordered.map((r, index) => ({ ...r, index }))
  draft.agenda.rounds = [...others, ...next]
  return next
}

export function agendaHandlers(deps: FeatureDeps): HandlerGroup<typeof agendaMethodNames> {
  const { read, changes, ctx } = deps
  const now = () => ctx.clock.now().toISOString()

  const findItem = (data: DatabaseData, id: string): AgendaItem => {
    const item = data.agenda.items.find((i) => i.id === id)
    if (!item) throw new AppError('NOT_FOUND', `No agenda item with id "${id}"`)
    return item
  }
  const findRound = (data: DatabaseData, id: string): AwardRound => {
    const round = data.agenda.rounds.find((r) => r.id === id)
    if (!round) throw new AppError('NOT_FOUND', `No award round with id "${id}"`)
    return round
  }
  const itemsChanged = (
    eventId: string,
    subject: string,
    action: AuditAction,
    recipe: (draft: DatabaseData) => void
  ) =>
    changes.apply({ entity: 'agendaItem', action }, (draft) => {
      const before = eventItems(draft, eventId).map((i) => ({ ...i }))
      recipe(draft)
      const after = eventItems(draft, eventId)
      return {
        value: plain(after),
        entityId: eventId,
        subject,
        changes: [
          {
            field: 'items',
            before: before.map((i) => `${i.title} ${i.actualStart ?? ''}`.trim()),
            after: after.map((i) => `${i.title} ${i.actualStart ?? ''}`.trim())
          }
        ]
      }
    })

  const roundsChanged = (
    eventId: string,
    subject: string,
    action: AuditAction,
    recipe: (draft: DatabaseData) => void
  ) =>
    changes.apply({ entity: 'awardRound', action }, (draft) => {
      const before = eventRounds(draft, eventId).map((r) => ({ ...r }))
      recipe(draft)
      const after = plain(eventRounds(draft, eventId))
      return {
        value: after,
        entityId: eventId,
        subject,
        changes: diffFields(
          Object.fromEntries(before.map((r) => [r.title || r.id, r.honoreeIds.length])),
          Object.fromEntries(after.map((r) => [r.title || r.id, r.honoreeIds.length]))
        )
      }
    })

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
      return itemsChanged(eventId, template.name, 'template', (draft) => {
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
      return itemsChanged(eventId, 'Thứ tự chương trình', 'reorder', (draft) => {
        itemIds.forEach((id, order) => void (findItem(draft, id).order = order))
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
    },

    recordAgendaVote: ({ itemId, vote: raw, documentNumber }) => {
      const item = findItem(read(), itemId)
      if (item.kind !== 'vote')
        throw invalid('itemId', 'only a vote item records a vote result', itemId)
      const vote = raw === null ? null : normalizeInput(raw)
      if (vote && vote.mode === 'cards-unanimous' && (vote.against > 0 || vote.abstain > 0)) {
        throw invalid('vote', 'a unanimous vote has no votes against or abstentions', itemId)
      }
      if (vote && vote.mode === 'counted' && vote.for + vote.against + vote.abstain === 0) {
        throw invalid('vote', 'enter the number of votes for, against and abstaining', itemId)
      }
      if (vote?.subject === 'delegation-roster' && !vote.rosterId) {
        throw invalid('rosterId', 'choose the roster the congress approved', itemId)
      }
      const at = now()
      return changes.apply({ entity: 'agendaItem', action: 'vote' }, (draft) => {
        const live = findItem(draft, itemId)
        const before = live.vote
        live.vote = vote === null ? null : { ...vote, recordedAt: at }
        live.updatedAt = at
        if (vote?.subject === 'delegation-roster' && vote.rosterId) {
          const passed = vote.mode === 'cards-unanimous' || vote.for > vote.against + vote.abstain
          if (!passed)
            throw invalid('vote', 'the vote did not pass, so the roster cannot be approved', itemId)
          approveDelegationRoster(draft, {
            rosterId: vote.rosterId,
            approvedBy: 'Đại hội biểu quyết',
            basis: `${live.title}: ${voteWords(vote)}`,
            documentNumber: documentNumber ?? '',
            at
          })
        }
        return {
          value: plain(live),
          entityId: itemId,
          subject: live.title,
          changes: [{ field: 'vote', before, after: live.vote }]
        }
      })
    },

    createAwardRounds: ({ eventId, decisionIds, capacity }) => {
      const data = read()
      findEvent(data, eventId)
      const views = decisionViews(data, eventId)
      const chosen = decisionIds.map((id) => {
        const d = views.find((v) => v.id === id)
        if (!d) throw new AppError('NOT_FOUND', `No decision with id "${id}" in this event`)
        return d
      })
      const size = capacity ?? eventSettings(data, eventId).stageCapacity
      const planned = planAwardRounds(chosen, size)
      const awardItem = eventItems(data, eventId).find((i) => i.kind === 'award-round')
      return roundsChanged(eventId, 'Chia đợt trao', 'create', (draft) => {
        const replaced = new Set(decisionIds)
        const kept = eventRounds(draft, eventId).filter((r) => !replaced.has(r.decisionId))
        const created: AwardRound[] = planned.map((p, i) => ({
          id: ctx.newId(),
          eventId,
          decisionId: p.decisionId,
          index: 0,
          title: `Đợt ${kept.length + i + 1}`,
          honoreeIds: p.honoreeIds,
          presenters: [],
          attendants: [],
          agendaItemId: awardItem?.id ?? null
        }))
        const rank = new Map(views.map((v) => [v.id, v.awardRank]))
        const all = [...kept, ...created].sort(
          (a, b) => (rank.get(a.decisionId) ?? 1000) - (rank.get(b.decisionId) ?? 1000)
        )
        reindexRounds(draft, eventId, all)
        if (capacity !== undefined) upsertSettings(draft, eventId, { stageCapacity: capacity })
      })
    },

    addAwardRound: ({ eventId, decisionId }) => {
      const data = read()
      findEvent(data, eventId)
      if (!decisionViews(data, eventId).some((d) => d.id === decisionId)) {
        throw new AppError('NOT_FOUND', `No decision with id "${decisionId}" in this event`)
      }
      const id = ctx.newId()
      return changes.apply({ entity: 'awardRound', action: 'create' }, (draft) => {
        const rounds = eventRounds(draft, eventId)
        const round: AwardRound = {
          id,
          eventId,
          decisionId,
          index: rounds.length,
          title: `Đợt ${rounds.length + 1}`,
          honoreeIds: [],
          presenters: [],
          attendants: [],
          agendaItemId: rounds[rounds.length - 1]?.agendaItemId ?? null
        }
        draft.agenda.rounds.push(round)
        return {
          value: plain(round),
          entityId: id,
          subject: round.title,
          changes: diffFields(undefined, round)
        }
      })
    },

    updateAwardRound: ({ id, patch: raw }) => {
      const round = findRound(read(), id)
      const patch = normalizeInput(raw)
      if (patch.agendaItemId) {
        const item = findItem(read(), patch.agendaItemId)
        if (item.eventId !== round.eventId)
          throw invalid('agendaItemId', 'the item belongs to another event', id)
      }
      if (patch.presenters) patch.presenters = patch.presenters.filter((p) => p !== '')
      if (patch.attendants) patch.attendants = patch.attendants.filter((p) => p !== '')
      return changes.apply({ entity: 'awardRound', action: 'update' }, (draft) => {
        const live = findRound(draft, id)
        const before = { ...live }
        Object.assign(live, patch)
        const after = plain(live)
        return {
          value: after,
          entityId: id,
          subject: after.title,
          changes: diffFields(before, after)
        }
      })
    },

    deleteAwardRound: ({ id }) => {
      const round = findRound(read(), id)
      return roundsChanged(round.eventId, round.title, 'delete', (draft) => {
        const rounds = eventRounds(draft, round.eventId)
        const same = rounds.filter((r) => r.decisionId === round.decisionId)
        const at = same.findIndex((r) => r.id === id)
        const heir = same[at - 1] ?? same[at + 1]
        const rest = rounds
          .filter((r) => r.id !== id)
          .map((r) =>
            r.id === heir?.id
              ? {
                  ...r,
                  honoreeIds:
                    at > 0
                      ? [...r.honoreeIds, ...round.honoreeIds]
                      : [...round.honoreeIds, ...r.honoreeIds]
                }
              : r
          )
        reindexRounds(draft, round.eventId, rest)
      })
    },

    reorderAwardRounds: ({ eventId, roundIds }) => {
      const current = eventRounds(read(), eventId)
      if (roundIds.length !== current.length || !current.every((r) => roundIds.includes(r.id))) {
        throw invalid('roundIds', 'list every round of the event exactly once')
      }
      return roundsChanged(eventId, 'Thứ tự đợt trao', 'reorder', (draft) => {
        const rounds = eventRounds(draft, eventId)
        reindexRounds(
          draft,
          eventId,
          roundIds.map((rid) => rounds.find((r) => r.id === rid) as AwardRound)
        )
      })
    },

    moveHonoreeInRounds: ({ honoreeId, toRoundId, toIndex }) => {
      const data = read()
      const target = findRound(data, toRoundId)
      const decision = data.honours.decisions.find((d) => d.id === target.decisionId)
      const inDecision =
        decision &&
        [
          ...decision.honoreeIds.collective,
          ...decision.honoreeIds.individual,
          ...decision.honoreeIds.household
        ].includes(honoreeId)
      if (!inDecision) throw invalid('honoreeId', 'the honoree is not in this round’s decision')
      const name = data.honours.honorees.find((h) => h.id === honoreeId)?.name ?? honoreeId
      return roundsChanged(target.eventId, `${name} → ${target.title}`, 'move-honoree', (draft) => {
        const moved = moveHonoree(eventRounds(draft, target.eventId), honoreeId, toRoundId, toIndex)
        reindexRounds(draft, target.eventId, moved)
      })
    },

    startNextAgendaItem: ({ eventId }) => {
      const items = eventItems(read(), eventId)
      if (items.length === 0) throw new AppError('INCOMPLETE', 'The programme has no items yet.')
      const running = items.findIndex((i) => i.actualStart !== null && i.actualEnd === null)
      const next = items.findIndex((i, index) => index > running && i.actualStart === null)
      if (running < 0 && next < 0)
        throw new AppError('CONFLICT', 'The programme has already ended.')
      const wall = wallTimeOf(ctx.clock.now())
      const label = next >= 0 ? (items[next] as AgendaItem).title : 'Kết thúc chương trình'
      return itemsChanged(eventId, label, next >= 0 ? 'start' : 'finish', (draft) => {
        if (running >= 0) findItem(draft, (items[running] as AgendaItem).id).actualEnd = wall
        if (next >= 0) findItem(draft, (items[next] as AgendaItem).id).actualStart = wall
      })
    },

    resetAgendaRun: ({ eventId }) => {
      findEvent(read(), eventId)
      return itemsChanged(eventId, 'Xóa giờ thực tế', 'reset-run', (draft) => {
        for (const item of eventItems(draft, eventId)) {
          item.actualStart = null
          item.actualEnd = null
        }
      })
    },

    renderAgendaDocument: async ({ eventId, kind }) => {
      // Loaded on first use: pdfkit stays out of the start-up path.
      const { renderAgendaDocument } = await import('./agenda-documents')
      return renderAgendaDocument(read(), ctx, eventId, kind)
    }
  }
}
