import { computed, ref, watch, type Ref } from 'vue'
import { useI18n } from 'vue-i18n'
import type { Decision } from '@shared/honours/entities'
import {
  decisionHonoreeIds,
  decisionNumberLabel,
  missingForIssue,
  type IssuePart
} from '@shared/honours/records'
import { ApiError } from '../../api'
import { useHonoursStore } from '../../stores/honours'
import { useNotify } from '../../use-notify'
import { confirmAction } from './confirm'

/**
 * Ban hành: first says what is missing, on the fields themselves (fieldError) and in one line
 * (missingText); only a complete draft is asked about and issued.
 */
export function useDecisionIssue(decision: () => Decision, label: Ref<string>) {
  const { t } = useI18n()
  const store = useHonoursStore()
  const notify = useNotify()
  const issuing = ref(false)
  // Ban hành first says what is missing, on the fields themselves, before asking to confirm.
  const showMissing = ref(false)
  const missing = computed(() => (showMissing.value ? missingForIssue(decision()) : []))
  const missingText = computed(() =>
    t('honours.decisions.missing', {
      parts: missing.value.map((p) => t(`honours.decisions.parts.${p}`)).join(', ')
    })
  )
  const fieldError = (part: IssuePart) =>
    missing.value.includes(part) ? t('honours.decisions.missingField') : ''
  watch(
    () => decision().id,
    () => (showMissing.value = false)
  )
  async function issue(): Promise<void> {
    if (missingForIssue(decision()).length > 0) {
      showMissing.value = true
      return
    }
    showMissing.value = false
    const n = decisionHonoreeIds(decision()).length
    if (!(await confirmAction(t('honours.decisions.issueConfirm', { label: label.value, n }), t)))
      return
    issuing.value = true
    try {
      const d = await store.issueDecision(decision().id)
      notify.success(t('honours.decisions.issuedMessage', { label: decisionNumberLabel(d), n }))
    } catch (error) {
      if (error instanceof ApiError && error.code === 'INCOMPLETE') {
        const missing = (error.details as { missing?: string[] } | undefined)?.missing ?? []
        notify.errorText(
          t('honours.decisions.missing', {
            parts: missing.map((p) => t(`honours.decisions.parts.${p}`)).join(', ')
          })
        )
      } else if (error instanceof ApiError && error.code === 'CONFLICT') {
        notify.errorText(t('honours.decisions.numberConflict', { number: decision().number }))
      } else notify.error(error)
    } finally {
      issuing.value = false
    }
  }

  return { issuing, missing, missingText, fieldError, issue }
}
