import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Delegate } from '../../../shared/delegates/entities'
import type {
  MemberFields,
  Quota,
  RosterPrintOptions,
  RosterSummary,
  RosterView
} from '../../../shared/rosters/entities'
import type { RosterKind } from '../../../shared/rosters/records'
import { api } from '../api'

export interface ApprovalFields {
  approvedBy: string
  basis: string
  documentNumber: string
  decidedOn: string | null
}

/** The rosters of one event, the open roster with all its versions, and the event's delegates. */
export const useRostersStore = defineStore('rosters', () => {
  const eventId = ref<string | null>(null)
  const summaries = ref<RosterSummary[]>([])
  const current = ref<RosterView | null>(null)
  const delegates = ref<Delegate[]>([])
  const busy = ref(false)

  const currentId = computed(() => current.value?.id ?? null)

  /** Every read takes a ticket; only the newest one's answer is shown (reloads overlap). */
  let ticket = 0

  async function load(id: string): Promise<void> {
    const mine = ++ticket
    eventId.value = id
    const [list, people] = await Promise.all([
      api.listRosters({ eventId: id }),
      api.listDelegates({ eventId: id }).catch(() => [] as Delegate[])
    ])
    const keep = list.find((r) => r.id === currentId.value) ?? list[0]
    const view = keep ? await api.getRoster({ id: keep.id }) : null
    if (mine !== ticket) return
    summaries.value = list
    delegates.value = people
    current.value = view
  }

  async function open(id: string): Promise<void> {
    const mine = ++ticket
    const view = await api.getRoster({ id })
    if (mine === ticket) current.value = view
  }

  async function refreshList(): Promise<void> {
    if (!eventId.value) return
    const mine = ++ticket
    const list = await api.listRosters({ eventId: eventId.value })
    if (mine === ticket) summaries.value = list
  }

  /** Runs one change to the open roster and shows its result. */
  async function change(run: () => Promise<RosterView>): Promise<RosterView> {
    busy.value = true
    try {
      const view = await run()
      ++ticket
      current.value = view
      await refreshList()
      return view
    } finally {
      busy.value = false
    }
  }

  const rosterId = () => {
    if (!current.value) throw new Error('no roster is open')
    return current.value.id
  }

  return {
    eventId,
    summaries,
    current,
    delegates,
    busy,
    load,
    open,
    create: (name: string, kind: RosterKind) =>
      change(() => api.createRoster({ eventId: eventId.value as string, name, kind })),
    update: (patch: { name?: string; kind?: RosterKind; quota?: Quota }) =>
      change(() => api.updateRoster({ id: rosterId(), patch })),
    async remove(): Promise<void> {
      await api.deleteRoster({ id: rosterId() })
      current.value = null
      if (eventId.value) await load(eventId.value)
    },
    addMembers: (delegateIds: string[]) =>
      change(() => api.addRosterMembers({ rosterId: rosterId(), delegateIds })),
    addDirect: (fields: MemberFields) =>
      change(() => api.addRosterMember({ rosterId: rosterId(), fields })),
    removeMembers: (memberIds: string[]) =>
      change(() => api.removeRosterMembers({ rosterId: rosterId(), memberIds })),
    submit: () => change(() => api.submitRosterVersion({ rosterId: rosterId() })),
    returnToDraft: () => change(() => api.returnRosterToDraft({ rosterId: rosterId() })),
    openVersion: (reason: string) =>
      change(() => api.openRosterVersion({ rosterId: rosterId(), reason })),
    async approve(rosterIds: string[], fields: ApprovalFields): Promise<number> {
      busy.value = true
      try {
        const { approved } = await api.approveRosters({ rosterIds, ...fields })
        await refreshList()
        if (current.value) await open(current.value.id)
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
