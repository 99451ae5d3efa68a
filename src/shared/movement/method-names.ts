/** This feature's contract methods, zod-free for the preload (see ../method-names.ts). */
export const movementMethodNames = [
  'listUnits',
  'createUnit',
  'updateUnit',
  'deleteUnits',
  'listEmulationTitles',
  'createEmulationTitle',
  'updateEmulationTitle',
  'deleteEmulationTitle',
  'listMovements',
  'createMovement',
  'updateMovement',
  'deleteMovement',
  'listRegistrations',
  'saveRegistration',
  'deleteRegistration',
  'listHouseholdTallies',
  'listMovementRecords',
  'saveHouseholdTally',
  'getProgress',
  'exportProgressPdf',
  'exportRegistrationForm',
  'exportMovementTable'
] as const

export const proposalsMethodNames = [
  'listProposals',
  'createProposal',
  'updateProposal',
  'deleteProposal',
  'addProposalAttachment',
  'getProposalAttachment',
  'removeProposalAttachment',
  'getCandidateHistory',
  'listCouncilMeetings',
  'createCouncilMeeting',
  'updateCouncilMeeting',
  'deleteCouncilMeeting',
  'getCouncilResults',
  'exportCouncilMinutesPdf',
  'exportCouncilSubmissionPdf',
  'draftDecisionsFromCouncil'
] as const
