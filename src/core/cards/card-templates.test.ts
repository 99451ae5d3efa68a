import { afterEach, describe, expect, it } from 'vitest'
import type { Template } from '@shared/certificates/entities'
import type { AppService } from '../app-service'
import { sampleService } from '../testing/sample-service'

const services: AppService[] = []
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()))
})

const names = (list: Template[]) => list.map((t) => t.name)

describe('deleting a card or name-tent template', () => {
  it('deletes the office’s copy from its kind’s list, undoably, and the shipped one never', async () => {
    const { service, call } = await sampleService(services)
    const tent = await call<Template>('duplicateTemplate', {
      id: 'builtin-tent-a4',
      name: 'Biển tên Đoàn Chủ tịch'
    })
    const card = await call<Template>('duplicateTemplate', { id: 'builtin-card-cr80' })
    const tents = () => call<Template[]>('listTemplates', { kind: 'nameTent' })
    expect(names(await tents())).toContain('Biển tên Đoàn Chủ tịch')

    await call('deleteTemplate', { id: tent.id })
    expect(names(await tents())).toEqual(['Biển tên A4 gập đôi'])
    // The card copy is another kind's: untouched.
    expect(names(await call<Template[]>('listTemplates', { kind: 'delegateCard' }))).toContain(
      card.name
    )
    const audit = await call<{ action: string; entity: string }[]>('listAudit', {
      entityId: tent.id
    })
    expect(audit.map((e) => e.action)).toContain('delete')

    await call('undoLastChange', {})
    expect(await call<Template>('getTemplate', { id: tent.id })).toEqual(tent)
    expect(names(await tents())).toContain('Biển tên Đoàn Chủ tịch')

    expect(await service.dispatch('deleteTemplate', { id: 'builtin-tent-a4' })).toMatchObject({
      ok: false,
      error: { code: 'FROZEN' }
    })
  })

  it('refuses a print with a template deleted meanwhile, naming it as not found', async () => {
    const { service, call, eventId } = await sampleService(services)
    const tent = await call<Template>('duplicateTemplate', { id: 'builtin-tent-a4' })
    await call('deleteTemplate', { id: tent.id })
    expect(
      await service.dispatch('renderNameTents', { eventId, templateId: tent.id, profileId: null })
    ).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } })
  })
})
