import type { Handlers } from '../dispatch'
import type { FeatureDeps } from '../feature-deps'

type BackupHandlers = Pick<Handlers, 'listBackups' | 'createBackup' | 'restoreBackup'>

export function backupHandlers({ db, changes }: FeatureDeps): BackupHandlers {
  return {
    listBackups: () => db.listBackups(),
    createBackup: ({ name }) => db.createNamedBackup(name),
    restoreBackup: async ({ id }) => {
      const restoredFrom = await db.restoreBackup(id)
      changes.forgetUndo()
      const restore = { entity: 'backup', action: 'restore', undoable: false } as const
      await changes.apply(restore, () => ({
        value: undefined,
        entityId: restoredFrom.id,
        subject: restoredFrom.name || restoredFrom.createdAt,
        changes: []
      }))
      return { restoredFrom }
    }
  }
}
