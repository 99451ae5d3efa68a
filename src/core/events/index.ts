/** The events feature's entry point: what the app and other features may use. */
export { eventHandlers } from './event-handlers'
export { eventProgressHandlers } from './event-progress'
export type { SampleEvent, SampleSeedContext, SampleSeeder } from './sample-event'
