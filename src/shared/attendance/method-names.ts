/** This feature's contract methods, zod-free for the preload (see ../method-names.ts). */
export const attendanceMethodNames = [
  'searchCheckIn',
  'checkIn',
  'undoCheckIn',
  'checkOut',
  'addGuest',
  'addSubstitute',
  'setAbsence',
  'getAttendance',
  'getAttendanceFigures',
  'saveQuorumRules',
  'renderCredentialsReport',
  'demoCheckIn'
] as const
