import type { Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessageBox } from 'element-plus/es/components/message-box/index.mjs'
import type { Template } from '@shared/certificates/entities'
import { useCertificatesStore } from '../../../stores/certificates'
import { useNotify } from '../../../use-notify'
import { useOpenTemplate } from './use-open-template'

/**
 * What a screen that opens templates in the designer does around it (the certificate setup, the
 * delegate cards): the open template in the address (`useOpenTemplate`), a copy opened at once,
 * leaving with unsaved edits asked about, and a template deleted elsewhere closed with a message.
 */
export function useDesignerHost(templates: Ref<Template[] | undefined>) {
  const { t } = useI18n()
  const store = useCertificatesStore()
  const notify = useNotify()
  const opened = useOpenTemplate(templates)

  /** Copies the template and opens the copy; a refusal is thrown for the caller to show. */
  async function duplicate(template: Template): Promise<void> {
    const copy = await store.duplicateTemplate(
      template.id,
      t('certificates.templates.copyName', { name: template.name })
    )
    notify.success(t('certificates.templates.duplicated', { name: copy.name }))
    opened.openTemplate(copy.id)
  }

  /** Back to the list; with edits unsaved only when the user agrees to drop them. */
  async function close(dirty: boolean): Promise<void> {
    if (dirty) {
      try {
        await ElMessageBox.confirm(
          t('certificates.designer.leaveConfirm'),
          t('certificates.designer.leaveTitle'),
          {
            type: 'warning',
            confirmButtonText: t('certificates.designer.leave'),
            cancelButtonText: t('certificates.common.cancel'),
            autofocus: false
          }
        )
      } catch {
        return
      }
    }
    opened.close()
  }

  /** The open template was deleted elsewhere; what was edited is kept or dropped by then. */
  function closeDeleted(discarded: boolean): void {
    const name = opened.open.value?.name ?? ''
    opened.close()
    if (discarded) notify.info(t('certificates.designer.deleted.discarded', { name }))
    else notify.warning(t('certificates.designer.deleted.closed', { name }))
  }

  return { ...opened, duplicate, close, closeDeleted }
}
