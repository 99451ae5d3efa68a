/** The organisation feature's entry point. */
export { organisationHandlers } from './organisation-handlers'
