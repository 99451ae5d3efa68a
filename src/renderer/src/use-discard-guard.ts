import { provide } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessageBox } from 'element-plus/es/components/message-box/index.mjs'
import { formChangesKey, trackFormChanges } from './form-changes'
import { trackUnsavedEdit } from './unsaved-edits'

/**
 * What was typed into a form dialog is dropped only when the user says so: Esc, the × and a
 * click beside the dialog ask first when the form differs from what it opened with (or one of its
 * date fields holds text that could not be read), and a reload or a navigation away with the
 * dialog open asks too (the app's leave guard). The Cancel button stays an explicit "drop it".
 * `model` is a reactive model or a getter of what the form would save. Call after the dialog's
 * own watcher that fills the model on opening; bind the result to the dialog's `before-close`.
 * `markClean` takes the current state as saved, for a dialog that stays open after saving.
 */
export function useDiscardGuard(isOpen: () => boolean, model: object | (() => unknown)) {
  const { t } = useI18n()
  const changes = trackFormChanges(isOpen, model)
  provide(formChangesKey, changes)
  trackUnsavedEdit({ isUnsaved: changes.isDirty })

  async function beforeClose(done: () => void): Promise<void> {
    if (!changes.isDirty()) return done()
    try {
      await ElMessageBox.confirm(t('discard.message'), t('discard.title'), {
        type: 'warning',
        confirmButtonText: t('discard.confirm'),
        cancelButtonText: t('discard.cancel'),
        distinguishCancelAndClose: true
      })
    } catch {
      return
    }
    done()
  }
  return Object.assign(beforeClose, { markClean: changes.markClean })
}
