import { afterEach, describe, expect, it } from 'vitest'
import type { CheckInOutcome, DeskDelegate } from '@shared/attendance/entities'
import { methodNames } from '@shared/method-names'
import type { AppService } from '../app-service'
import { httpRequest, type HttpReply } from '../testing/http-request'
import { sampleService } from '../testing/sample-service'
import { createDeskRegistry } from './desk-registry'
import { deskMethods, startDeskListener, type DeskListener } from './desk-listener'

// A second loopback address stands for the hall's network interface; never a real network.
const hallAddress = '127.0.0.2'
const services: AppService[] = []
const listeners: DeskListener[] = []
afterEach(async () => {
  await Promise.all(listeners.splice(0).map((l) => l.close()))
  await Promise.all(services.splice(0).map((s) => s.close()))
})

function http(
  listener: { port: number },
  method: string,
  path: string,
  opts: { headers?: Record<string, string>; body?: unknown } = {}
): Promise<HttpReply> {
  const body = opts.body === undefined ? undefined : JSON.stringify(opts.body)
  return httpRequest(
    {
      host: hallAddress,
      agent: false,
      port: listener.port,
      method,
      path,
      headers: {
        Host: `${hallAddress}:${listener.port}`,
        ...(body ? { 'Content-Type': 'application/json' } : {}),
        ...opts.headers
      }
    },
    body
  )
}

async function setUp() {
  const { service, call, eventId, ctx } = await sampleService(services)
  const registry = createDeskRegistry({ now: () => ctx.clock.now() })
  const listener = await startDeskListener({ service, registry, address: hallAddress })
  listeners.push(listener)
  const codes = await call<{ delegateId: string; code: string }[]>('listCheckInCodes', { eventId })
  const pair = async (name: string) => {
    const { code } = registry.openPairing(eventId, name)
    const r = await http(listener, 'POST', '/desk/pair', { body: { code } })
    expect(r.status).toBe(200)
    return (JSON.parse(r.body) as { value: { token: string } }).value.token
  }
  const desk = (token: string) => ({
    call: async (method: string, arg: unknown) =>
      http(listener, 'POST', `/desk/api/${method}`, {
        headers: { Authorization: `Bearer ${token}` },
        body: arg
      })
  })
  return { service, call, eventId, registry, listener, codes, pair, desk }
}

const valueOf = <T>(r: HttpReply) => (JSON.parse(r.body) as { value: T }).value

