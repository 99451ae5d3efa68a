import { defineStore } from 'pinia'
import { useQueryCache } from '@pinia/colada'
import { ref } from 'vue'
import type {
  MemberFields,
  Quota,
  RosterPrintOptions,
  RosterSummary,
  RosterView
} from '@shared/rosters/entities'
import type { RosterKind } from '@shared/rosters/records'
import { api } from '../api'
import { keys } from '../queries/keys'

export interface ApprovalFields {
  approvedBy: string
  basis: string
  documentNumber: string
  decidedOn: string | null
}

/**
 * The rosters screen's own state (which event, which roster is open, a change under way) and the
 * changes to rosters. The rosters themselves are read through queries/rosters.ts; a change's
 * answer is put in that cache and the keys it makes stale are invalidated.
 */
export const useRostersStore = defineStore('rosters', () => {
  const cache = useQueryCache()
  const eventId = ref<string | null>(null)
  const selectedId = ref<string | null>(null)
  const busy = ref(false)

  const refreshList = () => {
    if (eventId.value) void cache.invalidateQueries({ key: keys.rosters(eventId.value) })
  }

  /** Runs one change to a roster, shows its answer at once and refreshes the list's cards. */
  async function change(run: () => Promise<RosterView>): Promise<RosterView> {
    busy.value = true
    try {
      const view = await run()
      cache.setQueryData(keys.roster(view.id), view)
      selectedId.value = view.id
      refreshList()
      return view
    } finally {
      busy.value = false
    }
  }

  const rosterId = () => {
    if (!selectedId.value) throw new Error('no roster is open')
    return selectedId.value
  }

  return {
    eventId,
    selectedId,
    busy,
    /** Opens a roster; it is read (or taken from the cache) by the screen's query. */
    open(id: string): Promise<void> {
      selectedId.value = id
      return Promise.resolve()
    },
    create: (name: string, kind: RosterKind) =>
      change(() => api.createRoster({ eventId: eventId.value as string, name, kind })),
    update: (patch: { name?: string; kind?: RosterKind; quota?: Quota }) =>
      change(() => api.updateRoster({ id: rosterId(), patch })),
    async remove(): Promise<void> {
      const id = rosterId()
      await api.deleteRoster({ id })
      if (eventId.value)
        cache.setQueryData(keys.rosters(eventId.value), (list: RosterSummary[] | undefined) =>
          (list ?? []).filter((r) => r.id !== id)
        )
      selectedId.value = null
      refreshList()
    },
    addMembers: (delegateIds: string[]) =>
      change(() => api.addRosterMembers({ rosterId: rosterId(), delegateIds })),
    addDirect: (fields: MemberFields) =>
      change(() => api.addRosterMember({ rosterId: rosterId(), fields })),
    updateDirect: (memberId: string, patch: Partial<MemberFields>) =>
      change(() => api.updateRosterMember({ rosterId: rosterId(), memberId, patch })),
    removeMembers: (memberIds: string[]) =>
      change(() => api.removeRosterMembers({ rosterId: rosterId(), memberIds })),
    submit: () => change(() => api.submitRosterVersion({ rosterId: rosterId() })),
    returnToDraft: () => change(() => api.returnRosterToDraft({ rosterId: rosterId() })),
    openVersion: (reason: string) =>
      change(() => api.openRosterVersion({ rosterId: rosterId(), reason })),
    /** Approves the newest version of several rosters at once; both the cards and rosters refresh. */
    async approve(rosterIds: string[], fields: ApprovalFields): Promise<number> {
      busy.value = true
      try {
        const { approved } = await api.approveRosters({ rosterIds, ...fields })
        refreshList()
        for (const id of rosterIds) void cache.invalidateQueries({ key: keys.roster(id) })
        return approved.length
      } finally {
        busy.value = false
      }
    },
    print: (version: number, options: RosterPrintOptions) =>
      api.renderRosterPdf({ rosterId: rosterId(), version, options }),
    exportFile: (version: number, format: 'xlsx' | 'csv') =>
      api.exportRoster({ rosterId: rosterId(), version, format })
  }
})
