import type { FeatureDeps } from '../feature-deps'
import { eventFileHandlers } from './event-file-handlers'
import { eventRecordHandlers } from './event-record-handlers'

/** The events feature's handlers: its sub-features' groups combined. */
export function eventHandlers(deps: FeatureDeps) {
  return { ...eventRecordHandlers(deps), ...eventFileHandlers(deps) }
}
