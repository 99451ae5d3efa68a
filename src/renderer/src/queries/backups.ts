import { useQuery } from '@pinia/colada'
import type { BackupInfo } from '@shared/entities'
import { api } from '../api'
import { keys } from './keys'

const newestFirst = (list: readonly BackupInfo[]): BackupInfo[] =>
  [...list].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))

/** The backups in the data folder, newest first; read only while `enabled` says so. */
export function useBackupList(enabled: () => boolean = () => true) {
  return useQuery({
    key: keys.backups,
    enabled,
    query: async () => newestFirst(await api.listBackups({}))
  })
}

/** Shows a new backup at the top of the list at once. */
export function withBackup(list: readonly BackupInfo[], backup: BackupInfo): BackupInfo[] {
  return newestFirst([...list.filter((b) => b.id !== backup.id), backup])
}
