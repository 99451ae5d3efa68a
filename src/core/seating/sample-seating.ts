import type { SampleSeeder } from '../events'
import { assignSeats } from './assign-seats'
import { eventDelegates, writeSeatLabels } from './hall-store'
import { honoreeDelegateOrder } from './honoree-order'
import { seatingCategoryOrder } from './seating-handlers'
import { suggestLayout } from './suggest-layout'

/** The sample congress's hall: everyone seated by the rules, labels on the delegates. */
export const seedSampleSeating: SampleSeeder = (draft, { eventId, ctx, now }) => {
  const delegates = eventDelegates(draft, eventId)
  const layout = suggestLayout(delegates.length, 5)
  const { seats } = assignSeats({
    layout,
    delegates,
    categoryOrder: seatingCategoryOrder(draft, eventId),
    honoreeOrder: honoreeDelegateOrder(draft, eventId),
    keep: []
  })
  draft.delegates.halls ??= []
  draft.delegates.halls.push({
    id: ctx.newId(),
    eventId,
    ...layout,
    name: 'Hội trường Ủy ban nhân dân phường',
    seats,
    createdAt: now,
    updatedAt: now
  })
  writeSeatLabels(draft, eventId, null, now)
}
