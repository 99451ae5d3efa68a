import { afterEach, describe, expect, it } from 'vitest'
import type { FileOut } from '@shared/contract-part'
import type { Delegate } from '@shared/delegates/entities'
import type { HallLayout, HallPlan } from '@shared/seating/entities'
import type { SeatsAssigned } from '@shared/seating/contract'
import { isAisleSeat, placeKey } from '@shared/seating/hall'
import type { AppService } from '../app-service'
import { pdfPages, pdfText } from '../certificates/testing/poppler'
import { pdfInfo } from '../pdf/testing/pdf-test-tools'
import { sampleService as openSample } from '../testing/sample-service'

const services: AppService[] = []
afterEach(async () => {
  await Promise.all(services.splice(0).map((s) => s.close()))
})

const seatOf = (delegates: Delegate[], name: string) =>
  delegates.find((d) => d.fullName === name)?.seat

describe('the seating plan', () => {
  it("seats the sample congress's 120 delegates and prints each seat on the delegate", async () => {
    const { call, eventId } = await openSample(services)
    const plan = (await call<HallPlan | null>('getHallPlan', { eventId }))!
    const delegates = await call<Delegate[]>('listDelegates', { eventId })
    expect(delegates).toHaveLength(120)
    expect(plan.seats).toHaveLength(120)
    expect(new Set(plan.seats.map((s) => placeKey(s.place))).size).toBe(120)
    expect(
      delegates.every((d) =>
        /^(Khu [ABC], hàng \d+, ghế \d+|Đoàn Chủ tịch, ghế \d)$/.test(d.seat ?? '')
      )
    ).toBe(true)
    // The presidium's first member (by number) in the middle of a five-seat table.
    const presidium = delegates.filter((d) => d.flags.presidium).sort((a, b) => a.number - b.number)
    expect(presidium.map((d) => d.seat)).toEqual([3, 2, 4, 1].map((s) => `Đoàn Chủ tịch, ghế ${s}`))
    // Honorees on aisle seats.
    const byId = new Map(plan.blocks.map((b) => [b.id, b]))
    for (const d of delegates.filter((x) => x.flags.honoree && !x.flags.presidium)) {
      const seat = plan.seats.find((s) => s.delegateId === d.id)!.place
      expect(
        seat.kind === 'block' && isAisleSeat(byId.get(seat.blockId)!, seat.seat),
        d.fullName
      ).toBe(true)
    }
  })

  it('moves a delegate onto an occupied seat by swapping, and the card label follows', async () => {
    const { call, eventId } = await openSample(services)
    const before = await call<Delegate[]>('listDelegates', { eventId })
    const [a, b] = before.filter((d) => !d.flags.presidium && !d.flags.honoree)
    const plan = (await call<HallPlan>('getHallPlan', { eventId }))!
    const placeOfB = plan.seats.find((s) => s.delegateId === b!.id)!.place
    const after = await call<HallPlan>('moveSeat', { eventId, delegateId: a!.id, to: placeOfB })
    expect(after.seats.find((s) => s.delegateId === a!.id)).toMatchObject({
      place: placeOfB,
      manual: true
    })
    const delegates = await call<Delegate[]>('listDelegates', { eventId })
    expect(seatOf(delegates, a!.fullName)).toBe(b!.seat)
    expect(seatOf(delegates, b!.fullName)).toBe(a!.seat)
    // Off the plan: the label the plan gave goes too.
    await call('moveSeat', { eventId, delegateId: a!.id, to: null })
    expect(seatOf(await call<Delegate[]>('listDelegates', { eventId }), a!.fullName)).toBe('')
    // A re-run that keeps hand-placed seats leaves b where it was put.
    const rerun = await call<SeatsAssigned>('assignSeats', { eventId, keepManual: true })
    expect(rerun.unseated).toEqual([])
    expect(rerun.plan.seats.find((s) => s.delegateId === b!.id)!.place).toEqual(
      plan.seats.find((s) => s.delegateId === a!.id)!.place
    )
  })

  it('refuses a seat the hall does not have and a layout with two blocks of one name', async () => {
    const { service, call, eventId } = await openSample(services)
    const [d] = await call<Delegate[]>('listDelegates', { eventId })
    const far = { kind: 'block', blockId: 'b', row: 59, seat: 1 }
    const r = await service.dispatch('moveSeat', { eventId, delegateId: d!.id, to: far })
    expect(r.ok ? null : r.error.code).toBe('INVALID_ARGUMENT')
    const layout = await call<HallLayout>('suggestHallLayout', { eventId })
    layout.blocks[1]!.name = 'a'
    const bad = await service.dispatch('saveHallLayout', { eventId, layout })
    expect(bad.ok ? null : bad.error.message).toMatch(/Two blocks are named/)
  })

  it('takes seats away when the hall shrinks, and their labels with them', async () => {
    const { call, eventId } = await openSample(services)
    const plan = (await call<HallPlan>('getHallPlan', { eventId }))!
    const layout: HallLayout = {
      name: plan.name,
      presidiumSeats: plan.presidiumSeats,
      blocks: plan.blocks.map((b) => ({ ...b, rows: 2 }))
    }
    const saved = await call<HallPlan>('saveHallLayout', { eventId, layout })
    const delegates = await call<Delegate[]>('listDelegates', { eventId })
    const seated = new Set(saved.seats.map((s) => s.delegateId))
    expect(saved.seats.every((s) => s.place.kind === 'presidium' || s.place.row <= 2)).toBe(true)
    for (const d of delegates) expect(d.seat !== '', d.fullName).toBe(seated.has(d.id))
  })

  it('prints the seat map on A3 and A4 with every name, then an index by name', async () => {
    const { call, eventId } = await openSample(services)
    const delegates = await call<Delegate[]>('listDelegates', { eventId })
    for (const paper of ['A3', 'A4'] as const) {
      const file = await call<FileOut>('renderSeatMap', { eventId, paper })
      const pdf = Buffer.from(file.contentBase64, 'base64')
      const info = await pdfInfo(pdf)
      expect(info['Page size']).toMatch(paper === 'A3' ? /\(A3\)/ : /\(A4\)/)
      expect(pdfPages(pdf)).toBeGreaterThanOrEqual(2)
      const map = pdfText(pdf, ['-f', '1', '-l', '1', '-raw'])
      expect(map).toContain('SƠ ĐỒ CHỖ NGỒI')
      // Every given name is on the map (long names wrap over lines in their box).
      for (const d of delegates) expect(map, d.fullName).toContain(d.fullName.split(' ').at(-1)!)
      const index = pdfText(pdf, ['-f', '2', '-raw'])
      for (const d of delegates) expect(index, d.fullName).toContain(d.fullName)
    }
  })
})
