import type { EntryKey } from '@pinia/colada'
import { dataParts, type DataPart } from '@shared/app-events'

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

/** The first element of every key: what `invalidateQueries({ key: [root] })` reaches. */
export type Root = ReturnType<(typeof keys)[keyof typeof keys]>[0]

// What each feature's answers are built from (their handlers read these parts of the data).
const eventParts: readonly DataPart[] = [
  'events',
  'delegates',
  'rosters',
  'honours',
  'agenda',
  'certificates',
  'organisation',
  'settings'
]
const rosterParts: readonly DataPart[] = ['events', 'rosters', 'delegates', 'organisation']
const delegateParts: readonly DataPart[] = ['events', 'delegates']
const honourParts: readonly DataPart[] = [
  'events',
  'honours',
  'agenda',
  'delegates',
  'organisation',
  'settings'
]
const cardParts: readonly DataPart[] = ['events', 'delegates', 'certificates', 'organisation']
const attendanceParts: readonly DataPart[] = [...cardParts, 'rosters']
const movementParts: readonly DataPart[] = ['movement', 'honours', 'events', 'organisation']

/**
 * The parts of the data each root's answers are built from: a change that writes none of them
 * leaves the root's queries alone (an edit to the delegates does not refetch the movement).
 */
export const partsReadBy: Record<Root, readonly DataPart[]> = {
  events: eventParts,
  event: eventParts,
  eventProgress: eventParts,
  rosters: rosterParts,
  roster: rosterParts,
  delegates: delegateParts,
  delegateSetup: delegateParts,
  delegateWarnings: delegateParts,
  honorees: honourParts,
  register: honourParts,
  decisions: honourParts,
  bonus: honourParts,
  certificateOrder: ['events', 'honours', 'agenda', 'certificates', 'delegates', 'organisation'],
  certificateBatchSettings: ['events', 'certificates'],
  agenda: eventParts,
  delegateCategories: cardParts,
  invitationSettings: cardParts,
  hallPlan: ['events', 'delegates', 'honours', 'agenda', 'rosters'],
  attendance: attendanceParts,
  checkInSearch: attendanceParts,
  templates: ['certificates'],
  templatesOfKind: ['certificates'],
  fonts: ['certificates'],
  printerProfiles: ['certificates'],
  // The label sheets are built in: no change reaches them.
  labelSheets: [],
  // Desks live outside the data file; their counts come from the check-ins.
  deskStatus: dataParts,
  // Backups are files beside the data file: any change may be followed by one.
  backups: dataParts,
  audit: ['audit'],
  // Every change (and every undo) is the next one Hoàn tác would revert.
  undo: dataParts,
  awardForms: ['honours'],
  organisation: ['organisation', 'settings'],
  settings: ['organisation', 'settings'],
  units: movementParts,
  emulationTitles: movementParts,
  movements: movementParts,
  movementRecords: movementParts,
  proposals: movementParts,
  councilMeetings: movementParts,
  councilResults: movementParts,
  candidateHistory: movementParts
}
