import { defineStore } from 'pinia'
import { useQueryCache } from '@pinia/colada'
import { ref } from 'vue'
import type { FileIn, FileOut } from '@shared/contract-part'
import type {
  CertificateBatchRequest,
  FontInfo,
  PrinterProfileInput,
  TemplateInput
} from '@shared/certificates/contract'
import type { PrinterProfile, Template } from '@shared/certificates/entities'
import type { ProgressEvent } from '@shared/app-events'
import { api, onAppEventOf } from '../api'
import { keys } from '../queries/keys'
import { removeFromLists, upsertInList } from '../queries/lists'

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

/**
 * The changes to templates, printer profiles and fonts, and a certificate batch under way. What
 * they change is read through queries/certificates.ts; each change shows its answer in that cache
 * at once.
 */
export const useCertificatesStore = defineStore('certificates', () => {
  const cache = useQueryCache()
  const job = ref<BatchJob | null>(null)

  /**
   * A template changed: the list of its kind shows it at once (certificates are listed under
   * `templates`, the others by kind); the lists by kind are read again.
   */
  function rememberTemplate(template: Template): Template {
    const kind = template.kind ?? 'certificate'
    if (kind === 'certificate') upsertInList(cache, keys.templates(), template)
    upsertInList(cache, keys.templatesOfKind(kind), template)
    void cache.invalidateQueries({ key: ['templatesOfKind'] })
    return template
  }

  /**
   * Saves a template; with `expectedUpdatedAt` (the revision the edit started from) a change made
   * elsewhere since is refused (CONFLICT), as is a template deleted since (NOT_FOUND).
   */
  const saveTemplate = async (
    template: TemplateInput,
    expectedUpdatedAt?: string
  ): Promise<Template> =>
    rememberTemplate(
      await api.saveTemplate(
        expectedUpdatedAt === undefined ? { template } : { template, expectedUpdatedAt }
      )
    )

  /** The template as stored now (after a refused save), shown in every list at once. */
  async function reloadTemplate(id: string): Promise<Template> {
    return rememberTemplate(await api.getTemplate({ id }))
  }

  const duplicateTemplate = async (id: string, name?: string): Promise<Template> =>
    rememberTemplate(await api.duplicateTemplate(name ? { id, name } : { id }))

  async function deleteTemplate(id: string): Promise<void> {
    await api.deleteTemplate({ id })
    removeFromLists(cache, keys.templates(), id)
    removeFromLists(cache, ['templatesOfKind'], id)
    void cache.invalidateQueries({ key: ['templatesOfKind'] })
  }

  const exportTemplate = (id: string): Promise<FileOut> => api.exportTemplate({ id })

  const importTemplate = async (file: FileIn): Promise<Template> =>
    rememberTemplate(await api.importTemplate({ file }))

  const saveProfile = async (profile: PrinterProfileInput): Promise<PrinterProfile> =>
    upsertInList(cache, keys.printerProfiles(), await api.savePrinterProfile({ profile }))

  async function deleteProfile(id: string): Promise<void> {
    await api.deletePrinterProfile({ id })
    removeFromLists(cache, keys.printerProfiles(), id)
  }

  async function addFont(family: string, style: FontInfo['style'], file: FileIn) {
    const font = await api.addFont({ family, style, file })
    const fonts = cache.getQueryData<FontInfo[]>(keys.fonts())
    if (fonts) cache.setQueryData(keys.fonts(), [...fonts, font])
    return font
  }

  async function deleteFont(id: string): Promise<void> {
    await api.deleteFont({ id })
    removeFromLists(cache, keys.fonts(), id)
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
    job,
    saveTemplate,
    reloadTemplate,
    duplicateTemplate,
    deleteTemplate,
    exportTemplate,
    importTemplate,
    saveProfile,
    deleteProfile,
    addFont,
    deleteFont,
    renderBatch,
    cancelBatch
  }
})
