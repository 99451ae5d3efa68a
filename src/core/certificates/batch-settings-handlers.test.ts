import { afterEach, describe, expect, it } from 'vitest'
import type { BatchSettings } from '@shared/certificates/entities'
import type { Event } from '@shared/entities'
import { createAppService, type AppService } from '../app-service'
import { addBatchSettings } from '../schema/migrations'
import { testContext } from '../testing/test-context'

const services: AppService[] = []
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()))
})

const eventFields = {
  title: 'Hội nghị điển hình tiên tiến',
  kind: 'conference',
  periodFrom: 2020,
  periodTo: 2025,
  launchFrom: 2025,
  launchTo: 2030,
  date: '2025-09-05',
  startTime: null,
  venue: '',
  organiser: ''
}

async function open(dataDir?: string) {
  const ctx = testContext(dataDir ? { dataDir } : {})
  const service = await createAppService(ctx)
  services.push(service)
  const call = async <T = unknown>(method: string, arg: unknown): Promise<T> => {
    const r = await service.dispatch(method, arg)
    if (!r.ok) throw Object.assign(new Error(`${method}: ${r.error.code}`), r.error)
    return r.value as T
  }
  return { ctx, service, call }
}

describe("an event's certificate batch settings", () => {
  it('start as one PDF with the default file names, and keep what is saved over a restart', async () => {
    const { ctx, service, call } = await open()
    const event = await call<Event>('createEvent', eventFields)
    expect(await call('getCertificateBatchSettings', { eventId: event.id })).toEqual({
      output: 'single',
      namePattern: '{stt:03}_{ten}.pdf'
    })
    const settings: BatchSettings = { output: 'zip', namePattern: 'GK_{so}_{ten}.pdf' }
    expect(await call('saveCertificateBatchSettings', { eventId: event.id, settings })).toEqual(
      settings
    )
    await service.close()
    services.length = 0
    const again = await open(ctx.dataDir)
    expect(await again.call('getCertificateBatchSettings', { eventId: event.id })).toEqual(settings)
  })

  it('refuses an empty pattern, and the change is undone by Hoàn tác', async () => {
    const { service, call } = await open()
    const event = await call<Event>('createEvent', eventFields)
    const refused = await service.dispatch('saveCertificateBatchSettings', {
      eventId: event.id,
      settings: { output: 'zip', namePattern: '' }
    })
    expect(refused).toMatchObject({ ok: false, error: { code: 'INVALID_ARGUMENT' } })
    await call('saveCertificateBatchSettings', {
      eventId: event.id,
      settings: { output: 'zip', namePattern: '{stt}.pdf' }
    })
    await call('undoLastChange', {})
    expect(await call('getCertificateBatchSettings', { eventId: event.id })).toEqual({
      output: 'single',
      namePattern: '{stt:03}_{ten}.pdf'
    })
  })

  it('go with the event when it is deleted', async () => {
    const { call } = await open()
    const event = await call<Event>('createEvent', eventFields)
    const other = await call<Event>('createEvent', { ...eventFields, title: 'Lễ trao giấy khen' })
    for (const e of [event, other])
      await call('saveCertificateBatchSettings', {
        eventId: e.id,
        settings: { output: 'zip', namePattern: `${e.title}_{stt}.pdf` }
      })
    await call('deleteEvent', { id: event.id })
    const refused = call('getCertificateBatchSettings', { eventId: event.id })
    await expect(refused).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await call('getCertificateBatchSettings', { eventId: other.id })).toEqual({
      output: 'zip',
      namePattern: 'Lễ trao giấy khen_{stt}.pdf'
    })
  })
})

describe('v8 → v9', () => {
  it('gives the certificates part an empty list of batch settings, keeping one already there', () => {
    const v8 = { certificates: { templates: [], printerProfiles: [], fonts: [] } }
    const out = addBatchSettings.migrate(v8)
    expect(out).toEqual({ certificates: { ...v8.certificates, batchSettings: [] } })
    expect(addBatchSettings.migrate(out)).toEqual(out)
  })
})
