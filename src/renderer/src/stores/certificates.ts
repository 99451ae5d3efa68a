import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { FileIn, FileOut } from '../../../shared/contract-part'
import type {
  CertificateBatchRequest,
  FontInfo,
  PrinterProfileInput,
  TemplateInput
} from '../../../shared/certificates/contract'
import type { PrinterProfile, Template } from '../../../shared/certificates/entities'
import type { ProgressEvent } from '../../../shared/app-events'
import { api, onAppEventOf } from '../api'

const collator = new Intl.Collator('vi')

/** Shipped templates first, then the user's, each by name in Vietnamese order. */
export function compareTemplates(a: Template, b: Template): number {
  if (a.builtIn !== b.builtIn) return a.builtIn ? -1 : 1
  return collator.compare(a.name, b.name)
}

/** Font choices for a text field: a bundled family by name, a user font by its id. */
export function fontChoices(fonts: FontInfo[]): { value: string; label: string }[] {
  const bundled = [...new Set(fonts.filter((f) => f.builtIn).map((f) => f.family))]
  const user = fonts
    .filter((f) => !f.builtIn && f.id)
    .map((f) => ({ value: f.id as string, label: `${f.family} (${f.style})` }))
  return [...bundled.map((family) => ({ value: family, label: family })), ...user]
}

export interface BatchJob {
  jobId: string
  done: number
  total: number
  label: string
}

export const useCertificatesStore = defineStore('certificates', () => {
  const templates = ref<Template[]>([])
  const profiles = ref<PrinterProfile[]>([])
  const fonts = ref<FontInfo[]>([])
  const job = ref<BatchJob | null>(null)

  const sortedTemplates = computed(() => [...templates.value].sort(compareTemplates))
  const sortedProfiles = computed(() =>
    [...profiles.value].sort((a, b) => collator.compare(a.name, b.name))
  )
  const fontOptions = computed(() => fontChoices(fonts.value))

  function remember<T extends { id: string }>(list: T[], item: T): void {
    const i = list.findIndex((x) => x.id === item.id)
    if (i >= 0) list[i] = item
    else list.push(item)
  }

  async function loadTemplates(): Promise<void> {
    templates.value = await api.listTemplates({})
  }

  async function saveTemplate(template: TemplateInput): Promise<Template> {
    const saved = await api.saveTemplate({ template })
    remember(templates.value, saved)
    return saved
  }

  async function duplicateTemplate(id: string, name?: string): Promise<Template> {
    const copy = await api.duplicateTemplate(name ? { id, name } : { id })
    remember(templates.value, copy)
    return copy
  }

  async function deleteTemplate(id: string): Promise<void> {
    await api.deleteTemplate({ id })
    templates.value = templates.value.filter((t) => t.id !== id)
  }

  const exportTemplate = (id: string): Promise<FileOut> => api.exportTemplate({ id })

  async function importTemplate(file: FileIn): Promise<Template> {
    const imported = await api.importTemplate({ file })
    remember(templates.value, imported)
    return imported
  }

  async function loadProfiles(): Promise<void> {
    profiles.value = await api.listPrinterProfiles({})
  }

  async function saveProfile(profile: PrinterProfileInput): Promise<PrinterProfile> {
    const saved = await api.savePrinterProfile({ profile })
    remember(profiles.value, saved)
    return saved
  }

  async function deleteProfile(id: string): Promise<void> {
    await api.deletePrinterProfile({ id })
    profiles.value = profiles.value.filter((p) => p.id !== id)
  }

  async function loadFonts(): Promise<void> {
    fonts.value = await api.listFonts({})
  }

  async function addFont(family: string, style: FontInfo['style'], file: FileIn) {
    const font = await api.addFont({ family, style, file })
    fonts.value = [...fonts.value, font]
    return font
  }

  async function deleteFont(id: string): Promise<void> {
    await api.deleteFont({ id })
    fonts.value = fonts.value.filter((f) => f.id !== id)
  }

  /**
   * Renders a batch while following its progress events; `job` holds the progress until the
   * file arrives, the job fails or it is cancelled.
   */
  async function renderBatch(request: Omit<CertificateBatchRequest, 'jobId'>): Promise<FileOut> {
    const jobId = `batch-${crypto.randomUUID()}`
    job.value = { jobId, done: 0, total: 0, label: '' }
    const stop = onAppEventOf('progress', (p: ProgressEvent) => {
      if (p.jobId === jobId && job.value?.jobId === jobId)
        job.value = { jobId, done: p.done, total: p.total, label: p.label }
    })
    try {
      return await api.renderCertificateBatch({ ...request, jobId })
    } finally {
      stop()
      if (job.value?.jobId === jobId) job.value = null
    }
  }

  async function cancelBatch(): Promise<void> {
    if (job.value) await api.cancelJob({ jobId: job.value.jobId })
  }

  return {
    templates,
    profiles,
    fonts,
    job,
    sortedTemplates,
    sortedProfiles,
    fontOptions,
    loadTemplates,
    saveTemplate,
    duplicateTemplate,
    deleteTemplate,
    exportTemplate,
    importTemplate,
    loadProfiles,
    saveProfile,
    deleteProfile,
    loadFonts,
    addFont,
    deleteFont,
    renderBatch,
    cancelBatch
  }
})
