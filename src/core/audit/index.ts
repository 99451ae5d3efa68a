/** The audit feature's entry point. */
export { auditHandlers } from './audit-handlers'
