import type { EntryKey } from '@pinia/colada'

/**
 * Every query key the renderer uses, made here so that a key and the invalidation that must reach
 * it never drift apart. A key is `[root, ...what it is about]`; invalidating `[root]` reaches every
 * key under that root (all events' rosters, say).
 */
export const keys = {
  rosters: (eventId: string) => ['rosters', eventId] as const,
  roster: (rosterId: string) => ['roster', rosterId] as const,
  delegates: (eventId: string) => ['delegates', eventId] as const
} satisfies Record<string, (...args: never[]) => EntryKey>

/** The roots of keys holding one event's data: any change inside an event may show in them. */
export const eventDataRoots = ['rosters', 'roster', 'delegates'] as const

/**
 * The roots a `dataChanged` event for an entity makes stale. Event-scoped entities reach all event
 * data (a delegate shows in rosters, an honoree in the agenda, everything in the audit log); an
 * entity not listed here reaches everything.
 */
export const rootsChangedBy: Record<string, readonly string[]> = {
  event: eventDataRoots,
  delegate: eventDataRoots,
  import: eventDataRoots,
  roster: eventDataRoots,
  honoree: eventDataRoots,
  decision: eventDataRoots,
  register: eventDataRoots,
  awardRound: eventDataRoots,
  agendaItem: eventDataRoots,
  awardForm: eventDataRoots
}
