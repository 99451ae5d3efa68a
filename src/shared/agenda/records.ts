/* Zod-free constants and plain helpers of the agenda, safe for the renderer. */

export const agendaItemKinds = [
  'welcome',
  'flag-salute',
  'guests',
  'vote',
  'opening-speech',
  'report',
  'talk',
  'guidance-speech',
  'decision',
  'award-round',
  'launch',
  'performance',
  'break',
  'closing',
  'photo',
  'other'
] as const
export type AgendaItemKind = (typeof agendaItemKinds)[number]

export const voteModes = ['counted', 'cards-unanimous'] as const
export type VoteMode = (typeof voteModes)[number]

/** What a vote approved; a delegation roster links to the rosters feature's approval. */
export const voteSubjects = [
  'presidium',
  'secretariat',
  'programme',
  'delegation-roster',
  'other'
] as const
export type VoteSubject = (typeof voteSubjects)[number]

export const agendaDocumentKinds = [
  'programme',
  'run-sheet',
  'mc-script',
  'tray-lists',
  'seating',
  'timeline'
] as const
export type AgendaDocumentKind = (typeof agendaDocumentKinds)[number]

export const defaultStageCapacity = 8
export const maxDurationMinutes = 24 * 60
