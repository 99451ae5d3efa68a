import { afterEach, describe, expect, it } from 'vitest'
import type { AgendaItem, AwardRound } from '@shared/agenda/entities'
import { computeSchedule, formatClock, wallTimeOf } from '@shared/agenda/clock'
import { buildMcScript, honoreeSeating, trayLists } from '@shared/agenda/stage-plan'
import type { Result } from '@shared/result'
import { agendaTestKit } from './testing/agenda-test-kit'
import { awardPrintOrder, releaseHonoreeFromRounds } from './agenda-views'
import { withPeriods } from './agenda-template-items'
import { delegateIndex } from '../rosters/member-snapshot'
import { makeDelegate } from '../rosters/testing/roster-harness'

const kits: { close: () => Promise<void> }[] = []
async function kit() {
  const k = await agendaTestKit()
  kits.push(k)
  return k
}
afterEach(async () => {
  await Promise.all(kits.splice(0).map((k) => k.close()))
})

const failure = (r: Result<unknown>) => {
  if (r.ok) throw new Error('expected a failure')
  return r.error
}

type Kit = Awaited<ReturnType<typeof agendaTestKit>>
const times = (k: Kit) => {
  const o = k.overview()
  const s = computeSchedule({
    date: k.event.date,
    startTime: k.event.startTime,
    plannedEnd: o.settings.plannedEnd,
    items: o.items
  })
  return o.items.map((item, i) => `${formatClock(s.items[i]?.start ?? 0)} ${item.title}`)
}

