import { onScopeDispose, ref, shallowRef, toRaw, watch, type Ref } from 'vue'
import type { LayoutWarning } from '@shared/certificates/contract'
import type { PrinterProfile, Template } from '@shared/certificates/entities'
import { api } from '../../../api'
import { cloneTemplate } from '../../../components/certificates/template-edits'

export interface PreviewSample {
  eventId: string
  honoreeId: string
  profileId: string
}

/**
 * The real-PDF preview, at most one request in flight, the newest edit always drawn.
 * An edit asks at once when the core is idle; edits made while a request is in flight are folded
 * into one request sent as soon as the answer is back. No debounce timer: with at most one
 * request in flight, a delay would only add to the latency of every single edit.
 */
export function useDesignerPreview(options: {
  draft: Ref<Template>
  sample: PreviewSample
  profiles: () => PrinterProfile[]
  /** When the oldest edit not yet drawn happened; taking it clears it. */
  takeEditedAt: () => number | null
  onError: (error: unknown) => void
  now?: () => number
}) {
  const { draft, sample } = options
  const now = options.now ?? (() => performance.now())
  const pdfBase64 = ref<string | null>(null)
  const warnings = shallowRef<LayoutWarning[]>([])
  const previewError = ref(false)
  const latencyMs = ref<number | null>(null)
  /** The core's part of the latency: request to answer. */
  const requestMs = ref(0)
  /** The profile the shown preview was rendered with (it may lag the choice by one request). */
  const previewProfile = shallowRef<PrinterProfile | null>(null)
  let requestedAt: number | null = null
  let inFlight = false
  let again = false
  let unmounted = false

  async function requestPreview(): Promise<void> {
    if (unmounted) return
    if (inFlight) {
      again = true
      return
    }
    inFlight = true
    again = false
    requestedAt = options.takeEditedAt() ?? now()
    try {
      const template = cloneTemplate(toRaw(draft.value))
      // A blank's scan is never printed; the designer shows it itself, so it need not travel.
      if (template.mode === 'blank') template.background = null
      const asked = now()
      const profileId = sample.profileId
      const result = await api.renderTemplatePreview({
        template,
        eventId: sample.eventId || undefined,
        honoreeId: sample.honoreeId || null,
        profileId: profileId || null
      })
      requestMs.value = Math.round(now() - asked)
      if (!again) {
        previewProfile.value = options.profiles().find((p) => p.id === profileId) ?? null
        pdfBase64.value = result.pdfBase64
        warnings.value = result.warnings
        previewError.value = false
      }
    } catch (error) {
      previewError.value = true
      if (!again) options.onError(error)
    } finally {
      inFlight = false
      if (again) void requestPreview()
    }
  }

  // Vue runs this once per tick however many of these changed in it.
  watch(
    () => [draft.value, sample.honoreeId, sample.profileId, sample.eventId],
    () => void requestPreview(),
    { deep: false, immediate: true }
  )
  onScopeDispose(() => (unmounted = true))

  /** The canvas has drawn the newest answer. */
  function onRendered(): void {
    if (requestedAt !== null) latencyMs.value = Math.round(now() - requestedAt)
    requestedAt = null
  }

  return { pdfBase64, warnings, previewError, latencyMs, requestMs, previewProfile, onRendered }
}
