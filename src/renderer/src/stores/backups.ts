import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { BackupInfo } from '@shared/entities'
import { api } from '../api'
import { useQueryCache } from '@pinia/colada'
import { invalidateAll } from '../queries/invalidation'
import { keys } from '../queries/keys'
import { withBackup } from '../queries/backups'

/** Making and restoring backups; the list itself is read through `useBackupList`. */
export const useBackupsStore = defineStore('backups', () => {
  const cache = useQueryCache()
  const busy = ref(false)

  async function create(name: string): Promise<BackupInfo> {
    busy.value = true
    try {
      const backup = await api.createBackup({ name })
      const list = cache.getQueryData<BackupInfo[]>(keys.backups())
      if (list) cache.setQueryData(keys.backups(), withBackup(list, backup))
      void cache.invalidateQueries({ key: keys.backups() })
      return backup
    } finally {
      busy.value = false
    }
  }

  async function restore(id: string): Promise<BackupInfo> {
    busy.value = true
    try {
      const { restoredFrom } = await api.restoreBackup({ id })
      // Everything may differ now: every screen reads its data again, this list too.
      invalidateAll(cache)
      return restoredFrom
    } finally {
      busy.value = false
    }
  }

  return { busy, create, restore }
})
