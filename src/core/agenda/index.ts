/** The agenda feature's entry point: what the app and other features may use. */
export { agendaHandlers } from './agenda-handlers'
export { eventRounds, honoreeViews, releaseHonoreeFromRounds } from './agenda-views'
export { seedSampleAgenda } from './sample-agenda'
