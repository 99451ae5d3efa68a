import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { BackupInfo } from '../../../shared/entities'
import { api } from '../api'
import { useQueryCache } from '@pinia/colada'
import { invalidateAll } from '../queries/invalidation'

export const useBackupsStore = defineStore('backups', () => {
  const cache = useQueryCache()
  const items = ref<BackupInfo[]>([])
  const loading = ref(false)
  const busy = ref(false)

  const sorted = computed(() =>
    [...items.value].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))
  )

  async function load(): Promise<void> {
    loading.value = true
    try {
      items.value = await api.listBackups({})
    } finally {
      loading.value = false
    }
  }

  async function create(name: string): Promise<BackupInfo> {
    busy.value = true
    try {
      const backup = await api.createBackup({ name })
      items.value = [...items.value.filter((b) => b.id !== backup.id), backup]
      return backup
    } finally {
      busy.value = false
    }
  }

  async function restore(id: string): Promise<BackupInfo> {
    busy.value = true
    try {
      const { restoredFrom } = await api.restoreBackup({ id })
      // Everything may differ now: every screen reads its data again.
      invalidateAll(cache)
      await load()
      return restoredFrom
    } finally {
      busy.value = false
    }
  }

  return { items, sorted, loading, busy, load, create, restore }
})
