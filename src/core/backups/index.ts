/** The backups feature's entry point. */
export { backupHandlers } from './backup-handlers'
