import type { RosterStatus } from '@shared/rosters/records'

/** The tag colour of each roster status. */
export const rosterStatusType = {
  draft: 'info',
  submitted: 'warning',
  approved: 'success'
} as const satisfies Record<RosterStatus, string>
