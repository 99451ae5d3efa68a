import type { rostersMethodNames } from '@shared/rosters/method-names'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import { rosterMemberHandlers } from './roster-member-handlers'
import { rosterRecordHandlers } from './roster-record-handlers'
import { rosterVersionHandlers } from './roster-version-handlers'

/** The rosters feature's handlers: its sub-features' groups combined. */
export function rostersHandlers(deps: FeatureDeps): HandlerGroup<typeof rostersMethodNames> {
  return {
    ...rosterRecordHandlers(deps),
    ...rosterMemberHandlers(deps),
    ...rosterVersionHandlers(deps)
  }
}
