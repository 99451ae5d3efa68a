import type { ChangeLog } from '../change-log'
import type { Handlers } from '../dispatch'
import type { DatabaseData } from '../schema/database-schema'

type AuditHandlers = Pick<Handlers, 'listAudit' | 'undoLastChange' | 'getUndoState'>

export function auditHandlers(read: () => DatabaseData, changes: ChangeLog): AuditHandlers {
  return {
    listAudit: ({ entityId, limit = 200 }) => {
      const entries = read().audit
      const out = []
      for (let i = entries.length - 1; i >= 0 && out.length < limit; i--) {
        const entry = entries[i]
        if (entry && (entityId === undefined || entry.entityId === entityId)) out.push(entry)
      }
      return out
    },
    undoLastChange: async () => ({ undone: await changes.undo() }),
    getUndoState: () => ({ next: changes.nextUndo() })
  }
}
