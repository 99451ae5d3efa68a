import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { DeskPairingView, DeskStatus } from '@shared/desk/entities'
import { createAppService, type AppService } from '../app-service'
import { httpRequest } from '../testing/http-request'
import { testContext } from '../testing/test-context'
import { createDeskControl, type DeskControl } from './desk-control'
import { deskStateFileName } from './desk-state-file'

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

const get = async (url: string): Promise<number> =>
  (await httpRequest({ url, agent: false })).status

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

const post = (url: string, body: unknown, token?: string) =>
  httpRequest(
    {
      url,
      method: 'POST',
      agent: false,
      headers: {
        'Content-Type': 'application/json',
        ...(token ? { Authorization: `Bearer ${token}` } : {})
      }
    },
    JSON.stringify(body)
  )

describe('paired desks across a restart of Dais', () => {
  /** Dais on one data folder: its desk control (keeping its desks there) and its service. */
  async function run(ctx: ReturnType<typeof testContext>) {
    const holder: { service?: AppService } = {}
    const desks = createDeskControl({
      service: () => holder.service!,
      now: () => ctx.clock.now(),
      addresses: () => [{ name: 'lo', address: '127.0.0.1' }],
      stateFile: join(ctx.dataDir, deskStateFileName)
    })
    const service = await createAppService(ctx, { desks })
    holder.service = service
    await desks.resume()
    const call = async <T>(m: string, a: unknown): Promise<T> => {
      const r = await service.dispatch(m, a)
      if (!r.ok) throw new Error(`${m}: ${r.error.message}`)
      return r.value as T
    }
    const close = async () => {
      await service.close()
      await desks.close()
    }
    return { call, close }
  }

  it('keeps the desks paired and the revoked ones revoked, by their token hashes only', async () => {
    const ctx = testContext()
    const first = await run(ctx)
    const event = await first.call<{ id: string }>('openSampleEvent', {})
    const codes = await first.call<{ code: string }[]>('listCheckInCodes', { eventId: event.id })
    const on = await first.call<DeskStatus>('startDeskListener', {
      eventId: event.id,
      address: '127.0.0.2'
    })
    const pair = async (deskName: string) => {
      const { code } = await first.call<DeskPairingView>('openDeskPairing', { deskName })
      const r = await post(`${on.url}desk/pair`, { code })
      return (JSON.parse(r.body) as { value: { token: string } }).value.token
    }
    const kept = await pair('Bàn cửa Đông')
    const revoked = await pair('Bàn cửa Tây')
    const status = await first.call<DeskStatus>('getDeskStatus', {})
    const west = status.desks.find((d) => d.name === 'Bàn cửa Tây')!
    await first.call('revokeDesk', { deskId: west.id })
    expect((await post(`${on.url}desk/api/checkIn`, { code: codes[0]!.code }, kept)).status).toBe(
      200
    )
    await first.close()

    const file = readFileSync(join(ctx.dataDir, deskStateFileName), 'utf8')
    expect(file).not.toContain(kept)
    expect(file).not.toContain(revoked)
    expect(file).toContain(createHash('sha256').update(kept).digest('hex'))
    await expect(
      post(`${on.url}desk/api/checkIn`, { code: codes[1]!.code }, kept)
    ).rejects.toThrow()

    // Dais starts again on the same data folder: the same address and port, the same desks.
    const second = await run(ctx)
    const again = await second.call<DeskStatus>('getDeskStatus', {})
    expect(again).toMatchObject({ enabled: true, eventId: event.id, url: on.url })
    expect(again.desks.map((d) => [d.name, d.revokedAt !== null])).toEqual([
      ['Bàn cửa Đông', false],
      ['Bàn cửa Tây', true]
    ])
    const r = await post(`${on.url}desk/api/checkIn`, { code: codes[1]!.code }, kept)
    expect(r.status).toBe(200)
    expect(JSON.parse(r.body)).toMatchObject({
      value: { result: 'checkedIn', delegate: { desk: 'Bàn cửa Đông' } }
    })
    expect(
      (await post(`${on.url}desk/api/checkIn`, { code: codes[2]!.code }, revoked)).status
    ).toBe(401)

    // Turned off by the user: the desks are forgotten, and the next start stays off.
    await second.call('stopDeskListener', {})
    await second.close()
    const third = await run(ctx)
    expect(await third.call<DeskStatus>('getDeskStatus', {})).toMatchObject({
      enabled: false,
      desks: []
    })
    await third.close()
  })
})
