import { ElMessage } from 'element-plus/es/components/message/index.mjs'
import { useI18n } from 'vue-i18n'
import { ApiError } from './api'
import { errorMessageKey } from './errors'
import { isAccessTokenRefusal } from '@shared/result'

/** Below the top bar, so the save indicator stays visible. */
const offset = 60

let accessTokenShown = false

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
      if (error instanceof ApiError && isAccessTokenRefusal(error.code, error.details)) {
        // Every call of the page fails the same way: one message that stays, saying what to do.
        if (accessTokenShown) return
        accessTokenShown = true
        ElMessage({ type: 'error', offset, message: t('errors.accessToken'), duration: 0 })
        return
      }
      ElMessage({
        grouping: true,
        type: 'error',
        offset,
        message: t(errorMessageKey(error)),
        showClose: true,
        duration: 6000
      })
    }
  }
}
