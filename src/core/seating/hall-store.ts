import { current, isDraft, original } from 'immer'
import type { Delegate } from '@shared/delegates/entities'
import type { HallLayout, HallPlan, SeatAssignment } from '@shared/seating/entities'
import { placeExists, seatLabel } from '@shared/seating/hall'
import { AppError } from '@shared/result'
import { normalizeText } from '@shared/text'
import { categoriesOf } from '../delegates'
import type { DatabaseData } from '../schema/database-schema'

export const plain = <T>(value: T): T => (isDraft(value) ? current(value) : structuredClone(value))

/** The event's delegates, also those added earlier in the same draft (the sample seeder). */
export const eventDelegates = (data: DatabaseData, eventId: string): Delegate[] =>
  data.delegates.delegates.filter((d) => d.eventId === eventId)

export const hallOf = (data: DatabaseData, eventId: string): HallPlan | null =>
  data.delegates.halls?.find((h) => h.eventId === eventId) ?? null

export function requireHall(data: DatabaseData, eventId: string): HallPlan {
  const hall = hallOf(data, eventId)
  if (!hall) throw new AppError('NOT_FOUND', `The event "${eventId}" has no hall plan yet`)
  return hall
}

/** The layout as typed, normalised, checked: unique block ids and names, known categories. */
export function checkLayout(data: DatabaseData, eventId: string, layout: HallLayout): HallLayout {
  const categories = new Set(categoriesOf(data, eventId).map((c) => c.id))
  const blocks = layout.blocks.map((b) => ({ ...b, name: normalizeText(b.name) }))
  const seen = { ids: new Set<string>(), names: new Set<string>() }
  blocks.forEach((b, i) => {
    const where = `blocks[${i}]`
    if (b.name === '') throw invalid(`${where}.name`, 'A block needs a name ("A", "B", …)')
    if (seen.ids.has(b.id)) throw invalid(`${where}.id`, `Two blocks have the id "${b.id}"`)
    const nameKey = b.name.toLocaleLowerCase('vi')
    if (seen.names.has(nameKey)) throw invalid(`${where}.name`, `Two blocks are named "${b.name}"`)
    seen.ids.add(b.id)
    seen.names.add(nameKey)
    const unknown = b.categoryIds.find((c) => !categories.has(c))
    if (unknown) throw invalid(`${where}.categoryIds`, `No delegate category "${unknown}" here`)
  })
  return { name: normalizeText(layout.name), presidiumSeats: layout.presidiumSeats, blocks }
}

const invalid = (field: string, message: string) =>
  new AppError('INVALID_ARGUMENT', message, { field })

const labelsOf = (hall: HallPlan | null): Map<string, string> =>
  new Map((hall?.seats ?? []).map((s) => [s.delegateId, seatLabel(hall!, s.place)]))

/**
 * Writes the plan's seat labels ("Khu B, hàng 3, ghế 12") on the event's delegates, where the
 * card, the exports and the desk read them; a delegate who lost the seat the plan gave loses its
 * label, a seat typed by hand for someone the plan never placed stays. Returns how many changed.
 */
export function writeSeatLabels(
  draft: DatabaseData,
  eventId: string,
  before: HallPlan | null,
  now: string
): number {
  const old = labelsOf(before)
  const next = labelsOf(hallOf(draft, eventId))
  const list = draft.delegates.delegates
  // Read the committed records (no proxy per delegate); write through the draft.
  const committed = isDraft(list) ? (original(list) as Delegate[]) : list
  const source = committed.length === list.length ? committed : list
  let changed = 0
  source.forEach((d, index) => {
    if (d.eventId !== eventId) return
    const label = next.get(d.id)
    const previous = old.get(d.id)
    let seat: string
    if (label !== undefined) {
      if (d.seat === label) return
      seat = label
    } else if (previous !== undefined && d.seat === previous) seat = ''
    else return
    list[index]!.seat = seat
    list[index]!.updatedAt = now
    changed++
  })
  return changed
}

/** Only the seats whose place still exists in the layout (a block removed, rows shortened). */
export const seatsInside = (layout: HallLayout, seats: readonly SeatAssignment[]) =>
  seats.filter((s) => placeExists(layout, s.place))
