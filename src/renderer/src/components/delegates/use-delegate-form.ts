import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Delegate, DelegateFields, DelegateWarning } from '@shared/delegates/entities'
import { ApiError } from '../../api'
import { useDelegatesStore } from '../../stores/delegates'
import { useNotify } from '../../use-notify'

/** The add / edit dialog of one delegate; a refusal stays in the dialog beside what was typed. */
export function useDelegateForm(options: {
  warnAbout: (name: string, warnings: DelegateWarning[]) => void
  onCreated: (delegate: Delegate) => void
}) {
  const { t } = useI18n()
  const store = useDelegatesStore()
  const notify = useNotify()
  const open = ref(false)
  const delegate = ref<Delegate | null>(null)
  const submitting = ref(false)
  const error = ref('')

  function openFor(which: Delegate | null): void {
    delegate.value = which
    error.value = ''
    open.value = true
  }

  async function submit(fields: DelegateFields): Promise<void> {
    submitting.value = true
    error.value = ''
    try {
      if (delegate.value) {
        const saved = await store.update(delegate.value.id, fields)
        notify.success(t('delegates.saved'))
        options.warnAbout(saved.delegate.fullName, saved.warnings)
      } else {
        const saved = await store.create(fields)
        notify.success(
          t('delegates.added', { name: saved.delegate.fullName, number: saved.delegate.number })
        )
        options.warnAbout(saved.delegate.fullName, saved.warnings)
        options.onCreated(saved.delegate)
      }
      open.value = false
    } catch (failure) {
      error.value = failure instanceof ApiError ? failure.message : String(failure)
    } finally {
      submitting.value = false
    }
  }

  return { open, delegate, submitting, error, openFor, submit }
}
