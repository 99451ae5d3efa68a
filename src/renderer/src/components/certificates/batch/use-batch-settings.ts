import { computed, watch, type Ref } from 'vue'
import { useQueryCache } from '@pinia/colada'
import type { BatchSettings } from '@shared/certificates/entities'
import { defaultCertificateNamePattern } from '@shared/certificates/records'
import { api } from '../../../api'
import { followSaved } from '../../../follow-saved'
import { useCertificateBatchSettings } from '../../../queries/certificates'
import { keys } from '../../../queries/keys'
import { trackUnsavedEdit } from '../../../unsaved-edits'
import { useNotify } from '../../../use-notify'
import { useSaveAsTyped } from '../../../use-save-as-typed'

/** What is wrong with a zip file-name pattern, or null. */
export type PatternProblem = { kind: 'required' } | { kind: 'unknown'; field: string }

const known = /^\{(stt|ten|so)(:\d+)?\}$/

export function patternProblem(pattern: string): PatternProblem | null {
  if (pattern.trim() === '') return { kind: 'required' }
  const unknown = (pattern.match(/\{[^{}]*\}/g) ?? []).find((f) => !known.test(f))
  return unknown ? { kind: 'unknown', field: unknown } : null
}

const defaults = (): BatchSettings => ({
  output: 'single',
  namePattern: defaultCertificateNamePattern
})

/**
 * The batch's output and zip file names, as saved with the event: they show once the saved
 * settings are here (the fields wait till then), are saved as typed and follow a change made
 * elsewhere. A pattern with a problem is not saved and is asked about before leaving.
 */
export function useBatchSettings(
  eventId: () => string,
  readOnly: () => boolean,
  options: Ref<BatchSettings>
) {
  const cache = useQueryCache()
  const notify = useNotify()
  const query = useCertificateBatchSettings(eventId)
  const saved = computed(() => query.data.value ?? null)
  const loaded = computed(() => saved.value !== null)
  const follow = followSaved(() => ({ ...(saved.value ?? defaults()) }), options.value)
  const problem = computed(() => patternProblem(options.value.namePattern))
  const typing = useSaveAsTyped()

  async function send(): Promise<void> {
    const current = saved.value
    if (!current || readOnly()) return
    const settings: BatchSettings = {
      output: options.value.output,
      namePattern: problem.value ? current.namePattern : options.value.namePattern
    }
    if (JSON.stringify(settings) === JSON.stringify(current)) return
    const id = eventId()
    follow.sent(settings)
    try {
      const value = await api.saveCertificateBatchSettings({ eventId: id, settings })
      cache.setQueryData(keys.certificateBatchSettings(id), value)
    } catch (error) {
      notify.error(error)
      void cache.invalidateQueries({ key: keys.certificateBatchSettings(id) })
    }
  }
  watch(
    () => options.value.output,
    () => typing.schedule('settings', send)
  )
  watch(
    () => options.value.namePattern,
    () => typing.schedule('settings', send)
  )
  trackUnsavedEdit({ isUnsaved: () => problem.value !== null && !readOnly() })

  return { loaded, problem, flush: typing.flush }
}
