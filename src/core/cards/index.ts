/** The cards feature's entry point. */
export { cardsHandlers } from './cards-handlers'
export { verifyCheckInCode } from './check-in'
