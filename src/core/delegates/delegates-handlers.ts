import type { delegatesMethodNames } from '@shared/delegates/method-names'
import type { FeatureDeps, HandlerGroup } from '../feature-deps'
import { delegateListSettingsHandlers } from './delegate-list-settings-handlers'
import { delegateRecordHandlers } from './delegate-record-handlers'

/** The delegates feature's handlers: its sub-features' groups combined. */
export function delegatesHandlers(deps: FeatureDeps): HandlerGroup<typeof delegatesMethodNames> {
  return { ...delegateRecordHandlers(deps), ...delegateListSettingsHandlers(deps) }
}
