import type { AppEvent } from '@shared/app-events'
import type { AppContext } from './app-context'
import type { AttachmentKeeper } from './attachment-keeper'
import type { DeskControl } from './desk'
import type { ChangeLog } from './change-log'
import type { Handlers } from './dispatch'
import type { JobRegistry } from './jobs/jobs'
import type { DatabaseData } from './schema/database-schema'
import type { Database } from './storage/database-types'

/** What every feature's handler group is built from (see app-service.ts). */
export interface FeatureDeps {
  /** The committed, frozen state. */
  read: () => DatabaseData
  /** All-or-nothing, audited, undoable mutations. */
  changes: ChangeLog
  db: Database<DatabaseData>
  ctx: AppContext
  emit: (event: AppEvent) => void
  /** Long jobs by id, shared so one cancelJob reaches any feature's job. */
  jobs?: JobRegistry
  /** Removes attachment files nothing names any more (absent in narrow test harnesses). */
  attachments?: AttachmentKeeper
  /** The desk listener, a host feature (absent for the CLI and in tests: its methods refuse). */
  desks?: DeskControl
}

export type HandlerGroup<Names extends readonly string[]> = Pick<
  Handlers,
  Extract<Names[number], keyof Handlers>
>
