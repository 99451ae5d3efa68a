import { ElMessageBox } from 'element-plus/es/components/message-box/index.mjs'

type T = (key: string, values?: Record<string, unknown>) => string

/**
 * Asks before deleting a template or a printer profile, naming it (the section's `deleteTitle`
 * and `deleteConfirm`); resolves true when the user agrees.
 */
export async function confirmDelete(
  t: T,
  section: 'templates' | 'profiles',
  name: string
): Promise<boolean> {
  try {
    await ElMessageBox.confirm(
      t(`certificates.${section}.deleteConfirm`, { name }),
      t(`certificates.${section}.deleteTitle`),
      {
        type: 'warning',
        confirmButtonText: t('certificates.common.delete'),
        cancelButtonText: t('certificates.common.cancel'),
        confirmButtonClass: 'el-button--danger',
        autofocus: false
      }
    )
    return true
  } catch {
    return false
  }
}
