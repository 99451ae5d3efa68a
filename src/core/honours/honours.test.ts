import { afterEach, describe, expect, it } from 'vitest'
import type { Event } from '@shared/entities'
import type { AwardForm, Decision, Honoree, RegisterEntry } from '@shared/honours/entities'
import type { HonoreeFields } from '@shared/honours/contract'
import type { Result } from '@shared/result'
import { createAppService, type AppService } from '../app-service'
import { testContext } from '../testing/test-context'
import { wardGiayKhenId } from '../schema/default-award-forms'
import { formatRegisterNumber } from './register'

const open: AppService[] = []
async function start() {
  const ctx = testContext()
  const service = await createAppService(ctx, {
    onBug: (e) => {
      throw e
    }
  })
  open.push(service)
  const call = async <T>(method: string, arg: unknown): Promise<T> => {
    const r = await service.dispatch(method, arg)
    if (!r.ok) throw Object.assign(new Error(`${r.error.code}: ${r.error.message}`), r.error)
    return r.value as T
  }
  const fail = async (method: string, arg: unknown) => {
    const r: Result<unknown> = await service.dispatch(method, arg)
    if (r.ok) throw new Error(`${method} should have failed`)
    return r.error
  }
  return { service, ctx, call, fail }
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()))
})

const person = (name: string, over: Partial<HonoreeFields> = {}): HonoreeFields => ({
  kind: 'individual',
  name,
  gender: 'male',
  posthumous: false,
  prefixOverride: null,
  positionLine: 'Tổ dân phố số 1',
  achievement: null,
  delegateId: null,
  official: false,
  notes: '',
  ...over
})

async function eventWithHonorees(names: string[]) {
  const app = await start()
  const event = await app.call<Event>('createEvent', {
    title: 'Hội nghị',
    kind: 'conference',
    periodFrom: 2020,
    periodTo: 2025,
    launchFrom: 2025,
    launchTo: 2030,
    date: '2025-09-12',
    startTime: null,
    venue: '',
    organiser: ''
  })
  const honorees: Honoree[] = []
  for (const name of names)
    honorees.push(await app.call('createHonoree', { eventId: event.id, fields: person(name) }))
  return { ...app, event, honorees }
}

async function issuable(
  app: Awaited<ReturnType<typeof eventWithHonorees>>,
  number: string,
  honorees: Honoree[],
  date = '2025-09-05'
) {
  return app.call<Decision>('createDecision', {
    eventId: app.event.id,
    fields: {
      number,
      date,
      signer: { name: 'Nguyễn Văn Hùng', title: 'CHỦ TỊCH' },
      honoreeIds: { collective: [], individual: honorees.map((h) => h.id), household: [] }
    }
  })
}

describe('sample event', () => {
  it('seeds 31 honorees and decision 125/QĐ-UBND issued with register numbers 1–31', async () => {
    const { call } = await start()
    const event = await call<Event>('openSampleEvent', {})
    const honorees = await call<Honoree[]>('listHonorees', { eventId: event.id })
    const count = (kind: string) => honorees.filter((h) => h.kind === kind).length
    expect([count('collective'), count('individual'), count('household')]).toEqual([14, 13, 4])
    expect(honorees.every((h) => h.name === h.name.normalize('NFC'))).toBe(true)
    expect(honorees.some((h) => h.official)).toBe(true)
    const [decision] = await call<Decision[]>('listDecisions', { eventId: event.id })
    expect(decision).toMatchObject({
      number: '125',
      symbol: 'QĐ-UBND',
      date: '2025-09-05',
      status: 'issued',
      signer: { name: 'Nguyễn Văn Hùng', title: 'CHỦ TỊCH' },
      proposingBody: 'Hội đồng Thi đua - Khen thưởng phường',
      awardFormId: wardGiayKhenId,
      baseSalary: 2_340_000
    })
    const register = await call<RegisterEntry[]>('listRegister', { eventId: event.id })
    expect(register.map((e) => e.registerNumber)).toEqual(
      Array.from({ length: 31 }, (_, i) => String(i + 1))
    )
    expect(register[0]?.nameLine).toBe('Tổ dân phố số 1')
    expect(register[14]?.nameLine).toBe('Ông Phạm Văn Đức')
    expect(register[27]?.nameLine).toBe('Hộ gia đình ông Nguyễn Văn Cường')
    const forms = await call<AwardForm[]>('listAwardForms', {})
    expect(forms.find((f) => f.id === wardGiayKhenId)?.name).toBe(
      'Giấy khen của Chủ tịch Ủy ban nhân dân phường'
    )
  })

  it('opens whatever the office holds: after its own decision 125/2025 the sample’s stays a draft', async () => {
    const app = await eventWithHonorees(['Nguyễn Văn An'])
    await app.call('issueDecision', {
      id: (await issuable(app, '125', app.honorees, '2025-03-02')).id
    })
    const own = await app.call<RegisterEntry[]>('listRegister', {})
    const sample = await app.call<Event>('openSampleEvent', {})
    const decisions = await app.call<Decision[]>('listDecisions', { eventId: sample.id })
    expect(decisions.map((d) => [d.number, d.status])).toEqual([['125', 'draft']])
    expect(await app.call<RegisterEntry[]>('listRegister', {})).toEqual(own)
  })
})

