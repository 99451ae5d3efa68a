import { computed, ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessageBox } from 'element-plus/es/components/message-box/index.mjs'
import type { AgendaOverview } from '@shared/agenda/contract'
import type { AgendaItem, AgendaItemFields, VoteInput } from '@shared/agenda/entities'
import { computeSchedule, formatClock } from '@shared/agenda/clock'
import { voteProblem } from '@shared/agenda/vote-rules'
import { fieldErrors } from '../../errors'
import { useAttendance } from '../../queries/attendance'
import { useAgendaStore } from '../../stores/agenda'
import { trackUnsavedEdit } from '../../unsaved-edits'
import { useNotify } from '../../use-notify'
import type { ItemFieldName } from './AgendaItemDialog.vue'
import type { useRehearsal } from './use-rehearsal'

/** The programme item dialog (add after the last item, edit) and deleting an item. */
export function useAgendaItemEditor(items: Ref<AgendaItem[]>) {
  const { t } = useI18n()
  const store = useAgendaStore()
  const notify = useNotify()

  const dialogOpen = ref(false)
  const editing = ref<AgendaItem | null>(null)
  const insertAfter = ref<string | null>(null)
  const serverErrors = ref<Partial<Record<ItemFieldName, string>>>({})
  const fields = ['title', 'durationMinutes', 'fixedStart', 'presenterDelegateId'] as const

  function openCreate(): void {
    editing.value = null
    insertAfter.value = items.value[items.value.length - 1]?.id ?? null
    serverErrors.value = {}
    dialogOpen.value = true
  }
  function openEdit(item: AgendaItem): void {
    editing.value = item
    serverErrors.value = {}
    dialogOpen.value = true
  }
  async function submit(values: Omit<AgendaItemFields, 'vote'>): Promise<void> {
    try {
      if (editing.value) await store.updateItem(editing.value.id, values)
      else await store.createItem(insertAfter.value, values)
      dialogOpen.value = false
      notify.success(t('agenda.form.saved'))
    } catch (error) {
      serverErrors.value = translated(fieldErrors(error, fields), values)
      if (Object.keys(serverErrors.value).length === 0) notify.error(error)
    }
  }

  /** The core's field messages in the user's language, recomputed from the values sent. */
  function translated(
    errors: Partial<Record<ItemFieldName, string>>,
    values: Omit<AgendaItemFields, 'vote'>
  ): Partial<Record<ItemFieldName, string>> {
    const out = { ...errors }
    if (out.presenterDelegateId !== undefined) {
      out.presenterDelegateId =
        values.presenterFromRoster && !values.presenterDelegateId
          ? t('agenda.form.presenterRequired')
          : t('agenda.form.presenterNotOnRoster')
    }
    const e = store.event
    if (out.fixedStart !== undefined && e) {
      const id = editing.value?.id ?? 'new'
      const planned = editing.value
        ? items.value.map((i) => (i.id === id ? { ...i, ...values } : i))
        : [...items.value, { ...values, id, actualStart: null, actualEnd: null }]
      const clash = computeSchedule({
        date: e.date,
        startTime: e.startTime,
        plannedEnd: null,
        items: planned.map((i) => ({ ...i, actualStart: null, actualEnd: null }))
      }).items.find((i) => i.fixedStartConflict)
      if (clash?.fixedStartConflict) {
        const title = planned.find((i) => i.id === clash.id)?.title ?? ''
        out.fixedStart = t('agenda.form.fixedStartConflict', {
          title,
          fixed: formatClock(clash.fixedStartConflict.fixedStart),
          end: formatClock(clash.fixedStartConflict.previousEnd)
        })
      }
    }
    return out
  }

  async function remove(item: AgendaItem): Promise<void> {
    try {
      await ElMessageBox.confirm(t('agenda.items.deleteConfirm', { title: item.title }), {
        type: 'warning',
        confirmButtonText: t('agenda.items.delete'),
        cancelButtonText: t('agenda.form.cancel')
      })
    } catch {
      return
    }
    try {
      await store.deleteItem(item.id)
      notify.success(t('agenda.items.deleted'))
    } catch (error) {
      notify.error(error)
    }
  }

  return { dialogOpen, editing, serverErrors, openCreate, openEdit, submit, remove }
}

