import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ProgressEvent } from '@shared/app-events'
import type { Template } from '@shared/certificates/entities'
import { withQueries } from '../testing/with-queries'

const api = vi.hoisted(() => ({
  listTemplates: vi.fn(),
  listPrinterProfiles: vi.fn(),
  listFonts: vi.fn(),
  deleteTemplate: vi.fn(),
  duplicateTemplate: vi.fn(),
  renderCertificateBatch: vi.fn(),
  cancelJob: vi.fn()
}))
const progress = vi.hoisted(() => ({ listeners: [] as ((p: ProgressEvent) => void)[] }))

vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  api,
  onAppEventOf: (_type: string, listener: (p: ProgressEvent) => void) => {
    progress.listeners.push(listener)
    return () => (progress.listeners = progress.listeners.filter((l) => l !== listener))
  }
}))

import { useTemplatesOfKind } from '../queries/cards'
import { useCertificateSetup } from '../queries/certificates'
import { fontChoices, useCertificatesStore } from './certificates'

const template = (over: Partial<Template>): Template => ({
  id: 't',
  name: 'Mẫu',
  builtIn: false,
  page: { widthMm: 297, heightMm: 210 },
  mode: 'blank',
  background: null,
  fields: [],
  variants: { collective: [], individual: [], household: [] },
  createdAt: '2025-09-01T00:00:00.000Z',
  updatedAt: '2025-09-01T00:00:00.000Z',
  ...over
})

describe('certificates store and setup queries', () => {
  beforeEach(() => {
    withQueries()
    vi.clearAllMocks()
    progress.listeners = []
  })

  it('lists shipped templates first, then the rest in Vietnamese order', async () => {
    api.listTemplates.mockResolvedValue([
      template({ id: 'z', name: 'Zeta' }),
      template({ id: 'd', name: 'Đẹp' }),
      template({ id: 'b', name: 'Giấy khen', builtIn: true }),
      template({ id: 'e', name: 'Dễ' })
    ])
    api.listPrinterProfiles.mockResolvedValue([])
    api.listFonts.mockResolvedValue([])
    const app = withQueries()
    const setup = app.run(() => useCertificateSetup())
    const store = app.run(() => useCertificatesStore())
    await vi.waitFor(() => expect(setup.templates.value).toHaveLength(4))
    expect(setup.sortedTemplates.value.map((t) => t.id)).toEqual(['b', 'e', 'd', 'z'])
    api.deleteTemplate.mockResolvedValue({ deleted: true })
    api.listTemplates.mockReturnValue(new Promise(() => undefined))
    await store.deleteTemplate('d')
    expect(setup.templates.value.map((t) => t.id)).toEqual(['z', 'b', 'e'])
  })

  it('takes a deleted name-tent template out of its kind’s list at once', async () => {
    api.listTemplates.mockResolvedValue([
      template({ id: 'builtin-tent-a4', kind: 'nameTent', builtIn: true }),
      template({ id: 'tent', kind: 'nameTent' })
    ])
    const app = withQueries()
    const tents = app.run(() => useTemplatesOfKind('nameTent'))
    const store = app.run(() => useCertificatesStore())
    await vi.waitFor(() => expect(tents.data.value).toHaveLength(2))
    api.deleteTemplate.mockResolvedValue({ deleted: true })
    api.listTemplates.mockReturnValue(new Promise(() => undefined))
    await store.deleteTemplate('tent')
    expect(api.deleteTemplate).toHaveBeenCalledWith({ id: 'tent' })
    expect(tents.data.value?.map((t) => t.id)).toEqual(['builtin-tent-a4'])
  })

  it('follows the progress of its own batch only and clears it at the end', async () => {
    const store = useCertificatesStore()
    let finish: (file: unknown) => void = () => undefined
    api.renderCertificateBatch.mockReturnValue(new Promise((resolve) => (finish = resolve)))
    const rendering = store.renderBatch({
      decisionId: 'd1',
      templateId: 't1',
      profileId: null,
      output: 'single',
      plainPaperTest: false,
      confirmOverflow: false
    })
    const jobId = api.renderCertificateBatch.mock.calls[0]?.[0].jobId as string
    expect(jobId).toMatch(/^batch-/)
    for (const l of progress.listeners) {
      l({ jobId: 'other', label: '', done: 9, total: 9 })
      l({ jobId, label: 'Đang in', done: 3, total: 31 })
    }
    expect(store.job).toEqual({ jobId, label: 'Đang in', done: 3, total: 31 })
    api.cancelJob.mockResolvedValue({ cancelled: true })
    await store.cancelBatch()
    expect(api.cancelJob).toHaveBeenCalledWith({ jobId })
    finish({ fileName: 'a.pdf', contentType: 'application/pdf', contentBase64: '' })
    await rendering
    expect(store.job).toBeNull()
    expect(progress.listeners).toEqual([])
  })

  it('offers bundled families by name and user fonts by id', () => {
    expect(
      fontChoices([
        { family: 'Tinos', style: 'regular', builtIn: true },
        { family: 'Tinos', style: 'bold', builtIn: true },
        { family: 'Arimo', style: 'regular', builtIn: true },
        { family: 'Times New Roman', style: 'regular', builtIn: false, id: 'u1' }
      ])
    ).toEqual([
      { value: 'Tinos', label: 'Tinos' },
      { value: 'Arimo', label: 'Arimo' },
      { value: 'u1', label: 'Times New Roman (regular)' }
    ])
  })
})