describe('agenda items', () => {
  it('starts from the half-day template, at the DOMAIN times', async () => {
    const k = await kit()
    await k.handlers.applyAgendaTemplate({
      eventId: k.event.id,
      templateId: 'half-day-emulation-congress',
      replace: false
    })
    const t = times(k)
    expect(t[0]).toBe('07:30 Đón tiếp đại biểu, kiểm tra tư cách đại biểu')
    expect(t.map((l) => l.slice(0, 5))).toEqual([
      '07:30',
      '08:00',
      '08:05',
      '08:15',
      '08:20',
      '08:30',
      '09:00',
      '09:40',
      '09:55',
      '10:00',
      '10:25',
      '10:40',
      '10:50'
    ])
    expect(k.overview().settings.plannedEnd).toBe('11:00')
  })

  it('writes each part of the script with the period it is about', async () => {
    const k = await kit()
    const items = await k.handlers.applyAgendaTemplate({
      eventId: k.event.id,
      templateId: 'half-day-emulation-congress',
      replace: false
    })
    const text = items.map((i) => `${i.title}\n${i.mcText}`).join('\n')
    expect(text).toContain(
      'Báo cáo tổng kết phong trào thi đua yêu nước giai đoạn 2020 - 2025; phương hướng, nhiệm vụ giai đoạn 2025 - 2030'
    )
    expect(text).toContain(
      'thành tích xuất sắc trong phong trào thi đua yêu nước giai đoạn 2020 - 2025'
    )
    expect(text).toContain('phát động phong trào thi đua yêu nước giai đoạn 2025 - 2030')
    expect(text).not.toMatch(/\{ky/)
    expect(
      withPeriods('Phát động phong trào giai đoạn {kyPhatDong}.', {
        periodFrom: 2020,
        periodTo: 2025,
        launchFrom: null,
        launchTo: null
      })
    ).toBe('Phát động phong trào.')
  })

  it('recomputes the times after a reorder', async () => {
    const k = await kit()
    const items = await k.handlers.applyAgendaTemplate({
      eventId: k.event.id,
      templateId: 'half-day-emulation-congress',
      replace: false
    })
    const ids = items.map((i) => i.id)
    ;[ids[1], ids[2]] = [ids[2] as string, ids[1] as string]
    await k.handlers.reorderAgendaItems({ eventId: k.event.id, itemIds: ids })
    const t = times(k)
    expect(t[1]).toBe('08:00 Tuyên bố lý do, giới thiệu đại biểu')
    expect(t[2]).toBe('08:10 Chào cờ')
    expect(t[3]?.startsWith('08:15')).toBe(true)
  })

  it('refuses negative, fractional and non-numeric durations and bad clock times', async () => {
    const k = await kit()
    const create = (fields: Record<string, unknown>) =>
      k.dispatch('createAgendaItem', {
        eventId: k.event.id,
        afterItemId: null,
        fields: { title: 'A', ...fields }
      })
    for (const bad of [
      { durationMinutes: -5 },
      { durationMinutes: 2.5 },
      { durationMinutes: 'ten' },
      { fixedStart: '25:00' }
    ]) {
      const error = failure(await create(bad))
      expect(error.code).toBe('INVALID_ARGUMENT')
    }
    expect(failure(await create({ durationMinutes: -5 })).message).toMatch(/negative/)
    expect(k.overview().items).toEqual([])
  })

  it('refuses a fixed start before the previous item ends, naming the item', async () => {
    const k = await kit()
    const a = await k.handlers.createAgendaItem({
      eventId: k.event.id,
      afterItemId: null,
      fields: { title: 'Đón tiếp', durationMinutes: 30 }
    })
    const b = await k.handlers.createAgendaItem({
      eventId: k.event.id,
      afterItemId: a.id,
      fields: { title: 'Chào cờ', durationMinutes: 5 }
    })
    const error = failure(
      await k.dispatch('updateAgendaItem', { id: b.id, patch: { fixedStart: '07:45' } })
    )
    expect(error.code).toBe('INVALID_ARGUMENT')
    expect(error.message).toContain(
      '"Chào cờ" is fixed at 07:45, before the previous item ends at 08:00'
    )
    expect(error.details).toMatchObject({ itemId: b.id, issues: [{ path: ['fixedStart'] }] })
    // a later fixed start is fine; lengthening the first item into it is then refused
    await k.handlers.updateAgendaItem({ id: b.id, patch: { fixedStart: '08:10' } })
    expect(
      failure(await k.dispatch('updateAgendaItem', { id: a.id, patch: { durationMinutes: 50 } }))
        .code
    ).toBe('INVALID_ARGUMENT')
    expect(k.overview().items.map((i) => i.durationMinutes)).toEqual([30, 5])
  })

  it('requires a roster presenter when asked, and only delegates of the event', async () => {
    const k = await kit()
    const a = await k.handlers.createAgendaItem({
      eventId: k.event.id,
      afterItemId: null,
      fields: { title: 'Khai mạc' }
    })
    expect(
      failure(
        await k.dispatch('updateAgendaItem', { id: a.id, patch: { presenterFromRoster: true } })
      ).message
    ).toMatch(/chosen from the delegates/)
    expect(
      failure(
        await k.dispatch('updateAgendaItem', { id: a.id, patch: { presenterDelegateId: 'nobody' } })
      ).message
    ).toMatch(/not on this event/)
    const free = await k.handlers.updateAgendaItem({
      id: a.id,
      patch: { presenter: 'Lê Minh Tuấn' }
    })
    expect(free.presenter).toBe('Lê Minh Tuấn')
  })
})

describe('award rounds', () => {
  async function withRounds() {
    const k = await kit()
    await k.handlers.applyAgendaTemplate({
      eventId: k.event.id,
      templateId: 'half-day-emulation-congress',
      replace: false
    })
    await k.addDecision('ward', { collective: 14, individual: 13, household: 4 }, { rank: 20 })
    await k.addDecision(
      'province',
      { collective: 0, individual: 2, household: 0 },
      { rank: 1, number: '88' }
    )
    const rounds = await k.handlers.createAwardRounds({
      eventId: k.event.id,
      decisionIds: ['ward', 'province']
    })
    return { k, rounds }
  }

  it('creates rounds by rank and capacity, attached to the award item', async () => {
    const { k, rounds } = await withRounds()
    expect(rounds.map((r) => [r.decisionId, r.honoreeIds.length])).toEqual([
      ['province', 2],
      ['ward', 7],
      ['ward', 7],
      ['ward', 6],
      ['ward', 6],
      ['ward', 5]
    ])
    expect(rounds.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5])
    const award = k.overview().items.find((i) => i.kind === 'award-round') as AgendaItem
    expect(rounds.every((r) => r.agendaItemId === award.id)).toBe(true)
  })

  it('moving an honoree changes the MC script, the tray lists and the print order alike', async () => {
    const { k, rounds } = await withRounds()
    const [, first, second] = rounds as [AwardRound, AwardRound, AwardRound]
    const moved = first.honoreeIds[0] as string
    await k.handlers.moveHonoreeInRounds({ honoreeId: moved, toRoundId: second.id, toIndex: 2 })
    const o = k.overview()
    const input = {
      items: o.items,
      rounds: o.rounds,
      honorees: Object.fromEntries(o.honorees.map((h) => [h.id, h])),
      decisions: Object.fromEntries(o.decisions.map((d) => [d.id, d]))
    }
    const expectedSecond = [
      second.honoreeIds[0],
      second.honoreeIds[1],
      moved,
      ...second.honoreeIds.slice(2)
    ]
    const names = (ids: (string | undefined)[]) =>
      ids.map((id) => o.honorees.find((h) => h.id === id)?.name)

    const script = buildMcScript(input).flatMap((b) => b.rounds)
    expect(script[2]?.names).toEqual(names(expectedSecond))
    expect(script[1]?.names).toEqual(names(first.honoreeIds.slice(1)))
    expect(trayLists(input)[2]?.entries.map((e) => e.honoreeId)).toEqual(expectedSecond)
    const seating = honoreeSeating(input).map((s) => s.honoreeId)
    const printOrder = awardPrintOrder(k.db.data, 'ward')
    expect(printOrder.slice(0, 14)).toEqual([...first.honoreeIds.slice(1), ...expectedSecond])
    expect(seating.slice(2)).toEqual(printOrder)
    expect(
      trayLists(input)
        .slice(1)
        .flatMap((t) => t.entries.map((e) => e.honoreeId))
    ).toEqual(printOrder)
  })

  it('keeps an honoree within its decision', async () => {
    const { k, rounds } = await withRounds()
    const error = failure(
      await k.dispatch('moveHonoreeInRounds', {
        honoreeId: 'ward-collective-1',
        toRoundId: rounds[0]?.id,
        toIndex: 0
      })
    )
    expect(error.code).toBe('INVALID_ARGUMENT')
  })

  it('reads the decision before the rounds in the MC script', async () => {
    const { k } = await withRounds()
    const o = k.overview()
    const script = buildMcScript({
      items: o.items,
      rounds: o.rounds,
      honorees: Object.fromEntries(o.honorees.map((h) => [h.id, h])),
      decisions: Object.fromEntries(o.decisions.map((d) => [d.id, d]))
    })
    const decisionBlock = script.find((b) => b.title === 'Công bố Quyết định khen thưởng')
    expect(decisionBlock?.lines).toContain(
      'Quyết định số 88/QĐ-UBND ngày 05 tháng 9 năm 2025 về việc tặng Giấy khen.'
    )
    expect(
      decisionBlock?.lines.indexOf(
        'Quyết định số 88/QĐ-UBND ngày 05 tháng 9 năm 2025 về việc tặng Giấy khen.'
      )
    ).toBeLessThan(
      decisionBlock?.lines.indexOf(
        'Quyết định số 125/QĐ-UBND ngày 05 tháng 9 năm 2025 về việc tặng Giấy khen.'
      ) ?? 0
    )
  })

  it('refuses to drop an honoree who stands in a round unless told, naming the round', async () => {
    const { k, rounds } = await withRounds()
    const target = rounds[1]?.honoreeIds[0] as string
    await expect(
      k.db.mutate((d) => releaseHonoreeFromRounds(d, target, 'refuse'))
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('"Đợt 2"')
    })
    await k.db.mutate((d) => releaseHonoreeFromRounds(d, target, 'remove-from-round'))
    expect(k.overview().rounds[1]?.honoreeIds).not.toContain(target)
  })

  it('deletes a round by handing its honorees to the round before it', async () => {
    const { k, rounds } = await withRounds()
    const after = await k.handlers.deleteAwardRound({ id: rounds[2]?.id as string })
    expect(after).toHaveLength(5)
    expect(after[1]?.honoreeIds).toEqual([
      ...(rounds[1]?.honoreeIds ?? []),
      ...(rounds[2]?.honoreeIds ?? [])
    ])
  })
})

