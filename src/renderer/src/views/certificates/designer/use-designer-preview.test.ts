import { describe, expect, it, vi } from 'vitest'
import { effectScope, nextTick, reactive, ref } from 'vue'
import type { Template } from '@shared/certificates/entities'
import { newField } from '../../../components/certificates/template-edits'

const api = vi.hoisted(() => ({ renderTemplatePreview: vi.fn() }))
vi.mock('../../../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../api')>()),
  api
}))

import { useDesignerPreview } from './use-designer-preview'

const page = { widthMm: 297, heightMm: 210 }
const template = (name: string): Template => ({
  id: 't1',
  name,
  builtIn: false,
  page,
  mode: 'full',
  background: { mime: 'image/png', dataBase64: 'AAAA' },
  fields: [newField('text', 'name', page, 'Tên', 'Tinos')],
  variants: { collective: [], individual: [], household: [] },
  createdAt: '2025-09-01T00:00:00.000Z',
  updatedAt: '2025-09-01T00:00:00.000Z'
})

/** Each request waits until the test answers it. */
function pendingAnswers() {
  const answers: ((pdf: string) => void)[] = []
  api.renderTemplatePreview.mockImplementation(
    () => new Promise((resolve) => answers.push((pdf) => resolve({ pdfBase64: pdf, warnings: [] })))
  )
  return answers
}

function preview() {
  const draft = ref(template('v0'))
  const sample = reactive({ eventId: 'e1', honoreeId: 'h1', profileId: '' })
  const errors: unknown[] = []
  const scope = effectScope()
  const state = scope.run(() =>
    useDesignerPreview({
      draft,
      sample,
      profiles: () => [],
      takeEditedAt: () => null,
      onError: (e) => errors.push(e)
    })
  )!
  return { draft, sample, state, errors, scope }
}

const asked = () => api.renderTemplatePreview.mock.calls.map(([arg]) => arg.template.name)

describe('the designer preview', () => {
  it('asks at once, folds edits made meanwhile into one request, and shows only the newest', async () => {
    vi.clearAllMocks()
    const answers = pendingAnswers()
    const p = preview()
    expect(asked()).toEqual(['v0'])
    p.draft.value = template('v1')
    await nextTick()
    p.draft.value = template('v2')
    await nextTick()
    expect(asked()).toEqual(['v0'])
    answers[0]!('pdf-v0')
    await vi.waitFor(() => expect(asked()).toEqual(['v0', 'v2']))
    expect(p.state.pdfBase64.value).toBeNull()
    answers[1]!('pdf-v2')
    await vi.waitFor(() => expect(p.state.pdfBase64.value).toBe('pdf-v2'))
    p.scope.stop()
  })

  it('a full template keeps its scan, sent with the sample it is filled with', () => {
    vi.clearAllMocks()
    pendingAnswers()
    const p = preview()
    const arg = api.renderTemplatePreview.mock.calls[0]![0]
    expect(arg.template.background).not.toBeNull()
    expect(arg).toMatchObject({ eventId: 'e1', honoreeId: 'h1', profileId: null })
    p.scope.stop()
  })

  it('a failed request says so and reports the error', async () => {
    vi.clearAllMocks()
    api.renderTemplatePreview.mockRejectedValue(new Error('hỏng'))
    const p = preview()
    await vi.waitFor(() => expect(p.state.previewError.value).toBe(true))
    expect(p.errors).toHaveLength(1)
    p.scope.stop()
  })
})
