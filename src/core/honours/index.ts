/** The honours feature's entry point: what the app and other features may use. */
export { honoursHandlers } from './honours-handlers'
export { recordCertificatePrints } from './register'
export { seedSampleHonours } from './sample-honours'
export { newDraftDecision } from './decisions'
