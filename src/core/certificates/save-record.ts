import type { AuditEntry } from '@shared/entities'
import { diffFields, type ChangeLog } from '../change-log'
import type { DatabaseData } from '../schema/database-schema'

/**
 * Puts `saved` in its list (in place of the record with its id, else at the end) as one audited
 * create or update; the audit names the fields that changed, not the time stamp.
 */
export function saveRecord<R extends { id: string; name: string }>(
  changes: ChangeLog,
  entity: AuditEntry['entity'],
  listIn: (draft: DatabaseData) => R[],
  existing: R | undefined,
  saved: R
): Promise<R> {
  return changes.apply({ entity, action: existing ? 'update' : 'create' }, (draft) => {
    const list = listIn(draft)
    const i = list.findIndex((x) => x.id === saved.id)
    if (i >= 0) list[i] = saved
    else list.push(saved)
    return {
      value: saved,
      entityId: saved.id,
      subject: saved.name,
      changes: diffFields(existing, saved).filter((c) => c.field !== 'updatedAt')
    }
  })
}
