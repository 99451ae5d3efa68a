import { ref } from 'vue'
import { useQueryCache } from '@pinia/colada'
import { useI18n } from 'vue-i18n'
import type { Event, EventFields } from '@shared/entities'
import { emptyEventFields, eventFieldNames, eventFieldsOf } from '@shared/records'
import { fieldErrors } from '../errors'
import { useEventsStore } from '../stores/events'
import { readOrganisation } from '../queries/organisation'
import { useNotify } from '../use-notify'

/** State and actions behind one EventFormDialog, shared by the list and the workspace. */
export function useEventEditor(onSaved?: (event: Event, created: boolean) => void) {
  const { t } = useI18n()
  const events = useEventsStore()
  const notify = useNotify()
  const cache = useQueryCache()

  const open = ref(false)
  const mode = ref<'create' | 'edit'>('create')
  const initial = ref<EventFields | null>(null)
  const editingId = ref<string | null>(null)
  const submitting = ref(false)
  const serverErrors = ref<Partial<Record<keyof EventFields, string>>>({})

  /** A new event's organiser starts as the office's own name, from the organisation profile. */
  async function openCreate(): Promise<void> {
    mode.value = 'create'
    editingId.value = null
    serverErrors.value = {}
    let organiser = ''
    try {
      organiser = (await readOrganisation(cache)).authorityName
    } catch {
      // The form opens all the same; the user types the organiser.
    }
    initial.value = organiser ? { ...emptyEventFields(), organiser } : null
    open.value = true
  }

  function openEdit(event: Event): void {
    mode.value = 'edit'
    initial.value = eventFieldsOf(event)
    editingId.value = event.id
    serverErrors.value = {}
    open.value = true
  }

  async function submit(fields: EventFields): Promise<void> {
    submitting.value = true
    serverErrors.value = {}
    try {
      const created = mode.value === 'create'
      const event =
        created || !editingId.value
          ? await events.create(fields)
          : await events.update(editingId.value, fields)
      open.value = false
      notify.success(t(created ? 'events.created' : 'events.updated', { title: event.title }))
      onSaved?.(event, created)
    } catch (error) {
      serverErrors.value = fieldErrors(error, eventFieldNames)
      notify.error(error)
    } finally {
      submitting.value = false
    }
  }

  return { open, mode, initial, submitting, serverErrors, openCreate, openEdit, submit }
}
