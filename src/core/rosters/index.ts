/** The rosters feature's entry point: what the app and other features may use. */
export { rostersHandlers } from './rosters-handlers'
export { approveRosterInDraft, type RosterApprovalInput } from './approval'
export { seedSampleRosters } from './sample-rosters'
export { rosterSummary } from './roster-views'
export { compositionTables } from './roster-layout'
export { delegateIndex } from './member-snapshot'
