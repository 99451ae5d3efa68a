/** The import feature's entry point: what the app and other features may use. */
export { importHandlers } from './import-handlers'
export { delegatesTable } from './office-tables'
