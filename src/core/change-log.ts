import { applyPatches, type Patch } from 'immer'
import { dataParts, type AppEvent, type DataPart } from '@shared/app-events'
import type { AuditAction, AuditChange, AuditEntry } from '@shared/entities'
import { AppError } from '@shared/result'
import type { AppContext } from './app-context'
import type { DatabaseData } from './schema/database-schema'
import type { Database } from './storage/database-types'
import { undoOverlaps } from './undo-overlap'

export interface ChangeOutcome<R> {
  value: R
  entityId: string
  subject: string
  changes: AuditChange[]
}

export interface ChangeMeta {
  entity: AuditEntry['entity']
  action: AuditAction
  /**
   * Answer only once the change is on disk (a large or weighty change: an import, a bulk edit,
   * issuing a decision); a failed write answers STORAGE_FAILED instead of "ok".
   */
  durable?: boolean
  /**
   * False for a change that can never be taken back (issuing register numbers, restoring a
   * backup): it also ends the undo history, before anyone hears of the change.
   */
  undoable?: false
  /**
   * False for a preference such as the screen's language: logged, but never offered to Hoàn tác,
   * and the undo history stays as it was (the user's last real change is still the one undone).
   */
  remembered?: false
  /**
   * A change at the door (a check-in, a check-out, a guest or a substitute, at a desk or on the
   * check-in screen): it is taken back there, by its own undo (undoCheckIn), never by Hoàn tác,
   * which undoes the newest change the secretariat made whatever the desks did since.
   */
  door?: true
}

interface UndoStep {
  entry: AuditEntry
  patches: Patch[]
  door: boolean
}

/** Changes Hoàn tác can take back, and door changes kept to check those against. */
const undoDepth = 50
const doorDepth = 2_000

/** Field-level differences between two versions of one record, for the audit log. */
export function diffFields(before: object | undefined, after: object | undefined): AuditChange[] {
  const a = (before ?? {}) as Record<string, unknown>
  const b = (after ?? {}) as Record<string, unknown>
  const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])]
  return keys
    .filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]))
    .map((field) => ({ field, before: a[field] ?? null, after: b[field] ?? null }))
}

/** The top-level parts of the data that patches write; a patch of the whole data writes them all. */
export function partsWritten(patches: readonly Patch[]): DataPart[] {
  if (patches.some((p) => p.path.length === 0)) return [...dataParts]
  const written = new Set(patches.map((p) => p.path[0]))
  return dataParts.filter((part) => written.has(part))
}

/**
 * Every change to the database goes through here: it runs all-or-nothing on a draft, appends
 * the audit entry in the same write, and remembers how to undo it.
 */
export function createChangeLog(
  db: Database<DatabaseData>,
  ctx: AppContext,
  emit: (event: AppEvent) => void,
  /** Told when undo steps are forgotten: what only they could bring back is now gone for good. */
  onForget: () => void = () => undefined
) {
  const undoSteps: UndoStep[] = []
  const undoable = () => undoSteps.filter((step) => !step.door).length
  /** Within the bounds: forgetting a door change forgets the older changes too (they need it). */
  const trimmed = () => {
    let count = 0
    for (let left = undoable(); left > undoDepth; count += 1) if (!undoSteps[count]!.door) left -= 1
    return Math.max(count, undoSteps.length - undoDepth - doorDepth)
  }
  /** Forgets the oldest `count` steps; `all` also tells when there was nothing to forget. */
  const forget = (count: number, all = false) => {
    if (count <= 0 && !all) return
    undoSteps.splice(0, Math.max(count, 0))
    onForget()
  }

  const audit = (
    draft: DatabaseData,
    meta: ChangeMeta & { undoneAction?: string },
    outcome: Omit<ChangeOutcome<unknown>, 'value'>
  ): AuditEntry => {
    const last = draft.audit[draft.audit.length - 1]
    const entry: AuditEntry = {
      id: ctx.newId(),
      seq: (last?.seq ?? 0) + 1,
      at: ctx.clock.now().toISOString(),
      operator: draft.settings.operatorName,
      entity: meta.entity,
      entityId: outcome.entityId,
      action: meta.action,
      subject: outcome.subject,
      ...(meta.undoneAction ? { undoneAction: meta.undoneAction } : {}),
      changes: outcome.changes
    }
    draft.audit.push(entry)
    return entry
  }

  async function apply<R>(
    meta: ChangeMeta,
    recipe: (draft: DatabaseData) => ChangeOutcome<R>
  ): Promise<R> {
    let outcome: ChangeOutcome<R> | undefined
    let entry: AuditEntry | undefined
    const result = await db.mutate((draft) => {
      outcome = recipe(draft)
      entry = audit(draft, meta, outcome)
    })
    const done = outcome as ChangeOutcome<R>
    const written = partsWritten(result.inversePatches as Patch[])
    const patches = (result.inversePatches as Patch[]).filter((p) => p.path[0] !== 'audit')
    if (meta.undoable === false) forget(undoSteps.length, true)
    else if (meta.remembered !== false && patches.length > 0) {
      undoSteps.push({ entry: entry as AuditEntry, patches, door: meta.door === true })
      forget(trimmed())
    }
    emit({
      type: 'dataChanged',
      payload: { entity: meta.entity, entityId: done.entityId, parts: written }
    })
    if (meta.durable) await db.whenDurable(result.seq)
    return done.value
  }

  const newestUndoable = () => undoSteps.findLastIndex((step) => !step.door)

  /**
   * Reverts the newest change the secretariat made (door changes since are left as they are) and
   * logs the undo; returns the undo's entry. Refused (CONFLICT, reason `door`) when the door
   * changes since touched what it would revert.
   */
  async function undo(): Promise<AuditEntry> {
    const index = newestUndoable()
    const step = undoSteps[index]
    if (!step) throw new AppError('NOTHING_TO_UNDO', 'There is nothing to undo.')
    const { entry } = step
    const since = undoSteps.slice(index + 1).flatMap((later) => later.patches)
    if (undoOverlaps(step.patches, since))
      throw new AppError(
        'CONFLICT',
        'Check-ins at the door since changed what this would undo; it can no longer be undone.',
        { reason: 'door', entry }
      )
    let logged: AuditEntry | undefined
    const result = await db.mutate((draft) => {
      applyPatches(draft, step.patches)
      logged = audit(
        draft,
        { entity: entry.entity, action: 'undo', undoneAction: entry.action },
        { entityId: entry.entityId, subject: entry.subject, changes: [] }
      )
    })
    undoSteps.splice(index, 1)
    const parts = partsWritten(result.inversePatches as Patch[])
    emit({
      type: 'dataChanged',
      payload: { entity: entry.entity, entityId: entry.entityId, parts }
    })
    return logged as AuditEntry
  }

  /** The change an undo would revert now, or null when there is none. */
  const nextUndo = (): AuditEntry | null => undoSteps[newestUndoable()]?.entry ?? null

  return {
    apply,
    undo,
    nextUndo,
    forgetUndo: () => forget(undoSteps.length, true),
    /** What the remembered undo steps would put back (for keeping the files they name). */
    remembered: (): readonly Patch[] => undoSteps.flatMap((step) => step.patches)
  }
}

export type ChangeLog = ReturnType<typeof createChangeLog>
