import { useQuery } from '@pinia/colada'
import { computed, toValue, watch, type MaybeRefOrGetter } from 'vue'
import type { FontInfo } from '@shared/certificates/contract'
import type { PrinterProfile, Template } from '@shared/certificates/entities'
import { api } from '../api'
import { compareTemplates, fontChoices } from '../stores/certificates'
import { keys } from './keys'

const collator = new Intl.Collator('vi')

/** Every template (certificates, cards, tents, invitations), shipped ones too. */
export function useTemplates() {
  return useQuery({ key: keys.templates(), query: () => api.listTemplates({}) })
}

/** The bundled fonts and the user's own. */
export function useFonts() {
  return useQuery({ key: keys.fonts(), query: () => api.listFonts({}) })
}

/**
 * What the certificate setup screens and the batch choose from: the templates (shipped first,
 * then by name), the printer profiles by name and the fonts, with the font choices for a text
 * field. `onError` hears a failed read.
 */
export function useCertificateSetup(onError?: (error: unknown) => void) {
  const queries = [useTemplates(), usePrinterProfiles(), useFonts()] as const
  const [templateList, profileList, fontList] = queries
  const templates = computed<Template[]>(() => templateList.data.value ?? [])
  const profiles = computed<PrinterProfile[]>(() => profileList.data.value ?? [])
  const fonts = computed<FontInfo[]>(() => fontList.data.value ?? [])
  if (onError)
    watch(
      () => queries.map((q) => q.error.value),
      (errors) => {
        for (const error of errors) if (error) onError(error)
      }
    )
  return {
    templates,
    profiles,
    fonts,
    sortedTemplates: computed(() => [...templates.value].sort(compareTemplates)),
    sortedProfiles: computed(() =>
      [...profiles.value].sort((a, b) => collator.compare(a.name, b.name))
    ),
    fontOptions: computed(() => fontChoices(fonts.value))
  }
}

/** Printer profiles (calibrations) to print with. */
export function usePrinterProfiles() {
  return useQuery({ key: () => keys.printerProfiles(), query: () => api.listPrinterProfiles({}) })
}

/** How the event's certificate batch comes out (one PDF or a zip, its file names). */
export function useCertificateBatchSettings(eventId: MaybeRefOrGetter<string>) {
  return useQuery({
    key: () => keys.certificateBatchSettings(toValue(eventId)),
    query: () => api.getCertificateBatchSettings({ eventId: toValue(eventId) })
  })
}