/**
 * Recording an item's vote; a delegation approved short of its quota is warned about. While a
 * rehearsal runs in this window the vote is the rehearsal's: kept in it, approving nothing.
 */
export function useAgendaVote(
  overview: Ref<AgendaOverview | null>,
  rehearsal: ReturnType<typeof useRehearsal>
) {
  const { t } = useI18n()
  const store = useAgendaStore()
  const notify = useNotify()

  const voteOpen = ref(false)
  const voteItem = ref<AgendaItem | null>(null)
  const voteError = ref('')
  function openVote(item: AgendaItem): void {
    voteItem.value = rehearsal.withVote(item)
    voteError.value = ''
    voteOpen.value = true
  }
  async function submitVote(vote: VoteInput | null, documentNumber: string) {
    if (!voteItem.value) return
    const problem = vote ? voteProblem(vote) : null
    if (problem) {
      voteError.value = t(`agenda.vote.problems.${problem}`)
      return
    }
    const roster = overview.value?.rosters.find((r) => r.id === vote?.rosterId)
    const short = vote?.subject === 'delegation-roster' && roster && !roster.quotaOk
    if (rehearsal.active.value) {
      rehearsal.recordVote(
        voteItem.value.id,
        vote && { ...vote, recordedAt: new Date().toISOString(), attendance: null }
      )
      voteOpen.value = false
      notify.success(t('agenda.vote.rehearsalRecorded'))
      if (short) notify.warning(t('rosters.approve.quotaWarning', { names: roster.name }))
      return
    }
    try {
      const recorded = await store.recordVote(voteItem.value.id, vote, documentNumber)
      voteOpen.value = false
      notify.success(t('agenda.vote.recorded'))
      const door = recorded.vote?.attendance
      if (door && !door.quorumMet) notify.warning(t('agenda.vote.noQuorum', door))
      // Approved by the vote while short of its quota: the same warning as the Phê duyệt dialog.
      const after = overview.value?.rosters.find((r) => r.id === vote?.rosterId)
      if (vote?.subject === 'delegation-roster' && after?.status === 'approved' && !after.quotaOk)
        notify.warning(t('rosters.approve.quotaWarning', { names: after.name }))
    } catch (error) {
      voteError.value = error instanceof Error ? error.message : String(error)
    }
  }

  /** The door's figures and quorum rules, read while the dialog is open. */
  const door = useAttendance(
    () => store.event?.id ?? '',
    () => voteOpen.value
  )
  const voteDoor = computed(() => door.data.value ?? null)

  return { voteOpen, voteItem, voteError, voteDoor, openVote, submitVote }
}

/** The planned end of the day, typed as HH:MM (or H:MM) and saved when it is valid and new. */
export function useAgendaPlannedEnd(overview: Ref<AgendaOverview | null>) {
  const { t } = useI18n()
  const store = useAgendaStore()
  const notify = useNotify()

  const plannedEnd = ref('')
  watch(
    () => overview.value?.settings.plannedEnd,
    (v) => (plannedEnd.value = v ?? ''),
    { immediate: true }
  )
  /** The typed time as stored (`07:05` for `7:05`), or undefined when it is not a time. */
  const typed = computed(() => {
    const v = plannedEnd.value.trim()
    const padded = /^\d:/.test(v) ? `0${v}` : v
    return v === '' || /^([01]\d|2[0-3]):[0-5]\d$/.test(padded) ? padded : undefined
  })
  const error = computed(() =>
    typed.value === undefined ? t('agenda.form.fixedStartInvalid') : ''
  )
  const changed = () =>
    (typed.value ?? plannedEnd.value) !== (overview.value?.settings.plannedEnd ?? '')

  async function savePlannedEnd(): Promise<void> {
    const padded = typed.value
    if (padded === undefined || !changed()) return
    try {
      await store.updateSettings({ plannedEnd: padded || null })
    } catch (error) {
      notify.error(error)
    }
  }
  // A reload or leaving mid-typing saves a readable time and asks about one that is not.
  trackUnsavedEdit({
    isUnsaved: () => changed() && typed.value !== undefined,
    flush: savePlannedEnd
  })
  trackUnsavedEdit({ isUnsaved: () => changed() && typed.value === undefined })

  return { plannedEnd, plannedEndError: error, savePlannedEnd }
}
