import type { attendanceMethodNames } from '@shared/attendance/method-names'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import { checkInArrivalHandlers } from './check-in-arrival-handlers'
import { checkOutAndUndoHandlers } from './check-out-handlers'
import { peopleAtDeskHandlers } from './people-at-desk-handlers'

type DeskMethods = Exclude<
  (typeof attendanceMethodNames)[number],
  | 'getAttendance'
  | 'getAttendanceFigures'
  | 'saveQuorumRules'
  | 'setAbsence'
  | 'renderCredentialsReport'
  | 'demoCheckIn'
>

/** The check-in desk: every method a desk may call (search, check in, undo, …). */
export function checkInHandlers(deps: FeatureDeps): HandlerGroup<DeskMethods[]> {
  return {
    ...checkInArrivalHandlers(deps),
    ...checkOutAndUndoHandlers(deps),
    ...peopleAtDeskHandlers(deps)
  }
}
