import { honoreeSeating } from '@shared/agenda/stage-plan'
import { duplicateKey } from '@shared/text'
import { eventDelegates } from './hall-store'
import { eventRounds, honoreeViews } from '../agenda'
import type { DatabaseData } from '../schema/database-schema'

/**
 * The delegates who go up on stage, in the order of the honoree seating list (award rounds, then
 * stage order): an individual or household through its linked delegate, a collective through its
 * representative — the first delegate of the unit bearing its name. Delegates flagged as honorees
 * but in no round follow, by number.
 */
export function honoreeDelegateOrder(data: DatabaseData, eventId: string): string[] {
  const delegates = eventDelegates(data, eventId).sort((a, b) => a.number - b.number)
  const views = Object.fromEntries(honoreeViews(data, eventId).map((h) => [h.id, h]))
  const honorees = new Map(
    data.honours.honorees.filter((h) => h.eventId === eventId).map((h) => [h.id, h])
  )
  const order: string[] = []
  const taken = new Set<string>()
  const take = (id: string | undefined) => {
    if (id === undefined || taken.has(id)) return
    taken.add(id)
    order.push(id)
  }
  const seating = honoreeSeating({ rounds: eventRounds(data, eventId), honorees: views })
  for (const entry of seating) {
    const honoree = honorees.get(entry.honoreeId)
    if (!honoree) continue
    if (honoree.delegateId) {
      take(delegates.find((d) => d.id === honoree.delegateId)?.id)
    } else if (honoree.kind === 'collective') {
      const unit = duplicateKey(honoree.name)
      take(delegates.find((d) => !taken.has(d.id) && duplicateKey(d.unit) === unit)?.id)
    }
  }
  for (const d of delegates) if (d.flags.honoree) take(d.id)
  return order
}
