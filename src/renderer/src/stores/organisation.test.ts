import { beforeEach, describe, expect, it, vi } from 'vitest'
import { sampleOrganisation, sampleSettings } from '../testing/test-fixtures'
import { withQueries } from '../testing/with-queries'

const api = vi.hoisted(() => ({
  getOrganisation: vi.fn(),
  updateOrganisation: vi.fn(),
  getSettings: vi.fn(),
  updateSettings: vi.fn()
}))

vi.mock('../api', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../api')>()),
  api
}))

import { useOrganisationForm } from '../queries/organisation'
import { useOrganisationStore } from './organisation'

/** The organisation screen opened: its draft starts from what is saved. */
async function openForm() {
  const app = withQueries()
  const { store } = app.run(() => useOrganisationForm())
  await vi.waitFor(() => expect(store.saved).not.toBeNull())
  await vi.waitFor(() => expect(store.settings).not.toBeNull())
  return { app, org: store }
}

describe('organisation store and form', () => {
  beforeEach(() => {
    vi.clearAllMocks()
    api.getOrganisation.mockResolvedValue(sampleOrganisation())
    api.getSettings.mockResolvedValue(sampleSettings())
  })

  it('loads a draft that tracks unsaved changes', async () => {
    const { org } = await openForm()
    expect(org.dirty).toBe(false)
    org.draft.placeName = 'Hà Nội'
    expect(org.dirty).toBe(true)
    org.discard()
    expect(org.dirty).toBe(false)
    expect(org.draft.placeName).toBe('Tiền Phong')
  })

  it('saves the organisation and the operator name', async () => {
    const { org } = await openForm()
    org.draft.documentSymbol = 'QĐ-UBND2'
    org.operatorDraft = 'Hùng'
    api.updateOrganisation.mockImplementation(async (o) => o)
    api.updateSettings.mockResolvedValue(sampleSettings({ operatorName: 'Hùng' }))
    await org.save()
    expect(api.updateOrganisation).toHaveBeenCalledWith(
      expect.objectContaining({ documentSymbol: 'QĐ-UBND2' })
    )
    expect(api.updateSettings).toHaveBeenCalledWith({ operatorName: 'Hùng' })
    expect(org.dirty).toBe(false)
  })

  it('normalises text before saving', async () => {
    const { org } = await openForm()
    org.draft.placeName = '  Tiền\u00a0 Phong '.normalize('NFD')
    org.draft.headerLines = ['ỦY BAN NHÂN DÂN', '  ']
    org.draft.signers = [
      { id: 's1', name: ' Nguyễn  Văn X ', title: 'PHÓ CHỦ TỊCH', onBehalfOf: ' ' },
      { id: 's2', name: ' ', title: '' }
    ]
    api.updateOrganisation.mockImplementation(async (o) => o)
    await org.save()
    expect(api.updateOrganisation).toHaveBeenCalledWith(
      expect.objectContaining({
        placeName: 'Tiền Phong',
        headerLines: ['ỦY BAN NHÂN DÂN'],
        signers: [{ id: 's1', name: 'Nguyễn Văn X', title: 'PHÓ CHỦ TỊCH' }]
      })
    )
  })

  it('does not call updateSettings when only the organisation changed', async () => {
    const { org } = await openForm()
    org.draft.placeName = 'X'
    api.updateOrganisation.mockImplementation(async (o) => o)
    await org.save()
    expect(api.updateSettings).not.toHaveBeenCalled()
  })

  it('keeps an unsaved draft when the profile changes elsewhere, and starts afresh on opening', async () => {
    const { app, org } = await openForm()
    org.draft.placeName = 'Draft'
    api.getOrganisation.mockResolvedValue(sampleOrganisation({ placeName: 'Server' }))
    await app.cache().invalidateQueries()
    expect(org.saved?.placeName).toBe('Server')
    expect(org.draft.placeName).toBe('Draft')
    app.run(() => useOrganisationForm())
    expect(org.draft.placeName).toBe('Server')
  })

  it('follows a change made elsewhere while nothing is edited', async () => {
    const { app, org } = await openForm()
    api.getOrganisation.mockResolvedValue(sampleOrganisation({ placeName: 'Server' }))
    api.getSettings.mockResolvedValue(sampleSettings({ operatorName: 'Hùng' }))
    await app.cache().invalidateQueries()
    await vi.waitFor(() => expect(org.draft.placeName).toBe('Server'))
    expect(org.operatorDraft).toBe('Hùng')
    expect(org.dirty).toBe(false)
  })

  it('persists the UI language at once', async () => {
    withQueries()
    const org = useOrganisationStore()
    api.updateSettings.mockResolvedValue(sampleSettings({ uiLanguage: 'en' }))
    await org.setLanguage('en')
    expect(api.updateSettings).toHaveBeenCalledWith({ uiLanguage: 'en' })
    expect(org.settings?.uiLanguage).toBe('en')
  })

  it('switches the language optimistically and reverts on failure', async () => {
    const { org } = await openForm()
    let reject: (e: Error) => void = () => {}
    api.updateSettings.mockReturnValue(new Promise((_, r) => (reject = r)))
    const pending = org.setLanguage('en')
    expect(org.settings?.uiLanguage).toBe('en')
    reject(new Error('disk'))
    await expect(pending).rejects.toThrow('disk')
    expect(org.settings?.uiLanguage).toBe('vi')
  })
})
