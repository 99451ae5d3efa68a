import type { AwardRound } from '@shared/agenda/entities'
import { AppError } from '@shared/result'
import { diffFields } from '../change-log'
import { normalizeInput } from '../input-text'
import { eventItems, eventSettings, findEvent } from './agenda-lookups'
import {
  findItem,
  findRound,
  invalid,
  plain,
  reindexRounds,
  roundsChanged,
  upsertSettings
} from './agenda-records'
import { decisionViews, eventRounds } from './agenda-views'
import { moveHonoree, planAwardRounds } from './award-rounds'
import type { Handlers } from '../dispatch'
import type { FeatureDeps } from '../feature-deps'

/** Award rounds: which honorees go up on stage together, in which order. */
export function awardRoundHandlers(
  deps: FeatureDeps
): Pick<
  Handlers,
  | 'createAwardRounds'
  | 'addAwardRound'
  | 'updateAwardRound'
  | 'deleteAwardRound'
  | 'reorderAwardRounds'
  | 'moveHonoreeInRounds'
> {
  return { ...roundPlanningHandlers(deps), ...roundEditingHandlers(deps) }
}

/** Rounds made from decisions (by stage capacity or one at a time) and removed. */
function roundPlanningHandlers({
  read,
  changes,
  ctx
}: FeatureDeps): Pick<Handlers, 'createAwardRounds' | 'addAwardRound' | 'deleteAwardRound'> {
  return {
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
      return roundsChanged(changes, eventId, 'Chia đợt trao', 'create', (draft) => {
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

    deleteAwardRound: ({ id }) => {
      const round = findRound(read(), id)
      return roundsChanged(changes, round.eventId, round.title, 'delete', (draft) => {
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
    }
  }
}

/** A round's details, the rounds' order and an honoree moved between rounds. */
function roundEditingHandlers({
  read,
  changes
}: FeatureDeps): Pick<Handlers, 'updateAwardRound' | 'reorderAwardRounds' | 'moveHonoreeInRounds'> {
  return {
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

    reorderAwardRounds: ({ eventId, roundIds }) => {
      const current = eventRounds(read(), eventId)
      if (roundIds.length !== current.length || !current.every((r) => roundIds.includes(r.id))) {
        throw invalid('roundIds', 'list every round of the event exactly once')
      }
      return roundsChanged(changes, eventId, 'Thứ tự đợt trao', 'reorder', (draft) => {
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
      return roundsChanged(
        changes,
        target.eventId,
        `${name} → ${target.title}`,
        'move-honoree',
        (draft) => {
          const moved = moveHonoree(
            eventRounds(draft, target.eventId),
            honoreeId,
            toRoundId,
            toIndex
          )
          reindexRounds(draft, target.eventId, moved)
        }
      )
    }
  }
}
