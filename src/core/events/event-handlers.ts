import type { Handlers } from '../dispatch'
import type { FeatureDeps } from '../feature-deps'
import { eventFileHandlers } from './event-file-handlers'
import { eventRecordHandlers } from './event-record-handlers'

type EventHandlers = Pick<
  Handlers,
  | 'listEvents'
  | 'getEvent'
  | 'createEvent'
  | 'updateEvent'
  | 'duplicateEvent'
  | 'archiveEvent'
  | 'deleteEvent'
  | 'openSampleEvent'
  | 'exportEvent'
  | 'importEvent'
>

/** The events feature's handlers: its sub-features' groups combined. */
export function eventHandlers(deps: FeatureDeps): EventHandlers {
  return { ...eventRecordHandlers(deps), ...eventFileHandlers(deps) }
}
