import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { AuditEntry } from '../../../shared/entities'
import { api } from '../api'

export const useAuditStore = defineStore('audit', () => {
  const entries = ref<AuditEntry[]>([])
  const loading = ref(false)

  /** Newest first. */
  async function load(limit = 200): Promise<void> {
    loading.value = true
    try {
      const list = await api.listAudit({ limit })
      entries.value = [...list].sort((a, b) => b.seq - a.seq)
    } finally {
      loading.value = false
    }
  }

  return { entries, loading, load }
})
