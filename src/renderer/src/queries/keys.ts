import type { EntryKey } from '@pinia/colada'

/**
 * Every query key the renderer uses, made here so that a key and the invalidation that must reach
 * it never drift apart. A key is `[root, ...what it is about]`; invalidating `[root]` reaches every
 * key under that root (all events' rosters, say).
 */
export const keys = {
  events: () => ['events'] as const,
  eventList: (includeArchived: boolean) =>
    ['events', includeArchived ? 'with-archived' : 'current'] as const,
  event: (eventId: string) => ['event', eventId] as const,
  eventProgress: (eventId: string) => ['eventProgress', eventId] as const,
  rosters: (eventId: string) => ['rosters', eventId] as const,
  roster: (rosterId: string) => ['roster', rosterId] as const,
  delegates: (eventId: string) => ['delegates', eventId] as const,
  delegateSetup: (eventId: string) => ['delegateSetup', eventId] as const,
  delegateWarnings: (eventId: string) => ['delegateWarnings', eventId] as const,
  honorees: (eventId: string) => ['honorees', eventId] as const,
  register: (eventId: string) => ['register', eventId] as const,
  decisions: (eventId: string) => ['decisions', eventId] as const,
  certificateOrder: (eventId: string, decisionId: string) =>
    ['certificateOrder', eventId, decisionId] as const,
  bonus: (decisionId: string) => ['bonus', decisionId] as const,
  agenda: (eventId: string) => ['agenda', eventId] as const,
  delegateCategories: (eventId: string) => ['delegateCategories', eventId] as const,
  invitationSettings: (eventId: string) => ['invitationSettings', eventId] as const,
  certificateBatchSettings: (eventId: string) => ['certificateBatchSettings', eventId] as const,
  hallPlan: (eventId: string) => ['hallPlan', eventId] as const,
  templates: () => ['templates'] as const,
  deskStatus: () => ['deskStatus'] as const,
  templatesOfKind: (kind: string) => ['templatesOfKind', kind] as const,
  fonts: () => ['fonts'] as const,
  labelSheets: () => ['labelSheets'] as const,
  printerProfiles: () => ['printerProfiles'] as const,
  audit: () => ['audit'] as const,
  backups: () => ['backups'] as const,
  undo: () => ['undo'] as const,
  awardForms: () => ['awardForms'] as const,
  awardFormList: () => ['awardForms', 'list'] as const,
  organisation: () => ['organisation'] as const,
  settings: () => ['settings'] as const,
  attendance: (eventId: string) => ['attendance', eventId] as const,
  attendanceFigures: (eventId: string) => ['attendance', eventId, 'figures'] as const,
  checkInSearch: (eventId: string, query: string) => ['checkInSearch', eventId, query] as const,
  units: () => ['units'] as const,
  emulationTitles: () => ['emulationTitles'] as const,
  movements: () => ['movements'] as const,
  movementRecords: (fromYear: number, toYear: number) =>
    ['movementRecords', fromYear, toYear] as const,
  proposals: () => ['proposals'] as const,
  councilMeetings: () => ['councilMeetings'] as const,
  councilResults: (meetingId: string) => ['councilResults', meetingId] as const,
  candidateHistory: (name: string, unitId: string | null) =>
    ['candidateHistory', name, unitId ?? ''] as const
} satisfies Record<string, (...args: never[]) => EntryKey>

/**
 * The roots of keys holding event data: any change inside an event may show in any of them (a
 * delegate in rosters, an honoree in the agenda and the certificates, everything in the audit log).
 */
export const eventDataRoots = [
  'events',
  'event',
  'eventProgress',
  'rosters',
  'roster',
  'delegates',
  'delegateSetup',
  'delegateWarnings',
  'honorees',
  'register',
  'decisions',
  'certificateOrder',
  'bonus',
  'agenda',
  'audit',
  'delegateCategories',
  'invitationSettings',
  'certificateBatchSettings',
  'hallPlan',
  'attendance',
  'checkInSearch',
  // Every change is the next one Hoàn tác would revert.
  'undo'
] as const

/** The roots of the organisation's movement data (units, years, proposals, the council). */
export const movementDataRoots = [
  'units',
  'emulationTitles',
  'movements',
  'movementRecords',
  'proposals',
  'councilMeetings',
  'councilResults',
  'candidateHistory',
  'audit',
  'undo'
] as const

/**
 * The roots a `dataChanged` event for an entity makes stale. An entity not listed here (the
 * organisation, settings, award forms, templates, printer profiles, fonts, a restored backup)
 * reaches every query: they are few, rare changes that many screens show.
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
  // A check-in at the door moves only who is present: the desk, the board, the log.
  checkIn: ['attendance', 'checkInSearch', 'audit', 'undo'],
  hallPlan: eventDataRoots,
  unit: movementDataRoots,
  emulationTitle: movementDataRoots,
  movement: movementDataRoots,
  registration: movementDataRoots,
  proposal: movementDataRoots
}
