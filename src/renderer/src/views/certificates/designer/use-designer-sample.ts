import { onMounted, reactive, shallowRef, watch, type Ref } from 'vue'
import type { Event } from '@shared/entities'
import type { Honoree } from '@shared/honours/entities'
import type { DesignLayer } from '../../../components/certificates/template-edits'
import { api } from '../../../api'
import type { PreviewSample } from './use-designer-preview'

/**
 * The sample the preview fills the template with: an event (the sample event first), one of its
 * honorees (one of the shown variant's kind when there is one) and optionally a printer profile.
 */
export function useDesignerSample(layer: Ref<DesignLayer>, onError: (error: unknown) => void) {
  const events = shallowRef<Event[]>([])
  const honorees = shallowRef<Honoree[]>([])
  const sample = reactive<PreviewSample>({ eventId: '', honoreeId: '', profileId: '' })

  async function loadEvents(): Promise<void> {
    try {
      events.value = await api.listEvents({})
      if (!sample.eventId) {
        const preferred = events.value.find((e) => e.isSample) ?? events.value[0]
        sample.eventId = preferred?.id ?? ''
      }
    } catch (error) {
      onError(error)
    }
  }

  watch(
    () => sample.eventId,
    async (eventId) => {
      honorees.value = []
      sample.honoreeId = ''
      if (!eventId) return
      try {
        honorees.value = await api.listHonorees({ eventId })
        sample.honoreeId = honorees.value[0]?.id ?? ''
      } catch (error) {
        onError(error)
      }
    }
  )

  // Looking at a kind's variant: show an honoree of that kind.
  watch(layer, (kind) => {
    if (kind === 'common') return
    const current = honorees.value.find((h) => h.id === sample.honoreeId)
    if (current?.kind === kind) return
    const match = honorees.value.find((h) => h.kind === kind)
    if (match) sample.honoreeId = match.id
  })

  onMounted(() => void loadEvents())

  return { events, honorees, sample }
}
