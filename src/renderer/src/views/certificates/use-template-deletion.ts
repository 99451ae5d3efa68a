import { ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Template } from '@shared/certificates/entities'
import { useCertificatesStore } from '../../stores/certificates'
import { useNotify } from '../../use-notify'
import { confirmDelete } from './confirm-delete'

/**
 * Deleting one of the office's templates (certificate, card, name tent…): asked first, naming
 * it; undoable with Hoàn tác / Ctrl+Z. Every list of templates and a designer open on it in
 * another window follow at once.
 */
export function useTemplateDeletion() {
  const { t } = useI18n()
  const store = useCertificatesStore()
  const notify = useNotify()
  const deleting = ref(false)

  /** Resolves true once deleted; false when the user said no or the deletion was refused. */
  async function remove(template: Template): Promise<boolean> {
    if (!(await confirmDelete(t, 'templates', template.name))) return false
    deleting.value = true
    try {
      await store.deleteTemplate(template.id)
      notify.success(t('certificates.templates.deleted', { name: template.name }))
      return true
    } catch (error) {
      notify.error(error)
      return false
    } finally {
      deleting.value = false
    }
  }

  return { remove, deleting }
}