describe('decisions', () => {
  it('refuses to issue with the missing parts named, then issues and freezes', async () => {
    const app = await eventWithHonorees(['Nguyễn Văn An'])
    const draft = await app.call<Decision>('createDecision', {
      eventId: app.event.id,
      fields: { signer: null }
    })
    const incomplete = await app.fail('issueDecision', { id: draft.id })
    expect(incomplete.code).toBe('INCOMPLETE')
    expect(incomplete.details).toEqual({ missing: ['number', 'date', 'signer', 'honorees'] })

    const ready = await issuable(app, '7', app.honorees)
    const issued = await app.call<Decision>('issueDecision', { id: ready.id })
    expect(issued.status).toBe('issued')
    expect((await app.fail('updateDecision', { id: ready.id, patch: { number: '8' } })).code).toBe(
      'FROZEN'
    )
    expect((await app.fail('deleteDecision', { id: ready.id })).code).toBe('FROZEN')
    expect((await app.fail('deleteHonorees', { ids: [app.honorees[0]?.id] })).code).toBe('FROZEN')
    expect((await app.fail('undoLastChange', {})).code).toBe('NOTHING_TO_UNDO')
  })

  it('refuses a number already used in the same year, accepts it in another year', async () => {
    const app = await eventWithHonorees(['A', 'B', 'C'])
    const [a, b, c] = app.honorees as [Honoree, Honoree, Honoree]
    await app.call('issueDecision', { id: (await issuable(app, '125', [a])).id })
    const again = await issuable(app, '125', [b], '2025-12-30')
    expect((await app.fail('issueDecision', { id: again.id })).code).toBe('CONFLICT')
    const nextYear = await issuable(app, '125', [c], '2026-01-05')
    expect((await app.call<Decision>('issueDecision', { id: nextYear.id })).status).toBe('issued')
  })

  it('keeps honorees in the group of their kind', async () => {
    const app = await eventWithHonorees(['Nguyễn Văn An'])
    const error = await app.fail('createDecision', {
      eventId: app.event.id,
      fields: {
        honoreeIds: { collective: [app.honorees[0]?.id], individual: [], household: [] }
      }
    })
    expect(error.code).toBe('INVALID_ARGUMENT')
  })
})