describe('votes and live mode', () => {
  it('records a show-of-cards vote and refuses inconsistent results', async () => {
    const k = await kit()
    const items = await k.handlers.applyAgendaTemplate({
      eventId: k.event.id,
      templateId: 'half-day-emulation-congress',
      replace: false
    })
    const vote = items.find((i) => i.kind === 'vote') as AgendaItem
    const unanimous = {
      mode: 'cards-unanimous',
      for: 0,
      against: 0,
      abstain: 0,
      subject: 'presidium',
      approved: 'Đoàn Chủ tịch',
      rosterId: null
    } as const
    const recorded = await k.handlers.recordAgendaVote({ itemId: vote.id, vote: unanimous })
    expect(recorded.vote).toMatchObject({ mode: 'cards-unanimous', recordedAt: expect.any(String) })
    expect(
      failure(
        await k.dispatch('recordAgendaVote', {
          itemId: vote.id,
          vote: { ...unanimous, against: 2 }
        })
      ).code
    ).toBe('INVALID_ARGUMENT')
    expect(
      failure(
        await k.dispatch('recordAgendaVote', { itemId: vote.id, vote: { ...unanimous, for: -1 } })
      ).code
    ).toBe('INVALID_ARGUMENT')
    expect(
      failure(await k.dispatch('recordAgendaVote', { itemId: items[0]?.id, vote: unanimous })).code
    ).toBe('INVALID_ARGUMENT')
  })

  it('approves a delegation roster by the congress vote, inside the same change', async () => {
    const k = await kit()
    const items = await k.handlers.applyAgendaTemplate({
      eventId: k.event.id,
      templateId: 'half-day-emulation-congress',
      replace: false
    })
    const vote = items.filter((i) => i.kind === 'vote').at(-1) as AgendaItem
    await k.db.mutate((d) => {
      const delegate = makeDelegate(k.event.id)
      d.delegates.delegates.push(delegate)
      const snapshot = delegateIndex(d, k.event.id).snapshot(delegate)
      d.rosters.rosters.push({
        id: 'roster-1',
        eventId: k.event.id,
        name: 'Đoàn đại biểu dự Đại hội tỉnh',
        kind: 'upper-congress',
        // 1 of 8: the roster misses its quota.
        quota: { total: 8, minimums: [] },
        versions: [
          {
            number: 1,
            status: 'draft',
            reason: '',
            members: [{ id: 'm1', delegateId: delegate.id, fields: snapshot }],
            createdAt: '',
            submittedAt: null,
            approval: null
          }
        ],
        createdAt: '',
        updatedAt: ''
      })
    })
    // The vote dialog learns the roster misses its quota before anyone votes.
    expect((await k.handlers.getAgenda({ eventId: k.event.id })).rosters).toEqual([
      {
        id: 'roster-1',
        name: 'Đoàn đại biểu dự Đại hội tỉnh',
        versionNumber: 1,
        status: 'draft',
        quotaOk: false
      }
    ])
    const ballot = {
      mode: 'counted',
      for: 10,
      against: 30,
      abstain: 0,
      subject: 'delegation-roster',
      approved: 'Đoàn đại biểu',
      rosterId: 'roster-1'
    } as const
    expect(
      failure(await k.dispatch('recordAgendaVote', { itemId: vote.id, vote: ballot })).message
    ).toMatch(/did not pass/)
    expect(k.db.data.rosters.rosters[0]?.versions[0]?.status).toBe('draft')
    await k.handlers.recordAgendaVote({
      itemId: vote.id,
      vote: { ...ballot, for: 38, against: 2 },
      documentNumber: 'BB-01'
    })
    const version = k.db.data.rosters.rosters[0]?.versions[0]
    expect(version?.status).toBe('approved')
    expect(version?.approval).toMatchObject({
      approvedBy: 'Đại hội biểu quyết',
      documentNumber: 'BB-01'
    })
    expect(version?.approval?.basis).toContain(
      '38 tán thành, 2 không tán thành, 0 không biểu quyết'
    )
    expect((await k.handlers.getAgenda({ eventId: k.event.id })).rosters[0]).toMatchObject({
      status: 'approved',
      quotaOk: false
    })
  })

  it('starts items one tap at a time and carries the delay forward', async () => {
    const k = await kit()
    await k.handlers.applyAgendaTemplate({
      eventId: k.event.id,
      templateId: 'half-day-emulation-congress',
      replace: false
    })
    const minute = 60_000
    const at = (wall: string) => new Date(wall).getTime()
    k.ctx.clock.advance(at('2025-09-12T07:35:00') - k.ctx.clock.now().getTime())
    await k.handlers.startNextAgendaItem({ eventId: k.event.id })
    k.ctx.clock.advance(40 * minute)
    await k.handlers.startNextAgendaItem({ eventId: k.event.id })
    k.ctx.clock.advance(5 * minute)
    const items = await k.handlers.startNextAgendaItem({ eventId: k.event.id })
    expect(
      items
        .slice(0, 3)
        .map((i) => [i.actualStart?.slice(11, 16), i.actualEnd?.slice(11, 16) ?? null])
    ).toEqual([
      ['07:35', '08:15'],
      ['08:15', '08:20'],
      ['08:20', null]
    ])
    expect(items[2]?.actualStart).toBe(wallTimeOf(k.ctx.clock.now()))
    const s = computeSchedule({
      date: k.event.date,
      startTime: k.event.startTime,
      plannedEnd: '11:00',
      items
    })
    expect(s.currentIndex).toBe(2)
    expect(s.items[3]?.delay).toBe(15)
    expect(formatClock(s.items[3]?.start ?? 0)).toBe('08:30')
    expect(s.overrunMinutes).toBe(15)
    const reset = await k.handlers.resetAgendaRun({ eventId: k.event.id })
    expect(reset.every((i) => i.actualStart === null)).toBe(true)
  })
})
