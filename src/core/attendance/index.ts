/** The attendance feature's entry point: the check-in desk, attendance and quorum. */
export { attendanceHandlers } from './attendance-handlers'
export { attendanceBoard } from './attendance-board'
export { attendanceFigures, attendanceState } from './attendance-state'
