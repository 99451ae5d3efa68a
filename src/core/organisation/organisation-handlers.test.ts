import { afterEach, describe, expect, it } from 'vitest'
import type { Organisation } from '@shared/entities'
import { createAppService, type AppService } from '../app-service'
import { testContext } from '../testing/test-context'

const open: AppService[] = []
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})

describe('updating the organisation and the settings', () => {
  it('answers a partial patch with the whole organisation, nested signers and logo included', async () => {
    const service = await createAppService(testContext())
    open.push(service)
    const sample = await service.dispatch('openSampleEvent', {})
    expect(sample.ok).toBe(true)
    const before = await service.dispatch('getOrganisation', {})
    if (!before.ok) throw new Error(before.error.message)
    const signers = (before.value as Organisation).signers
    expect(signers.length).toBeGreaterThan(0)

    const patched = await service.dispatch('updateOrganisation', { placeName: 'An Bình' })
    expect(patched).toMatchObject({ ok: true, value: { placeName: 'An Bình', signers } })
    // The answer must be plain data that outlives the change (no revoked draft inside).
    expect(JSON.parse(JSON.stringify(patched))).toEqual(patched)

    const settings = await service.dispatch('updateSettings', { operatorName: 'Lan' })
    expect(settings).toMatchObject({ ok: true, value: { operatorName: 'Lan' } })
    expect(JSON.parse(JSON.stringify(settings))).toEqual(settings)
  })

  it('a change of the screen’s language is not offered to Hoàn tác and leaves the last change to undo', async () => {
    const service = await createAppService(testContext())
    open.push(service)
    const next = async () => {
      const state = await service.dispatch('getUndoState', {})
      if (!state.ok) throw new Error(state.error.message)
      return (state.value as { next: { entity: string } | null }).next
    }
    await service.dispatch('updateSettings', { uiLanguage: 'en' })
    expect(await next()).toBeNull()
    await service.dispatch('updateOrganisation', { placeName: 'An Bình' })
    await service.dispatch('updateSettings', { uiLanguage: 'de' })
    expect(await next()).toMatchObject({ entity: 'organisation' })
    await service.dispatch('undoLastChange', {})
    const org = await service.dispatch('getOrganisation', {})
    expect(org).toMatchObject({ ok: true, value: { placeName: '' } })
    expect(await service.dispatch('getSettings', {})).toMatchObject({
      ok: true,
      value: { uiLanguage: 'de' }
    })
    // The operator's name is a real change, undone like any other.
    await service.dispatch('updateSettings', { operatorName: 'Lan' })
    expect(await next()).toMatchObject({ entity: 'settings' })
  })
})
