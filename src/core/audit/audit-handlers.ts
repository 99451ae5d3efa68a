import type { Handlers } from '../dispatch'
import type { FeatureDeps } from '../feature-deps'

type AuditHandlers = Pick<Handlers, 'listAudit' | 'undoLastChange' | 'getUndoState'>

export function auditHandlers({ read, changes }: FeatureDeps): AuditHandlers {
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
