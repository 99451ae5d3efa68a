/** The movement feature's entry point: what the app and other features may use. */
export { movementHandlers } from './movement-handlers'
export { proposalsHandlers } from './proposals-handlers'
export { seedSampleMovement } from './sample-movement'
