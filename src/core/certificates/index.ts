/** The certificates feature's entry point. */
export { certificatesHandlers } from './certificates-handlers'
