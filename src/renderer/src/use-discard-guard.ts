import { toRaw, watch } from 'vue'
import { useI18n } from 'vue-i18n'
import { ElMessageBox } from 'element-plus/es/components/message-box/index.mjs'
import { trackUnsavedEdit } from './unsaved-edits'

/**
 * What was typed into a form dialog is dropped only when the user says so: Esc, the × and a
 * click beside the dialog ask first when the form differs from what it opened with, and a reload
 * or a navigation away with the dialog open asks too (the app's leave guard). The Cancel button
 * stays an explicit "drop it". Call after the dialog's own watcher that fills `model` on opening;
 * bind the result to the dialog's `before-close`.
 */
export function useDiscardGuard(isOpen: () => boolean, model: object) {
  const { t } = useI18n()
  const snapshot = () => JSON.stringify(toRaw(model))
  let opened = snapshot()
  // After the dialog's own (pre-flush) watcher has filled the form for this opening.
  watch(isOpen, (open) => void (open && (opened = snapshot())), { flush: 'post' })
  const isDirty = () => isOpen() && snapshot() !== opened
  trackUnsavedEdit({ isUnsaved: isDirty })

  return async function beforeClose(done: () => void): Promise<void> {
    if (!isDirty()) return done()
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
}
