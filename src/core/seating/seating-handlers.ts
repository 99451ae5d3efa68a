import type { HallPlan, SeatAssignment } from '@shared/seating/entities'
import type { seatingMethodNames } from '@shared/seating/method-names'
import { placeExists, placeKey, samePlace, seatCount } from '@shared/seating/hall'
import { AppError } from '@shared/result'
import { categoriesOf, delegatesOf, requireEvent } from '../delegates'
import type { Handlers } from '../dispatch'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import type { DatabaseData } from '../schema/database-schema'
import { assignSeats } from './assign-seats'
import { checkLayout, hallOf, plain, requireHall, seatsInside, writeSeatLabels } from './hall-store'
import { honoreeDelegateOrder } from './honoree-order'
import { seatMapFile } from './seat-map-pdf'
import { suggestLayout } from './suggest-layout'

/** Guests first (front rows by protocol), then the counted categories, each in the office's order. */
export function seatingCategoryOrder(data: DatabaseData, eventId: string): string[] {
  const categories = categoriesOf(data, eventId)
  return [...categories.filter((c) => !c.counted), ...categories.filter((c) => c.counted)].map(
    (c) => c.id
  )
}

export function seatingHandlers(deps: FeatureDeps): HandlerGroup<typeof seatingMethodNames> {
  return { ...hallLayoutHandlers(deps), ...seatAssignmentHandlers(deps) }
}

const titleOf = (data: DatabaseData, eventId: string) =>
  data.events.find((e) => e.id === eventId)?.title ?? eventId

/** The hall's layout: read, suggested, saved (seats outside it dropped), printed as a map. */
function hallLayoutHandlers({
  read,
  changes,
  ctx
}: FeatureDeps): Pick<
  Handlers,
  'getHallPlan' | 'suggestHallLayout' | 'saveHallLayout' | 'renderSeatMap'
> {
  const now = () => ctx.clock.now().toISOString()
  return {
    getHallPlan({ eventId }) {
      const data = read()
      requireEvent(data, eventId)
      return hallOf(data, eventId)
    },
    suggestHallLayout({ eventId }) {
      const data = read()
      requireEvent(data, eventId)
      const delegates = delegatesOf(data, eventId)
      return suggestLayout(delegates.length, delegates.filter((d) => d.flags.presidium).length)
    },
    async saveHallLayout({ eventId, layout }) {
      const data = read()
      requireEvent(data, eventId)
      const checked = checkLayout(data, eventId, layout)
      const before = hallOf(data, eventId)
      return changes.apply(
        { entity: 'hallPlan', action: before ? 'update' : 'create' },
        (draft) => {
          draft.delegates.halls ??= []
          const at = now()
          let hall = draft.delegates.halls.find((h) => h.eventId === eventId)
          if (!hall) {
            hall = { id: ctx.newId(), eventId, ...checked, seats: [], createdAt: at, updatedAt: at }
            draft.delegates.halls.push(hall)
          } else {
            Object.assign(hall, checked, { updatedAt: at })
            hall.seats = seatsInside(checked, hall.seats)
          }
          const relabelled = writeSeatLabels(draft, eventId, before, at)
          const value = plain(hall)
          return {
            value,
            entityId: value.id,
            subject: titleOf(data, eventId),
            changes: [
              {
                field: 'seats',
                before: before ? seatCount(before) : null,
                after: seatCount(value)
              },
              ...(relabelled > 0 ? [{ field: 'seatLabels', before: null, after: relabelled }] : [])
            ]
          }
        }
      )
    },
    async renderSeatMap({ eventId, paper }) {
      const data = read()
      const hall = requireHall(data, eventId)
      return seatMapFile(data, eventId, hall, paper, ctx)
    }
  }
}

/** Who sits where: seats assigned by protocol, one delegate moved by hand. */
function seatAssignmentHandlers({
  read,
  changes,
  ctx
}: FeatureDeps): Pick<Handlers, 'assignSeats' | 'moveSeat'> {
  const now = () => ctx.clock.now().toISOString()

  /** Replaces the event's seats in one change and rewrites the delegates' seat labels. */
  const changeSeats = (
    draft: DatabaseData,
    eventId: string,
    seats: SeatAssignment[],
    before: HallPlan
  ) => {
    const hall = draft.delegates.halls!.find((h) => h.eventId === eventId)!
    hall.seats = seats
    hall.updatedAt = now()
    return writeSeatLabels(draft, eventId, before, now())
  }

  return {
    async assignSeats({ eventId, keepManual }) {
      const data = read()
      const before = requireHall(data, eventId)
      const delegates = delegatesOf(data, eventId)
      const result = assignSeats({
        layout: before,
        delegates,
        categoryOrder: seatingCategoryOrder(data, eventId),
        honoreeOrder: honoreeDelegateOrder(data, eventId),
        keep: keepManual ? before.seats.filter((s) => s.manual) : []
      })
      const plan = await changes.apply({ entity: 'hallPlan', action: 'assign-seats' }, (draft) => {
        changeSeats(draft, eventId, result.seats, before)
        const value = plain(hallOf(draft, eventId)!)
        return {
          value,
          entityId: value.id,
          subject: titleOf(data, eventId),
          changes: [
            { field: 'seated', before: before.seats.length, after: result.seats.length },
            { field: 'unseated', before: null, after: result.unseated.length }
          ]
        }
      })
      return { plan, unseated: result.unseated }
    },
    async moveSeat({ eventId, delegateId, to }) {
      const data = read()
      const before = requireHall(data, eventId)
      const delegate = delegatesOf(data, eventId).find((d) => d.id === delegateId)
      if (!delegate) throw new AppError('NOT_FOUND', `No delegate "${delegateId}" in this event`)
      if (to && !placeExists(before, to))
        throw new AppError('INVALID_ARGUMENT', `No such seat in the hall: ${placeKey(to)}`, {
          field: 'to'
        })
      const mine = before.seats.find((s) => s.delegateId === delegateId)
      const there = to ? before.seats.find((s) => samePlace(s.place, to)) : undefined
      const seats = before.seats.flatMap((s): SeatAssignment[] => {
        if (s === mine) return to ? [{ delegateId, place: to, manual: true }] : []
        if (s === there) return mine ? [{ ...s, place: mine.place, manual: true }] : []
        return [s]
      })
      if (to && !mine) seats.push({ delegateId, place: to, manual: true })
      return changes.apply({ entity: 'hallPlan', action: 'move-seat' }, (draft) => {
        changeSeats(draft, eventId, seats, before)
        const value = plain(hallOf(draft, eventId)!)
        const after = draft.delegates.delegates.find((d) => d.id === delegateId)?.seat ?? ''
        return {
          value,
          entityId: value.id,
          subject: delegate.fullName,
          changes: [{ field: 'seat', before: delegate.seat ?? '', after }]
        }
      })
    }
  }
}