describe('register', () => {
  it('numbers strictly sequentially per year and award form across decisions', async () => {
    const app = await eventWithHonorees(['A', 'B', 'C', 'D', 'E'])
    const [a, b, c, d, e] = app.honorees as Honoree[] as [
      Honoree,
      Honoree,
      Honoree,
      Honoree,
      Honoree
    ]
    await app.call('issueDecision', { id: (await issuable(app, '1', [b, a])).id })
    await app.call('issueDecision', { id: (await issuable(app, '2', [c, d])).id })
    await app.call('issueDecision', { id: (await issuable(app, '3', [e], '2026-02-01')).id })
    const register = await app.call<RegisterEntry[]>('listRegister', { eventId: app.event.id })
    const seqs = (year: number) =>
      register.filter((x) => x.year === year).map((x) => [x.seq, x.nameLine])
    expect(seqs(2025)).toEqual([
      [1, 'Ông B'],
      [2, 'Ông A'],
      [3, 'Ông C'],
      [4, 'Ông D']
    ])
    expect(seqs(2026)).toEqual([[1, 'Ông E']])
  })

  it('concurrent issue of two decisions cannot collide', async () => {
    const app = await eventWithHonorees(['A', 'B', 'C', 'D'])
    const [a, b, c, d] = app.honorees as [Honoree, Honoree, Honoree, Honoree]
    const first = await issuable(app, '10', [a, b])
    const second = await issuable(app, '11', [c, d])
    await Promise.all([
      app.call('issueDecision', { id: first.id }),
      app.call('issueDecision', { id: second.id })
    ])
    const register = await app.call<RegisterEntry[]>('listRegister', {})
    expect(register.map((e) => e.seq).sort()).toEqual([1, 2, 3, 4])
    expect(new Set(register.map((e) => e.registerNumber)).size).toBe(4)
  })

  it('a reprint keeps its number; a void number is never reissued', async () => {
    const app = await eventWithHonorees(['A', 'B', 'C'])
    const [a, b, c] = app.honorees as [Honoree, Honoree, Honoree]
    await app.call('issueDecision', { id: (await issuable(app, '1', [a, b])).id })
    const [ea, eb] = await app.call<RegisterEntry[]>('listRegister', {})
    const prints = (printed: unknown[], reprintReason = '') => ({
      printed,
      spoiled: [],
      reprintReason,
      batchId: null
    })
    await app.call('recordRegisterPrints', prints([ea?.id, eb?.id]))
    expect((await app.fail('recordRegisterPrints', prints([ea?.id], ' '))).code).toBe('INCOMPLETE')
    const [reprinted] = await app.call<RegisterEntry[]>(
      'recordRegisterPrints',
      prints([ea?.id], 'Phôi hỏng')
    )
    expect(reprinted?.registerNumber).toBe(ea?.registerNumber)
    expect(reprinted?.prints.map((p) => [p.kind, p.reason])).toEqual([
      ['print', ''],
      ['reprint', 'Phôi hỏng']
    ])

    const voided = await app.call<RegisterEntry>('voidRegisterEntry', {
      id: eb?.id,
      reason: 'Sai tên'
    })
    expect(voided).toMatchObject({ status: 'void', voidReason: 'Sai tên', seq: 2 })
    expect((await app.fail('recordRegisterPrints', prints([eb?.id]))).code).toBe('FROZEN')
    await app.call('issueDecision', { id: (await issuable(app, '2', [c])).id })
    const register = await app.call<RegisterEntry[]>('listRegister', {})
    expect(register.map((e) => [e.seq, e.status])).toEqual([
      [1, 'active'],
      [2, 'void'],
      [3, 'active']
    ])
    const found = await app.call<RegisterEntry[]>('listRegister', { query: 'ong c' })
    expect(found.map((e) => e.nameLine)).toEqual(['Ông C'])
  })

  it('formats numbers with the award form pattern', () => {
    const v = { seq: 15, code: 'GK', year: 2025 }
    expect(formatRegisterNumber('{n}', v)).toBe('15')
    expect(formatRegisterNumber('{n}/{code}-{yyyy}', v)).toBe('15/GK-2025')
    expect(formatRegisterNumber('{n:3}/{yy}', v)).toBe('015/25')
    expect(formatRegisterNumber('', v)).toBe('15')
  })
})

describe('deleting an honoree who stands in an award round', () => {
  it('asks what to do with the round, then takes them out of it', async () => {
    const app = await eventWithHonorees(['Lê Văn An', 'Trần Thị Bình'])
    const decision = await issuable(app, '7', app.honorees)
    await app.call('createAwardRounds', { eventId: app.event.id, decisionIds: [decision.id] })
    const [an] = app.honorees as [Honoree]
    const refused = await app.fail('deleteHonorees', { ids: [an.id] })
    expect(refused.code).toBe('CONFLICT')
    expect(refused.details).toMatchObject({ reason: 'honoree-in-round' })
    expect(
      await app.call('deleteHonorees', { ids: [an.id], onRounds: 'remove-from-round' })
    ).toEqual({ deleted: 1 })
    const agenda = await app.call<{ rounds: { honoreeIds: string[] }[] }>('getAgenda', {
      eventId: app.event.id
    })
    expect(agenda.rounds.flatMap((r) => r.honoreeIds)).toEqual([app.honorees[1]?.id])
  })
})
