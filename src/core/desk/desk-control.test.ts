import { request } from 'node:http'
import { afterEach, describe, expect, it } from 'vitest'
import type { DeskPairingView, DeskStatus } from '../../shared/desk/entities'
import { createAppService, type AppService } from '../app-service'
import { testContext } from '../testing/test-context'
import { createDeskControl, type DeskControl } from './desk-control'

const services: AppService[] = []
const controls: DeskControl[] = []
afterEach(async () => {
  await Promise.all(controls.splice(0).map((c) => c.close()))
  await Promise.all(services.splice(0).map((s) => s.close()))
})

async function open(withDesks: boolean) {
  const holder: { service?: AppService } = {}
  const desks = createDeskControl({
    service: () => holder.service!,
    now: () => new Date('2025-09-12T07:30:00Z'),
    addresses: () => [{ name: 'lo', address: '127.0.0.1' }]
  })
  controls.push(desks)
  const service = await createAppService(testContext(), withDesks ? { desks } : {})
  holder.service = service
  services.push(service)
  const dispatch = (m: string, a: unknown) => service.dispatch(m, a)
  const event = await dispatch('openSampleEvent', {})
  return { dispatch, eventId: (event.ok ? (event.value as { id: string }) : { id: '' }).id }
}

const get = (url: string): Promise<number> =>
  new Promise((resolve, reject) => {
    request(url, { agent: false }, (res) => {
      res.resume()
      resolve(res.statusCode ?? 0)
    })
      .on('error', reject)
      .end()
  })

describe('check-in from other computers', () => {
  it('is off until turned on, and refused where the runtime has no desk control (CLI)', async () => {
    const { dispatch, eventId } = await open(false)
    const status = await dispatch('getDeskStatus', {})
    expect(status.ok && (status.value as DeskStatus).enabled).toBe(false)
    const start = await dispatch('startDeskListener', { eventId, address: '127.0.0.2' })
    expect(start.ok ? null : start.error.code).toBe('FORBIDDEN')
  })

  it('listens on the chosen address only while on, pairs a named desk, and revokes it', async () => {
    const { dispatch, eventId } = await open(true)
    expect(((await dispatch('getDeskStatus', {})) as { value: DeskStatus }).value.enabled).toBe(
      false
    )
    const unknown = await dispatch('startDeskListener', { eventId, address: '10.254.254.254' })
    expect(unknown.ok ? null : unknown.error.code).toBe('INVALID_ARGUMENT')
    const on = (await dispatch('startDeskListener', { eventId, address: '127.0.0.2' })) as {
      value: DeskStatus
    }
    expect(on.value.url).toMatch(/^http:\/\/127\.0\.0\.2:\d+\/$/)
    expect(await get(on.value.url!)).toBe(200)
    const pairing = (await dispatch('openDeskPairing', { deskName: '  Bàn   cửa Đông ' })) as {
      value: DeskPairingView
    }
    expect(pairing.value.code).toMatch(/^\d{6}$/)
    expect(pairing.value.deskName).toBe('Bàn cửa Đông')
    expect(pairing.value.url).toBe(`${on.value.url}#code=${pairing.value.code}`)
    expect(pairing.value.qr.modules).toHaveLength(pairing.value.qr.size ** 2)
    const off = (await dispatch('stopDeskListener', {})) as { value: DeskStatus }
    expect(off.value.enabled).toBe(false)
    await expect(get(on.value.url!)).rejects.toMatchObject({ code: 'ECONNREFUSED' })
    const late = await dispatch('openDeskPairing', { deskName: 'Bàn 3' })
    expect(late.ok ? null : late.error.code).toBe('CONFLICT')
  })
})
