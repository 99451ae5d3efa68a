import { useQuery } from '@pinia/colada'
import type { AuditEntry } from '@shared/entities'
import { api } from '../api'
import { keys } from './keys'

/** The audit log's latest `limit` entries, newest first. */
export function useAuditLog(limit = 200) {
  return useQuery({
    key: keys.audit,
    query: async (): Promise<AuditEntry[]> =>
      [...(await api.listAudit({ limit }))].sort((a, b) => b.seq - a.seq)
  })
}