describe('the desk listener', () => {
  it('checks in through a paired desk, recorded under the desk’s own name, and undoes', async () => {
    const { codes, pair, desk, call, eventId } = await setUp()
    const token = await pair('Bàn 2')
    // What the desk says about its event or name is replaced by what it was paired as.
    const r = await desk(token).call('checkIn', {
      eventId: 'another-event',
      desk: 'Bàn giả',
      code: codes[0]!.code
    })
    expect(r.status).toBe(200)
    const outcome = valueOf<CheckInOutcome>(r)
    expect(outcome.result).toBe('checkedIn')
    expect(outcome.delegate?.desk).toBe('Bàn 2')
    const found = valueOf<DeskDelegate[]>(
      await desk(token).call('searchCheckIn', { query: outcome.delegate!.fullName })
    )
    expect(found.find((d) => d.delegateId === codes[0]!.delegateId)?.status).toBe('in')
    const undone = valueOf<CheckInOutcome>(
      await desk(token).call('undoCheckIn', { entryId: outcome.entryId })
    )
    expect(undone.result).toBe('undone')
    const board = await call<{ figures: { present: number } }>('getAttendance', { eventId })
    expect(board.figures.present).toBe(0)
  })

  it('checks a delegate out and back, adds a guest and a substitute, all under the desk’s name', async () => {
    const { codes, pair, desk, call, eventId } = await setUp()
    const d = desk(await pair('Bàn 3'))
    const first = valueOf<CheckInOutcome>(await d.call('checkIn', { code: codes[0]!.code }))
    const out = valueOf<CheckInOutcome>(
      await d.call('checkOut', { eventId: 'another-event', delegateId: first.delegate!.delegateId })
    )
    expect(out).toMatchObject({ result: 'checkedOut', delegate: { status: 'out', desk: 'Bàn 3' } })
    const undone = valueOf<CheckInOutcome>(await d.call('undoCheckIn', { entryId: out.entryId }))
    expect(undone.delegate?.status).toBe('in')

    const guest = valueOf<CheckInOutcome>(
      await d.call('addGuest', { desk: 'Bàn giả', guest: { fullName: 'Trần Văn Khách' } })
    )
    expect(guest).toMatchObject({
      result: 'checkedIn',
      delegate: { fullName: 'Trần Văn Khách', counted: false, desk: 'Bàn 3' }
    })
    const absent = codes.find((c) => c.delegateId !== first.delegate!.delegateId)!
    const sub = valueOf<CheckInOutcome>(
      await d.call('addSubstitute', {
        replacedId: absent.delegateId,
        substitute: { fullName: 'Lê Thị Thay' }
      })
    )
    expect(sub).toMatchObject({
      result: 'checkedIn',
      delegate: { fullName: 'Lê Thị Thay', replaces: { delegateId: absent.delegateId } }
    })
    const board = await call<{ figures: { present: number; guests: number; substitutes: number } }>(
      'getAttendance',
      { eventId }
    )
    expect(board.figures).toMatchObject({ guests: 1, substitutes: 1 })
  })

  it('counts a card scanned at two desks at the same moment once', async () => {
    const { codes, pair, desk } = await setUp()
    const [a, b] = [await pair('Bàn 1'), await pair('Bàn 2')]
    const replies = await Promise.all(
      [a, b].map((t) => desk(t).call('checkIn', { code: codes[5]!.code }))
    )
    const results = replies.map((r) => valueOf<CheckInOutcome>(r).result).sort()
    expect(results).toEqual(['already', 'checkedIn'])
  })

  it('refuses a desk without a token, with a wrong or revoked token, and a used pairing code', async () => {
    const { registry, listener, codes, pair, desk, eventId } = await setUp()
    const none = await http(listener, 'POST', '/desk/api/checkIn', {
      body: { code: codes[1]!.code }
    })
    expect(none.status).toBe(401)
    expect((await desk('not-a-token').call('checkIn', { code: codes[1]!.code })).status).toBe(401)
    const token = await pair('Bàn 3')
    const id = registry.desks().find((d) => d.name === 'Bàn 3')!.id
    expect(registry.revoke(id)).toBe(true)
    expect((await desk(token).call('checkIn', { code: codes[1]!.code })).status).toBe(401)
    expect(
      (await http(listener, 'GET', '/desk/ping', { headers: { Authorization: `Bearer ${token}` } }))
        .status
    ).toBe(401)
    const { code } = registry.openPairing(eventId, 'Bàn 4')
    expect((await http(listener, 'POST', '/desk/pair', { body: { code } })).status).toBe(200)
    expect((await http(listener, 'POST', '/desk/pair', { body: { code } })).status).toBe(403)
  })

  it('refuses a foreign Host or Origin', async () => {
    const { listener, pair, codes } = await setUp()
    const token = await pair('Bàn 1')
    const auth = { Authorization: `Bearer ${token}` }
    const body = { code: codes[2]!.code }
    for (const headers of [
      { ...auth, Host: `evil.example:${listener.port}` },
      { ...auth, Host: `127.0.0.1:${listener.port}` },
      { ...auth, Origin: 'http://evil.example' },
      { ...auth, Origin: `http://127.0.0.1:${listener.port}` }
    ]) {
      const r = await http(listener, 'POST', '/desk/api/checkIn', { headers, body })
      expect(r.status, JSON.stringify(headers)).toBe(403)
    }
    expect((await http(listener, 'GET', '/', { headers: { Host: 'evil.example' } })).status).toBe(
      403
    )
  })

  it('refuses every method outside check-in, and changes nothing', async () => {
    const { pair, desk, eventId, call } = await setUp()
    const token = await pair('Bàn 1')
    const before = await call<unknown[]>('listAudit', {})
    for (const [method, arg] of [
      ['deleteEvent', { id: eventId }],
      ['listDelegates', { eventId }],
      ['setAbsence', { delegateId: 'x', reason: 'excused' }],
      ['saveQuorumRules', { rules: [] }],
      ['getAttendance', { eventId }],
      ['exportEvent', { id: eventId }]
    ] as const) {
      const r = await desk(token).call(method, arg)
      expect(r.status, method).toBe(403)
    }
    expect(await call<unknown[]>('listAudit', {})).toEqual(before)
  })

  it('allows exactly the six check-in methods: every other method of the contract is refused', async () => {
    const { pair, desk, call } = await setUp()
    const d = desk(await pair('Bàn 1'))
    const allowed = new Set<string>(deskMethods)
    expect([...allowed].sort()).toEqual(
      ['addGuest', 'addSubstitute', 'checkIn', 'checkOut', 'searchCheckIn', 'undoCheckIn'].sort()
    )
    const before = await call<unknown[]>('listAudit', {})
    const others = methodNames.filter((m) => !allowed.has(m))
    expect(others.length).toBeGreaterThan(100)
    for (const method of others) {
      const r = await d.call(method, {})
      expect(r.status, method).toBe(403)
    }
    expect(await call<unknown[]>('listAudit', {})).toEqual(before)
  })

  it('serves the check-in page under the strict CSP, and listens only while turned on', async () => {
    const { listener } = await setUp()
    const page = await http(listener, 'GET', '/')
    expect(page.status).toBe(200)
    expect(page.body).toContain('Bàn điểm danh')
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'")
    expect((await http(listener, 'GET', '/index.html')).status).toBe(404)
    await listener.close()
    await expect(http(listener, 'GET', '/')).rejects.toMatchObject({ code: 'ECONNREFUSED' })
    await expect(
      startDeskListener({
        service: { dispatch: async () => ({ ok: true, value: null }) },
        registry: createDeskRegistry({ now: () => new Date() }),
        address: '0.0.0.0'
      })
    ).rejects.toThrow(/one chosen interface/)
  })
})
