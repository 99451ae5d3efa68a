/*
 * Runtime constants of rosters, free of zod so the renderer can import them (see ../records.ts).
 */

export const rosterStatuses = ['draft', 'submitted', 'approved'] as const
export type RosterStatus = (typeof rosterStatuses)[number]

/** The congress's own delegates, the delegation to the upper-level congress, or any other list. */
export const rosterKinds = ['congress', 'upper-congress', 'other'] as const
export type RosterKind = (typeof rosterKinds)[number]

/** Shares a quota may require a minimum of. */
export const quotaCriteria = [
  'women',
  'ethnicMinority',
  'under35',
  'directlyWorking',
  'partyMember',
  'nonPartyMember',
  'religious'
] as const
export type QuotaCriterion = (typeof quotaCriteria)[number]

/** Member fields compared by the version diff, in display order. */
export const memberFieldKeys = [
  'fullName',
  'gender',
  'birthYear',
  'birthDate',
  'ethnicity',
  'religion',
  'position',
  'unit',
  'professionalLevel',
  'politicalTheoryLevel',
  'partyMember',
  'partyJoinDate',
  'category',
  'directlyWorking',
  'phone',
  'notes',
  'custom'
] as const
export type MemberFieldKey = (typeof memberFieldKeys)[number]

/** Columns of the printed delegate list ("danh sách trích ngang"), choosable and orderable. */
export const rosterColumnKeys = [
  'stt',
  'fullName',
  'birthYearMale',
  'birthYearFemale',
  'ethnicity',
  'religion',
  'position',
  'unit',
  'professionalLevel',
  'politicalTheoryLevel',
  'partyMember',
  'category',
  'directlyWorking',
  'phone',
  'notes'
] as const
export type RosterColumnKey = (typeof rosterColumnKeys)[number]

export const defaultRosterColumns: readonly RosterColumnKey[] = [
  'stt',
  'fullName',
  'birthYearMale',
  'birthYearFemale',
  'ethnicity',
  'religion',
  'position',
  'unit',
  'professionalLevel',
  'politicalTheoryLevel',
  'partyMember',
  'notes'
]

export const rosterPdfKinds = ['list', 'attendance', 'composition'] as const
export type RosterPdfKind = (typeof rosterPdfKinds)[number]

/** Print order of a list: Vietnamese name order (given name first) or the roster's own order. */
export const rosterPrintOrders = ['name', 'roster'] as const
export type RosterPrintOrder = (typeof rosterPrintOrders)[number]
