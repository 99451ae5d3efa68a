import type { AppEvent } from '@shared/app-events'
import type { StartupNotice } from '@shared/entities'
import { vietnameseCollationSelfTest } from '@shared/text'
import type { AppContext } from './app-context'
import { createAttachmentKeeper } from './attachment-keeper'
import { createChangeLog } from './change-log'
import { createDispatch, type Dispatch, type Handlers } from './dispatch'
import type { FeatureDeps } from './feature-deps'
import { openDocumentHandler, saveUnsavedCopyHandler, type Host } from './host'
import type { DeskControl } from './desk'
import { createJobRegistry } from './jobs/jobs'
import { migrations } from './schema/migrations'
import {
  currentSchemaVersion,
  emptyDatabase,
  validateDatabase,
  validateDatabaseChange,
  type DatabaseData
} from './schema/database-schema'
import { sideFilesOf } from './schema/side-files'
import { findUnsavedCopies, unsavedCopyFileName, unsavedCopyNotices } from './rescue'
import { isLikelySyncedFolder, openDatabase } from './storage/database'
import { serializeData } from './storage/envelope'
import type { CloseOptions, OpenDatabaseOptions } from './storage/database-types'

export interface AppService {
  dispatch: Dispatch
  onEvent(listener: (event: AppEvent) => void): () => void
  /** Resolves when every change so far is durable. */
  flush(): Promise<void>
  /**
   * Resolves once every change so far is on disk; rejects with STORAGE_FAILED naming the cause
   * when the next attempt to write fails (the changes stay in memory, writing goes on).
   */
  whenSaved?(): Promise<void>
  /** Flushes, stops timers and releases the data folder's lock. */
  close(options?: CloseOptions): Promise<void>
  /** The state as a data file when part of it is not on disk (see Database.unsavedCopy). */
  unsavedCopy?(): Buffer | null
}

export interface AppServiceOptions {
  /** The runtime's native features (open a document); without them those methods are refused. */
  host?: Host
  /**
   * Check-in from other computers (the desk listener), made by the runtime around the core;
   * without it (CLI, tests) its methods are refused. Stopped when the service closes.
   */
  desks?: DeskControl
  /** Called with unexpected exceptions (bugs); defaults to console.error. */
  onBug?: (error: unknown) => void
  /** Journal bounds, a compaction observer (benchmarks), a fault-injecting fs (tests). */
  storage?: Pick<
    OpenDatabaseOptions<DatabaseData>,
    'journal' | 'onCompaction' | 'fs' | 'closeTimeoutMs'
  >
}

/** The handlers of the app itself (version, storage, host features) — every service has them. */
export type BaseHandlers = Pick<
  Handlers,
  'getAppInfo' | 'getStorageStatus' | 'openDocument' | 'saveUnsavedCopy'
>

/**
 * Opens the data folder and serves the app's own methods plus the feature handlers `features`
 * makes. The app uses every feature (createAppService); a `dais` command only the few it calls,
 * so it neither loads nor builds the others (their methods answer UNKNOWN_METHOD there).
 */
export async function openService(
  ctx: AppContext,
  options: AppServiceOptions,
  features: (deps: FeatureDeps) => Partial<Handlers>
): Promise<AppService> {
  const db = await openDatabase<DatabaseData>({
    dataDir: ctx.dataDir,
    schemaVersion: currentSchemaVersion,
    migrations,
    defaults: emptyDatabase,
    validate: validateDatabase,
    validateChange: validateDatabaseChange,
    clock: ctx.clock,
    appVersion: ctx.appVersion,
    sideFiles: sideFilesOf,
    ...options.storage
  })
  const listeners = new Set<(event: AppEvent) => void>()
  const emit = (event: AppEvent) => listeners.forEach((l) => l(event))
  const unsubscribeStatus = db.onStatus((status) =>
    emit({ type: 'storageStatus', payload: status })
  )

  const read = () => db.data
  const onBug = options.onBug ?? ((e: unknown) => console.error('Dais bug:', e))
  const attachments = createAttachmentKeeper({
    dataDir: ctx.dataDir,
    read,
    remembered: () => changes.remembered(),
    onError: (error) => console.error('Dais: unused attachment files were not removed:', error)
  })
  const changes = createChangeLog(db, ctx, emit, () => {
    if (!db.readOnly) void attachments.sweep().catch(() => undefined)
  })
  // Left by a change no undo can reach any more (the last run's history is gone) — unless the
  // data was just restored from a backup, whose files the newer attachments may still be.
  if (!db.readOnly && !db.notices.some((n) => n.restoredFrom !== null))
    await attachments.sweep().catch(() => undefined)
  // asked for by getAppInfo only: the collator it makes loads ICU's collation data
  let collation: ReturnType<typeof vietnameseCollationSelfTest> | undefined
  const notices: StartupNotice[] = [...db.notices]
  if (isLikelySyncedFolder(ctx.dataDir)) {
    notices.push({
      kind: 'synced-folder',
      message: `The data folder ${ctx.dataDir} looks like a synced or documents folder; sync clients can lock or roll back the data file.`,
      restoredFrom: null,
      restoredAt: null,
      quarantinedAs: null
    })
  }
  // Copies of unsaved changes are looked for (in folders that may hold thousands of files) when
  // the notices are first asked for, against the data as opened: a `dais` command never asks.
  const opened = { seq: db.openedSeq, data: db.data, dataFile: db.filePath }
  let startupNotices: Promise<StartupNotice[]> | undefined
  const noticesWithCopies = () =>
    (startupNotices ??= findUnsavedCopies(ctx.dataDir, ctx.rescueFolders ?? []).then((copies) =>
      copies.length === 0
        ? notices
        : [
            ...notices,
            ...unsavedCopyNotices(copies, {
              seq: opened.seq,
              checksum: serializeData(opened.data).checksum,
              dataFile: opened.dataFile
            })
          ]
    ))

  const deps: FeatureDeps = {
    read,
    changes,
    db,
    ctx,
    emit,
    jobs: createJobRegistry(),
    attachments,
    ...(options.desks ? { desks: options.desks } : {})
  }
  const handlers: Partial<Handlers> & BaseHandlers = {
    getAppInfo: async () => ({
      appVersion: ctx.appVersion,
      runtime: ctx.runtime === 'electron' ? 'electron' : 'browser',
      dataDir: ctx.dataDir,
      schemaVersion: currentSchemaVersion,
      readOnly: db.readOnly,
      vietnameseCollationOk: (collation ??= vietnameseCollationSelfTest()).ok,
      notices: await noticesWithCopies()
    }),
    getStorageStatus: () => db.status(),
    openDocument: openDocumentHandler(options.host),
    saveUnsavedCopy: saveUnsavedCopyHandler(
      options.host,
      () => db.unsavedCopy(),
      () => unsavedCopyFileName(ctx.dataDir, ctx.clock.now())
    ),
    ...features(deps)
  }

  return {
    dispatch: createDispatch(handlers, onBug),
    onEvent(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    flush: () => db.flush(),
    unsavedCopy: () => db.unsavedCopy(),
    whenSaved: () => db.whenDurable(db.status().seq),
    async close(closeOptions) {
      await options.desks?.close()
      unsubscribeStatus()
      listeners.clear()
      await attachments.settled()
      await db.close(closeOptions)
    }
  }
}
