import { ElMessage } from 'element-plus/es/components/message/index.mjs'
import { useI18n } from 'vue-i18n'
import { ApiError } from './api'
import { errorMessageKey } from './errors'

/** Below the top bar, so the save indicator stays visible. */
const offset = 60

/** Toasts for views: success text, and errors translated from their code. */
export function useNotify() {
  const { t } = useI18n()
  return {
    success(message: string): void {
      ElMessage({ type: 'success', message, showClose: true, offset })
    },
    info(message: string): void {
      ElMessage({ type: 'info', message, showClose: true, offset })
    },
    warning(message: string): void {
      ElMessage({ type: 'warning', message, showClose: true, duration: 6000, offset })
    },
    /** An error already worded for the user (say, why a file could not be imported). */
    errorText(message: string): void {
      ElMessage({ type: 'error', offset, message, showClose: true, duration: 10000 })
    },
    error(error: unknown): void {
      if (!(error instanceof ApiError)) console.error(error)
      ElMessage({
        type: 'error',
        offset,
        message: t(errorMessageKey(error)),
        showClose: true,
        duration: 6000
      })
    }
  }
}
