/** This feature's contract methods, zod-free for the preload (see ../method-names.ts). */
export const rostersMethodNames = [
  'listRosters',
  'getRoster',
  'createRoster',
  'updateRoster',
  'deleteRoster',
  'addRosterMembers',
  'addRosterMember',
  'updateRosterMember',
  'removeRosterMembers',
  'submitRosterVersion',
  'returnRosterToDraft',
  'approveRosters',
  'openRosterVersion',
  'renderRosterPdf',
  'exportRoster'
] as const
